//! The public pages of a cycle: the cycles list, the cycle, proposals (list, page, form).

use super::*;
use crate::views::layout::head_row;

pub fn cycles(ctx: &Ctx, commune: &Commune, list: &[Cycle], now: NaiveDateTime) -> Markup {
    let title = ctx.t("pb-title");
    render(
        ctx,
        &title,
        html! {
            p.muted { a href={ "/" (commune.slug) } { bdi { (commune.name(ctx.lang)) } } }
            h1 { (title) }
            p { (ctx.t("pb-intro")) }
            @if list.is_empty() { p.muted { (ctx.t("pb-no-cycles")) } }
            div.grid {
                @for c in list {
                    div.card {
                        strong { a href={ "/" (commune.slug) "/budgets/" (c.id) } { (c.title(ctx.lang)) } }
                        div { (c.year) " · " (mad(ctx, c.total_cents)) }
                        div { span.badge { (phase_name(ctx, c.phase(now))) } }
                    }
                }
            }
        },
    )
}

pub fn cycle(
    ctx: &Ctx,
    commune: &Commune,
    data: &CycleData,
    now: NaiveDateTime,
    done: Option<&str>,
) -> Markup {
    let c = &data.cycle;
    let phase = c.phase(now);
    let rb = c.rulebook();
    let b = base(commune, c);
    render(
        ctx,
        c.title(ctx.lang),
        html! {
            (cycle_nav(ctx, commune, data, ""))
            (flash(ctx, done))
            p { span.badge { (phase_name(ctx, phase)) } " " (mad(ctx, c.total_cents)) }
            @if !c.description(ctx.lang).is_empty() { p { (c.description(ctx.lang)) } }
            @if phase >= Phase::Voting {
                p.flash.ok role="status" { (ctx.ta("pb-turnout", &[("count", data.turnout.into())])) }
            }
            @if phase == Phase::Proposals {
                p { a.button href={ (b) "/proposals/new" } { (ctx.t("pb-propose")) } }
            }
            @if phase == Phase::Voting {
                p { a.button href={ (b) "/vote" } { (ctx.t("pb-vote")) } }
            }
            h2 { (ctx.t("pb-calendar")) }
            ol {
                @for (p, start) in c.calendar() {
                    li aria-current=[(p == phase).then_some("step")] {
                        @if p == phase { strong { (phase_name(ctx, p)) } } @else { (phase_name(ctx, p)) }
                        " — " (date(ctx, start))
                    }
                }
            }
            h2 { (ctx.t("pb-districts")) }
            table {
                (head_row(ctx, &["pb-district", "pb-amount-col"]))
                tbody {
                    @for d in &data.districts {
                        tr { td { (district_label(ctx, d)) } td { (mad(ctx, d.amount_cents)) } }
                    }
                }
            }
            h2 { (ctx.t("pb-rulebook")) }
            dl {
                dt { (ctx.t("pb-who-proposes")) } dd { (ctx.t(&format!("pb-who-{}", rb.who_proposes.key()))) }
                dt { (ctx.t("pb-who-votes")) } dd { (ctx.ta("pb-who-votes-text", &[("age", rb.voter_min_age.into())])) }
                dt { (ctx.t("pb-ballot-type")) }
                dd {
                    @match rb.ballot_type {
                        BallotType::Approval => (ctx.ta("pb-ballot-approval", &[("min", rb.min_projects.into()), ("max", rb.max_projects.into())])),
                        BallotType::Knapsack => (ctx.t("pb-ballot-knapsack")),
                    }
                }
                dt { (ctx.t("pb-districts-per-voter")) } dd { (rb.districts_per_voter) }
                dt { (ctx.t("pb-rule")) } dd { (ctx.t(&format!("pb-rule-{}", c.rule().name()))) }
                dt { (ctx.t("pb-tie-break")) } dd { (ctx.t(&format!("pb-tie-{}", rb.tie_break.key()))) }
            }
            p.muted {
                a href={ "/api/v1/communes/" (commune.slug) "/budgets/" (c.id) } { "JSON" }
                " · " a href={ (b) "/updates.atom" } { "Atom" }
            }
        },
    )
}

pub struct ProposalPage<'a> {
    pub list: &'a [Proposal],
    pub total: i64,
    pub page: i64,
    pub query: &'a ListQuery,
    pub tallies: Option<&'a BTreeMap<i64, u64>>,
}

pub(super) fn status_badge(ctx: &Ctx, p: &Proposal) -> Markup {
    html! {
        span.badge { (ctx.t(&format!("pb-status-{}", p.status.key()))) }
        @if p.selected_rank.is_some() { " " span.badge { (ctx.t("pb-selected")) } }
    }
}

pub fn proposals(ctx: &Ctx, commune: &Commune, data: &CycleData, pg: &ProposalPage<'_>) -> Markup {
    let b = base(commune, &data.cycle);
    let q = pg.query;
    let pages = ((pg.total + crate::forms::budgets::PAGE_SIZE - 1)
        / crate::forms::budgets::PAGE_SIZE)
        .max(1);
    let link = |page: i64| {
        let mut pairs: Vec<(&str, String)> = vec![];
        if let Some(d) = &q.district {
            pairs.push(("district", d.clone()));
        }
        if let Some(c) = &q.category {
            pairs.push(("category", c.clone()));
        }
        if let Some(s) = &q.status {
            pairs.push(("status", s.clone()));
        }
        pairs.push(("page", page.to_string()));
        format!(
            "{b}/proposals?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    };
    render(
        ctx,
        &ctx.t("pb-tab-proposals"),
        html! {
            (cycle_nav(ctx, commune, data, "/proposals"))
            form.inline method="get" action={ (b) "/proposals" } {
                label { (ctx.t("pb-district")) " "
                    select name="district" {
                        option value="" { (ctx.t("pb-all")) }
                        @for d in &data.districts {
                            option value=(d.id) selected[q.district.as_deref() == Some(d.id.to_string().as_str())] { (district_label(ctx, d)) }
                        }
                    }
                }
                " "
                @if !data.categories.is_empty() {
                    label { (ctx.t("pb-category")) " "
                        select name="category" {
                            option value="" { (ctx.t("pb-all")) }
                            @for c in &data.categories {
                                option value=(c.id) selected[q.category.as_deref() == Some(c.id.to_string().as_str())] { (c.name(ctx.lang)) }
                            }
                        }
                    }
                    " "
                }
                label { (ctx.t("pb-status")) " "
                    select name="status" {
                        option value="" { (ctx.t("pb-all")) }
                        @for s in ProposalStatus::ALL {
                            option value=(s.key()) selected[q.status.as_deref() == Some(s.key())] { (ctx.t(&format!("pb-status-{}", s.key()))) }
                        }
                    }
                }
                " " button type="submit" { (ctx.t("pb-filter")) }
            }
            p { (ctx.ta("pb-proposals-count", &[("count", pg.total.into())])) }
            ul.plain {
                @for p in pg.list {
                    li.card {
                        strong { a href={ (b) "/proposals/" (p.id) } { bdi { (p.title) } } }
                        " " (status_badge(ctx, p))
                        div.muted { (district_name(ctx, data, p.district_id)) " · " (mad(ctx, p.cost_cents())) }
                        @if let Some(t) = pg.tallies {
                            div { (ctx.ta("pb-votes", &[("count", t.get(&p.id).copied().unwrap_or(0).into())])) }
                        }
                    }
                }
            }
            @if pages > 1 {
                nav aria-label=(ctx.t("pb-pages")) {
                    @if pg.page > 1 { a rel="prev" href=(link(pg.page - 1)) { (ctx.t("pb-previous")) } " " }
                    (ctx.ta("pb-page-of", &[("page", pg.page.into()), ("pages", pages.into())]))
                    @if pg.page < pages { " " a rel="next" href=(link(pg.page + 1)) { (ctx.t("pb-next")) } }
                }
            }
        },
    )
}

pub use musharaka_budgets::service::Updates;

/// The photos of an update, each linking to the full image.
pub(super) fn update_photos(ctx: &Ctx, title: &str, photos: &[UpdatePhoto]) -> Markup {
    let alt = ctx.ta("pb-update-photo-alt", &[("title", title.into())]);
    html! {
        @if !photos.is_empty() {
            div.photos {
                @for id in photos.iter().map(|ph| ph.upload_id) {
                    a href={ "/uploads/" (id) } { img src={ "/uploads/" (id) } alt=(alt) loading="lazy"; }
                    " "
                }
            }
        }
    }
}

/// A proposal's page; a `reviewer` also gets the review form (merging into one of the
/// cycle's other proposals).
pub fn proposal(
    ctx: &Ctx,
    commune: &Commune,
    data: &CycleData,
    d: &musharaka_budgets::service::ProposalDetail,
    reviewer: bool,
    update_input: Option<&UpdateForm>,
    errors: &FieldErrors,
) -> Markup {
    let (p, updates, votes) = (&d.proposal, &d.updates, d.votes);
    let review_candidates = reviewer.then_some(d.others.as_slice());
    let progress = p.progress.to_string();
    let spent = Money::from_centimes(p.spent_cents).format(ctx.lang);
    let (u_status, u_progress, u_spent, u_body) = match update_input {
        Some(f) => (
            f.impl_status.as_str(),
            f.progress.as_str(),
            f.spent.as_str(),
            f.body.as_str(),
        ),
        None => (
            p.impl_status.as_deref().unwrap_or("planned"),
            progress.as_str(),
            spent.as_str(),
            "",
        ),
    };
    let b = base(commune, &data.cycle);
    let admin = format!("/{}/admin/budgets/{}", commune.slug, data.cycle.id);
    render(
        ctx,
        &p.title,
        html! {
            (cycle_nav(ctx, commune, data, "/proposals"))
            h2 { bdi { (p.title) } " " (status_badge(ctx, p)) }
            dl {
                dt { (ctx.t("pb-district")) } dd { (district_name(ctx, data, p.district_id)) }
                @if let Some(c) = p.category_id.and_then(|c| data.categories.iter().find(|x| x.id == c)) {
                    dt { (ctx.t("pb-category")) } dd { (c.name(ctx.lang)) }
                }
                @if !p.location.is_empty() { dt { (ctx.t("pb-location")) } dd { (p.location) } }
                dt { (ctx.t("pb-estimated")) } dd { (mad(ctx, p.estimated_cents)) }
                @if let Some(o) = p.official_cents { dt { (ctx.t("pb-official")) } dd { (mad(ctx, o)) } }
                @if let Some(v) = votes { dt { (ctx.t("pb-votes-col")) } dd { (v) } }
            }
            @if let Some(id) = p.photo_upload_id { p { img src={ "/uploads/" (id) } alt="" style="max-width:100%"; } }
            p { (p.description) }
            @if p.reviewed_at.is_some() {
                h3 { (ctx.t("pb-review")) }
                p { (ctx.t(&format!("pb-status-{}", p.status.key()))) }
                @if let Some(r) = &p.review_reason { p { (r) } }
                @if let Some(m) = p.merged_into_id { p { a href={ (b) "/proposals/" (m) } { (ctx.ta("pb-merged-into", &[("id", m.into())])) } } }
            }
            @if let Some(s) = p.impl_status() {
                h3 { (ctx.t("pb-tab-follow-up")) }
                p { (ctx.t(&format!("pb-impl-{}", s.key()))) " · " (p.progress) "% · " (ctx.ta("pb-spent", &[("amount", Money::from_centimes(p.spent_cents).format(ctx.lang).into())])) }
                progress max="100" value=(p.progress) { (p.progress) "%" }
                ul {
                    @for u in &updates.list {
                        li id={ "update-" (u.id) } {
                            strong { (date(ctx, u.created_at)) } " — " (ctx.t(&format!("pb-impl-{}", u.impl_status))) " " (u.progress) "% — " (u.body)
                            (update_photos(ctx, &p.title, updates.photos_of(u)))
                        }
                    }
                }
            }
            @if let Some(others) = review_candidates {
                h3 { (ctx.t("pb-review")) }
                (form::summary(ctx, errors))
                form.stack method="post" action={ (admin) "/proposals/" (p.id) "/review" } {
                    (csrf(ctx))
                    (form::select(ctx, errors, "decision", "pb-decision", &[
                        ("feasible".into(), ctx.t("pb-status-feasible")),
                        ("unfeasible".into(), ctx.t("pb-status-unfeasible")),
                        ("merge".into(), ctx.t("pb-merge")),
                    ], "feasible"))
                    (form::text(ctx, errors, "reason", "pb-reason", "", false))
                    (form::text(ctx, errors, "official_cost", "pb-official", "", false))
                    (form::select(ctx, errors, "merge_into", "pb-merge-into",
                        &std::iter::once((String::new(), String::new())).chain(others.iter().filter(|o| o.id != p.id).map(|o| (o.id.to_string(), format!("#{} {}", o.id, o.title)))).collect::<Vec<_>>(), ""))
                    div { button type="submit" { (ctx.t("admin-save")) } }
                }
                @if p.selected_rank.is_some() {
                    h3 { (ctx.t("pb-add-update")) }
                    form.stack method="post" action={ (admin) "/proposals/" (p.id) "/update" } enctype="multipart/form-data" novalidate {
                        (csrf(ctx))
                        (form::select(ctx, errors, "impl_status", "pb-status",
                            &ImplStatus::ALL.iter().map(|s| (s.key().to_string(), ctx.t(&format!("pb-impl-{}", s.key())))).collect::<Vec<_>>(),
                            u_status))
                        (form::input(ctx, errors, Input { name: "progress", label: "pb-progress", value: u_progress, kind: "number", required: true }))
                        (form::text(ctx, errors, "spent", "pb-spent-label", u_spent, false))
                        (form::text(ctx, errors, "body", "pb-update-body", u_body, true))
                        (form::field_labelled(ctx, errors, "photos", &ctx.ta("pb-update-photos", &[("max", MAX_UPDATE_PHOTOS.into())]), html! {
                            input id="photos" name="photos" type="file" multiple accept="image/png,image/jpeg";
                        }))
                        div { button type="submit" { (ctx.t("admin-save")) } }
                    }
                }
            }
        },
    )
}

pub fn proposal_form(
    ctx: &Ctx,
    commune: &Commune,
    data: &CycleData,
    f: &ProposalForm,
    errors: &FieldErrors,
) -> Markup {
    let b = base(commune, &data.cycle);
    let districts: Vec<(String, String)> = data
        .districts
        .iter()
        .map(|d| (d.id.to_string(), district_label(ctx, d)))
        .collect();
    let categories: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("pb-none")))
        .chain(
            data.categories
                .iter()
                .map(|c| (c.id.to_string(), c.name(ctx.lang).to_string())),
        )
        .collect();
    render(
        ctx,
        &ctx.t("pb-propose"),
        html! {
            (cycle_nav(ctx, commune, data, "/proposals"))
            h2 { (ctx.t("pb-propose")) }
            (form::summary(ctx, errors))
            form.stack method="post" action={ (b) "/proposals" } enctype="multipart/form-data" novalidate {
                (csrf(ctx))
                (form::text(ctx, errors, "title", "pb-proposal-title", &f.title, true))
                (form::field(ctx, errors, "description", "pb-description", html! {
                    textarea id="description" name="description" rows="6" required { (f.description) }
                }))
                (form::select(ctx, errors, "district_id", "pb-district", &districts, &f.district_id))
                (form::select(ctx, errors, "category_id", "pb-category", &categories, &f.category_id))
                (form::text(ctx, errors, "location", "pb-location", &f.location, false))
                (form::text(ctx, errors, "estimated", "pb-estimated", &f.estimated, true))
                (form::file(ctx, errors, "photo", "pb-photo", "image/png,image/jpeg"))
                div.field { label { input type="checkbox" name="as_association" value="on" checked[f.as_association]; " " (ctx.t("pb-as-association")) } }
                div { button type="submit" { (ctx.t("pb-submit")) } }
            }
        },
    )
}
