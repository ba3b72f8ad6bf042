//! Participatory-budget pages: cycles, proposals, the ballot, results with an SVG chart,
//! the follow-up, the Atom feed and the back office. Every page works without JavaScript.

use super::form::{self, csrf, FieldErrors, Input};
use super::layout::{flash, render};
use crate::ctx::Ctx;
use crate::forms::budgets::{BallotForm, CycleForm, ListQuery, UpdateForm, CALENDAR_FIELDS};
use crate::state::i18n;
use chrono::NaiveDateTime;
use maud::{html, Markup, PreEscaped};
use musharaka_budgets::model::{
    BallotType, Category, Cycle, District, ImplStatus, Phase, Proposal, ProposalStatus, TieBreak,
    Update, UpdatePhoto, WhoProposes,
};
use musharaka_budgets::rules::BallotProblem;
use musharaka_budgets::service::{BallotContext, DistrictResult, RuleOutcome, MAX_UPDATE_PHOTOS};
use musharaka_budgets::Rule;
use musharaka_communes::Commune;
use musharaka_core::export::csv_cell;
use musharaka_core::time::{format_date, format_datetime, local_date};
use musharaka_core::Money;
use musharaka_identity::Permissions;
use std::collections::BTreeMap;

/// A cycle with what every cycle page shows.
pub struct CycleData {
    pub cycle: Cycle,
    pub districts: Vec<District>,
    pub categories: Vec<Category>,
    pub turnout: i64,
}

impl CycleData {
    fn district_name(&self, ctx: &Ctx, id: i64) -> String {
        self.districts
            .iter()
            .find(|d| d.id == id)
            .map(|d| district_label(ctx, d))
            .unwrap_or_default()
    }
}

fn district_label(ctx: &Ctx, d: &District) -> String {
    match d.name(ctx.lang) {
        "" => ctx.t("pb-whole-commune"),
        n => n.to_string(),
    }
}

fn mad(ctx: &Ctx, cents: i64) -> String {
    ctx.ta(
        "pb-amount",
        &[(
            "amount",
            Money::from_centimes(cents).format(ctx.lang).into(),
        )],
    )
}

fn base(commune: &Commune, cycle: &Cycle) -> String {
    format!("/{}/budgets/{}", commune.slug, cycle.id)
}

fn date(ctx: &Ctx, t: NaiveDateTime) -> String {
    format_date(i18n(), ctx.lang, local_date(t))
}

fn phase_name(ctx: &Ctx, p: Phase) -> String {
    ctx.t(&format!("pb-phase-{}", p.key()))
}

fn cycle_nav(ctx: &Ctx, commune: &Commune, data: &CycleData, current: &str) -> Markup {
    let b = base(commune, &data.cycle);
    let phase = data.cycle.phase(musharaka_core::time::now());
    let mut tabs = vec![("", "pb-tab-overview"), ("/proposals", "pb-tab-proposals")];
    if phase == Phase::Voting {
        tabs.push(("/vote", "pb-tab-vote"));
    }
    if phase >= Phase::Results {
        tabs.push(("/results", "pb-tab-results"));
        tabs.push(("/follow-up", "pb-tab-follow-up"));
    }
    html! {
        p.muted { a href={ "/" (commune.slug) "/budgets" } { (ctx.t("pb-title")) } " · " bdi { (commune.name(ctx.lang)) } }
        h1 { (data.cycle.title(ctx.lang)) }
        nav.admin aria-label=(ctx.t("pb-title")) {
            @for (path, label) in tabs {
                @if path == current {
                    a href={ (b) (path) } aria-current="page" { (ctx.t(label)) }
                } @else {
                    a href={ (b) (path) } { (ctx.t(label)) }
                }
            }
        }
    }
}

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
                thead { tr { th { (ctx.t("pb-district")) } th { (ctx.t("pb-amount-col")) } } }
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

fn status_badge(ctx: &Ctx, p: &Proposal) -> Markup {
    html! {
        span.badge { (ctx.t(&format!("pb-status-{}", p.status().key()))) }
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
                        div.muted { (data.district_name(ctx, p.district_id)) " · " (mad(ctx, p.cost_cents())) }
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

/// Follow-up updates with their photos (by update id).
pub struct Updates<'a> {
    pub list: &'a [Update],
    pub photos: &'a BTreeMap<i64, Vec<UpdatePhoto>>,
}

impl Updates<'_> {
    fn photos_of(&self, u: &Update) -> &[UpdatePhoto] {
        self.photos.get(&u.id).map_or(&[], Vec::as_slice)
    }
}

/// The photos of an update, each linking to the full image.
fn update_photos(ctx: &Ctx, title: &str, photos: &[UpdatePhoto]) -> Markup {
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

#[allow(clippy::too_many_arguments)]
pub fn proposal(
    ctx: &Ctx,
    commune: &Commune,
    data: &CycleData,
    p: &Proposal,
    updates: &Updates<'_>,
    votes: Option<u64>,
    review_candidates: Option<&[Proposal]>,
    update_input: Option<&UpdateForm>,
    errors: &FieldErrors,
) -> Markup {
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
                dt { (ctx.t("pb-district")) } dd { (data.district_name(ctx, p.district_id)) }
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
                p { (ctx.t(&format!("pb-status-{}", p.status().key()))) }
                @if let Some(r) = &p.review_reason { p { (r) } }
                @if let Some(m) = p.merged_into_id { p { a href={ (b) "/proposals/" (m) } { (ctx.ta("pb-merged-into", &[("id", m.into())])) } } }
            }
            @if let Some(s) = p.impl_status() {
                h3 { (ctx.t("pb-tab-follow-up")) }
                p { (ctx.t(&format!("pb-impl-{}", s.key()))) " · " (p.progress) "% · " (ctx.ta("pb-spent", &[("amount", Money::from_centimes(p.spent_cents).format(ctx.lang).into())])) }
                progress max="100" value=(p.progress) { (p.progress) "%" }
                ul {
                    @for u in updates.list {
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

#[derive(Default)]
pub struct ProposalInput {
    pub title: String,
    pub description: String,
    pub location: String,
    pub district_id: String,
    pub category_id: String,
    pub estimated: String,
    pub as_association: bool,
}

pub fn proposal_form(
    ctx: &Ctx,
    commune: &Commune,
    data: &CycleData,
    f: &ProposalInput,
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
                (form::field(ctx, errors, "photo", "pb-photo", html! { input id="photo" name="photo" type="file" accept="image/png,image/jpeg"; }))
                div.field { label { input type="checkbox" name="as_association" value="on" checked[f.as_association]; " " (ctx.t("pb-as-association")) } }
                div { button type="submit" { (ctx.t("pb-submit")) } }
            }
        },
    )
}

/// The explanation of a ballot problem, with its numbers.
pub fn problem(ctx: &Ctx, districts: &[District], p: &BallotProblem) -> String {
    let name = |id: i64| {
        districts
            .iter()
            .find(|d| d.id == id)
            .map(|d| district_label(ctx, d))
            .unwrap_or_default()
    };
    match p {
        BallotProblem::Empty => ctx.t("pb-problem-empty"),
        BallotProblem::UnknownProject => ctx.t("pb-problem-unknown"),
        BallotProblem::TooManyDistricts { chosen, max } => ctx.ta(
            "pb-problem-districts",
            &[("chosen", (*chosen).into()), ("max", (*max).into())],
        ),
        BallotProblem::TooFew {
            district_id,
            chosen,
            min,
        } => ctx.ta(
            "pb-problem-too-few",
            &[
                ("district", name(*district_id).into()),
                ("chosen", (*chosen).into()),
                ("min", (*min).into()),
            ],
        ),
        BallotProblem::TooMany {
            district_id,
            chosen,
            max,
        } => ctx.ta(
            "pb-problem-too-many",
            &[
                ("district", name(*district_id).into()),
                ("chosen", (*chosen).into()),
                ("max", (*max).into()),
            ],
        ),
        BallotProblem::OverBudget { district_id, over } => {
            let cents = musharaka_budgets::model::cents(*over).unwrap_or_default();
            ctx.ta(
                "pb-problem-over",
                &[
                    ("district", name(*district_id).into()),
                    (
                        "amount",
                        Money::from_centimes(cents).format(ctx.lang).into(),
                    ),
                ],
            )
        }
        BallotProblem::TooYoung { min_age } => {
            ctx.ta("pb-problem-too-young", &[("age", (*min_age).into())])
        }
    }
}

fn ballot_fields(ctx: &Ctx, b: &BallotContext, f: &BallotForm) -> Markup {
    let knapsack = b.cycle.rulebook().ballot_type == BallotType::Knapsack;
    html! {
        @for d in &b.districts {
            fieldset {
                legend { (district_label(ctx, d)) " — " (mad(ctx, d.amount_cents)) }
                @if knapsack { p.muted { (ctx.ta("pb-knapsack-hint", &[("amount", Money::from_centimes(d.amount_cents).format(ctx.lang).into())])) } }
                @for p in b.projects.iter().filter(|p| p.district_id == d.id) {
                    div.field {
                        label {
                            input type="checkbox" name="p" value=(p.id) checked[f.p.contains(&p.id.to_string())];
                            " " bdi { (p.title) } " — " (mad(ctx, p.cost_cents()))
                        }
                    }
                }
            }
        }
    }
}

pub fn ballot(
    ctx: &Ctx,
    commune: &Commune,
    b: &BallotContext,
    f: &BallotForm,
    channel: Option<&str>,
    problems: &[BallotProblem],
    errors: &FieldErrors,
) -> Markup {
    let data = CycleData {
        cycle: b.cycle.clone(),
        districts: b.districts.clone(),
        categories: vec![],
        turnout: 0,
    };
    let open = b.cycle.phase(musharaka_core::time::now()) == Phase::Voting;
    let rb = b.cycle.rulebook();
    render(
        ctx,
        &ctx.t("pb-tab-vote"),
        html! {
            (cycle_nav(ctx, commune, &data, "/vote"))
            @if !open { p.flash.warn { (ctx.t("pb-voting-closed")) } }
            @if channel == Some("paper") { p.flash.warn { (ctx.t("pb-voted-on-paper")) } }
            @else if channel.is_some() { p.flash.ok { (ctx.t("pb-ballot-editable")) } }
            @if !problems.is_empty() || !errors.is_empty() {
                div.flash.error role="alert" {
                    p { (ctx.t("pb-ballot-invalid")) }
                    ul {
                        @for p in problems { li { (problem(ctx, &b.districts, p)) } }
                        @for (_, m) in errors.iter().filter(|(f, _)| f == "ballot") { li { (ctx.t(m)) } }
                    }
                }
            }
            p.muted {
                @match rb.ballot_type {
                    BallotType::Approval => (ctx.ta("pb-ballot-approval", &[("min", rb.min_projects.into()), ("max", rb.max_projects.into())])),
                    BallotType::Knapsack => (ctx.t("pb-ballot-knapsack")),
                }
            }
            @if open && channel != Some("paper") {
                form.stack method="post" action={ (base(commune, &b.cycle)) "/vote" } {
                    (csrf(ctx))
                    (ballot_fields(ctx, b, f))
                    (form::input(ctx, errors, Input { name: "birth_year", label: "pb-birth-year", value: &f.birth_year, kind: "number", required: true }))
                    div { button type="submit" { (ctx.t("pb-cast")) } }
                }
            }
        },
    )
}

pub fn results_closed(ctx: &Ctx, commune: &Commune, data: &CycleData) -> Markup {
    render(
        ctx,
        &ctx.t("pb-tab-results"),
        html! {
            (cycle_nav(ctx, commune, data, "/results"))
            p.muted { (ctx.t("pb-results-not-yet")) }
            p { (ctx.ta("pb-turnout", &[("count", data.turnout.into())])) }
        },
    )
}

/// Text for XML: escaped, and without the characters XML 1.0 cannot carry (control
/// characters other than tab, newline and carriage return), so every feed parses.
fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The results as CSV, one row per proposal; every text cell goes through
/// [`csv_cell`] (formula injection) and the `csv` writer (quoting).
pub fn results_csv(results: &[DistrictResult]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "district",
        "proposal_id",
        "title",
        "cost_mad",
        "votes",
        "selected",
        "rule",
        "greedy",
        "equal_shares",
    ])?;
    for r in results {
        for (p, votes) in &r.projects {
            w.write_record([
                csv_cell(&r.district.name_fr).as_ref(),
                &p.id.to_string(),
                &csv_cell(&p.title),
                &Money::from_centimes(p.cost_cents()).plain(),
                &votes.to_string(),
                &r.outcome.winners.contains(&p.id).to_string(),
                &csv_cell(&r.outcome.rule),
                &r.greedy.winners.contains(&p.id).to_string(),
                &r.equal_shares.winners.contains(&p.id).to_string(),
            ])?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A horizontal bar chart of votes, drawn on the server; winners are filled.
fn chart(ctx: &Ctx, r: &DistrictResult) -> Markup {
    let max = r.projects.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let row = 22;
    let height = r.projects.len() * row + 4;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 {height}" width="100%" role="img" aria-label="{}">"#,
        xml_escape(&ctx.t("pb-chart"))
    );
    for (i, (p, v)) in r.projects.iter().enumerate() {
        let y = i * row + 2;
        let w = (*v as f64 / max as f64 * 250.0).round() as u64;
        let fill = if r.outcome.winners.contains(&p.id) {
            "#1b6e3a"
        } else {
            "#b9c4bd"
        };
        let label: String = p.title.chars().take(22).collect();
        svg.push_str(&format!(
            r#"<text x="0" y="{}" font-size="11">{}</text><rect x="140" y="{}" width="{w}" height="16" fill="{fill}"/><text x="{}" y="{}" font-size="11">{v}</text>"#,
            y + 12,
            xml_escape(&label),
            y,
            140 + w + 4,
            y + 12
        ));
    }
    svg.push_str("</svg>");
    PreEscaped(svg)
}

fn outcome_list(ctx: &Ctx, r: &DistrictResult, o: &RuleOutcome) -> Markup {
    html! {
        div.card {
            h4 { (ctx.t(&format!("pb-rule-{}", o.rule))) }
            ol {
                @for id in &o.winners {
                    @if let Some((p, _)) = r.projects.iter().find(|(p, _)| p.id == *id) {
                        li { bdi { (p.title) } " — " (mad(ctx, p.cost_cents())) }
                    }
                }
            }
            p.muted { (ctx.ta("pb-total-cost", &[("amount", Money::from_centimes(o.total_cents).format(ctx.lang).into())])) }
        }
    }
}

pub fn results(
    ctx: &Ctx,
    commune: &Commune,
    data: &CycleData,
    results: &[DistrictResult],
) -> Markup {
    let b = base(commune, &data.cycle);
    let rule = data.cycle.rule();
    render(
        ctx,
        &ctx.t("pb-tab-results"),
        html! {
            (cycle_nav(ctx, commune, data, "/results"))
            p { (ctx.ta("pb-turnout", &[("count", data.turnout.into())])) }
            p { (ctx.t("pb-rule")) ": " strong { (ctx.t(&format!("pb-rule-{}", rule.name()))) }
                " · " (ctx.t("pb-tie-break")) ": " (ctx.t(&format!("pb-tie-{}", data.cycle.rulebook().tie_break.key()))) }
            p { a href={ (b) "/results.csv" } { (ctx.t("pb-csv")) } " · "
                a href={ "/api/v1/communes/" (commune.slug) "/budgets/" (data.cycle.id) "/results" } { "JSON" } }
            @for r in results {
                section {
                    h2 { (district_label(ctx, &r.district)) " — " (mad(ctx, r.district.amount_cents)) }
                    p.muted { (ctx.ta("pb-voters", &[("count", r.voters.into())])) " · "
                        a href={ (b) "/pabulib.pb?district=" (r.district.id) } { (ctx.t("pb-pabulib")) } }
                    table {
                        thead { tr { th { (ctx.t("pb-proposal-title")) } th { (ctx.t("pb-votes-col")) } th { (ctx.t("pb-amount-col")) } th { (ctx.t("pb-selected")) } } }
                        tbody {
                            @for (p, v) in &r.projects {
                                tr {
                                    td { a href={ (b) "/proposals/" (p.id) } { bdi { (p.title) } } }
                                    td { (v) }
                                    td { (mad(ctx, p.cost_cents())) }
                                    td { @if r.outcome.winners.contains(&p.id) { "✓" } }
                                }
                            }
                        }
                    }
                    figure { (chart(ctx, r)) figcaption.muted { (ctx.t("pb-chart")) } }
                    h3 { (ctx.t("pb-compare")) }
                    div.grid {
                        (outcome_list(ctx, r, &r.greedy))
                        (outcome_list(ctx, r, &r.equal_shares))
                    }
                }
            }
        },
    )
}

pub fn follow_up(
    ctx: &Ctx,
    commune: &Commune,
    data: &CycleData,
    selected: &[Proposal],
    updates: &Updates<'_>,
) -> Markup {
    let b = base(commune, &data.cycle);
    render(
        ctx,
        &ctx.t("pb-tab-follow-up"),
        html! {
            (cycle_nav(ctx, commune, data, "/follow-up"))
            p { a href={ (b) "/updates.atom" } { (ctx.t("pb-atom")) } }
            table {
                thead { tr { th { (ctx.t("pb-proposal-title")) } th { (ctx.t("pb-district")) } th { (ctx.t("pb-status")) } th { (ctx.t("pb-progress")) } } }
                tbody {
                    @for p in selected {
                        tr {
                            td { a href={ (b) "/proposals/" (p.id) } { bdi { (p.title) } } }
                            td { (data.district_name(ctx, p.district_id)) }
                            td { (p.impl_status().map(|s| ctx.t(&format!("pb-impl-{}", s.key()))).unwrap_or_default()) }
                            td { progress max="100" value=(p.progress) { (p.progress) "%" } " " (p.progress) "%" }
                        }
                    }
                }
            }
            h2 { (ctx.t("pb-updates")) }
            ul {
                @for u in updates.list {
                    @let title = selected.iter().find(|p| p.id == u.proposal_id).map(|p| p.title.as_str()).unwrap_or_default();
                    li { strong { (date(ctx, u.created_at)) } " — "
                        a href={ (b) "/proposals/" (u.proposal_id) "#update-" (u.id) } { "#" (u.proposal_id) } " — " (u.body)
                        (update_photos(ctx, title, updates.photos_of(u))) }
                }
            }
        },
    )
}

/// The Atom feed of follow-up updates.
pub fn atom(
    ctx: &Ctx,
    base_url: &str,
    commune: &Commune,
    cycle: &Cycle,
    proposals: &[Proposal],
    updates: &Updates<'_>,
) -> String {
    let root = base_url.trim_end_matches('/');
    let page = format!("{root}/{}/budgets/{}/follow-up", commune.slug, cycle.id);
    let updated = updates
        .list
        .first()
        .map(|u| u.created_at)
        .unwrap_or(cycle.created_at);
    let mut out = String::from(r#"<?xml version="1.0" encoding="utf-8"?>"#);
    out.push_str(r#"<feed xmlns="http://www.w3.org/2005/Atom">"#);
    out.push_str(&format!(
        "<title>{}</title><id>{}</id><link href=\"{}\"/><updated>{}Z</updated>",
        xml_escape(cycle.title(ctx.lang)),
        xml_escape(&page),
        xml_escape(&page),
        updated.format("%Y-%m-%dT%H:%M:%S")
    ));
    for u in updates.list {
        let title = proposals
            .iter()
            .find(|p| p.id == u.proposal_id)
            .map(|p| p.title.as_str())
            .unwrap_or_default();
        let link = format!(
            "{root}/{}/budgets/{}/proposals/{}",
            commune.slug, cycle.id, u.proposal_id
        );
        // Each photo is an enclosure of the entry (its address and type are public).
        let photos: String = updates
            .photos_of(u)
            .iter()
            .map(|ph| {
                format!(
                    "<link rel=\"enclosure\" href=\"{root}/uploads/{}\" type=\"{}\" length=\"{}\"/>",
                    ph.upload_id,
                    xml_escape(&ph.content_type),
                    ph.size_bytes
                )
            })
            .collect();
        out.push_str(&format!(
            "<entry><title>{} — {}%</title><id>{link}#update-{}</id><link href=\"{link}#update-{}\"/>{photos}<updated>{}Z</updated><summary>{}</summary></entry>",
            xml_escape(title),
            u.progress,
            u.id,
            u.id,
            u.created_at.format("%Y-%m-%dT%H:%M:%S"),
            xml_escape(&format!("{} — {}", format_datetime(i18n(), ctx.lang, u.created_at), u.body)),
        ));
    }
    out.push_str("</feed>");
    out
}

// ---- back office ---------------------------------------------------------------

fn admin_shell(ctx: &Ctx, commune: &Commune, body: Markup) -> Markup {
    let title = ctx.ta(
        "pb-admin-title",
        &[("commune", commune.name(ctx.lang).into())],
    );
    render(
        ctx,
        &title,
        html! {
            p.muted { a href={ "/" (commune.slug) "/admin" } { (ctx.t("nav-admin")) } " · "
                a href={ "/" (commune.slug) "/admin/budgets" } { (ctx.t("pb-title")) } }
            h1 { (title) }
            (body)
        },
    )
}

pub fn admin_cycles(
    ctx: &Ctx,
    commune: &Commune,
    list: &[Cycle],
    f: &CycleForm,
    errors: &FieldErrors,
) -> Markup {
    let now = musharaka_core::time::now();
    admin_shell(
        ctx,
        commune,
        html! {
            table {
                tbody {
                    @for c in list {
                        tr {
                            td { a href={ "/" (commune.slug) "/admin/budgets/" (c.id) } { (c.title(ctx.lang)) } }
                            td { (c.year) }
                            td { (phase_name(ctx, c.phase(now))) }
                        }
                    }
                }
            }
            @if ctx.user.as_ref().is_some_and(|u| u.can_administer(commune.id)) {
                h2 { (ctx.t("pb-new-cycle")) }
                (cycle_form(ctx, &format!("/{}/admin/budgets", commune.slug), f, errors))
            }
        },
    )
}

/// The edit page of a cycle's rulebook: the creation form filled with the cycle, or, once
/// voting has opened, the notice that the rulebook is frozen.
pub fn admin_edit_cycle(
    ctx: &Ctx,
    commune: &Commune,
    cycle: &Cycle,
    frozen: bool,
    f: &CycleForm,
    errors: &FieldErrors,
) -> Markup {
    let action = format!("/{}/admin/budgets/{}", commune.slug, cycle.id);
    admin_shell(
        ctx,
        commune,
        html! {
            h2 { a href=(action) { (cycle.title(ctx.lang)) } " — " (ctx.t("pb-edit-rulebook")) }
            @for (_, m) in errors.iter().filter(|(f, _)| f == "rulebook") {
                p.flash.error role="alert" { (ctx.t(m)) }
            }
            @if frozen {
                @if !errors.iter().any(|(f, _)| f == "rulebook") {
                    p.flash.warn role="status" { (ctx.t("pb-rulebook-frozen")) }
                }
            } @else {
                p.muted { (ctx.t("pb-edit-rulebook-hint")) }
                (cycle_form(ctx, &format!("{action}/edit"), f, errors))
            }
        },
    )
}

/// The form of a cycle and its rulebook, for creation and for edits before voting opens.
fn cycle_form(ctx: &Ctx, action: &str, f: &CycleForm, errors: &FieldErrors) -> Markup {
    let who: Vec<(String, String)> = WhoProposes::ALL
        .iter()
        .map(|w| (w.key().to_string(), ctx.t(&format!("pb-who-{}", w.key()))))
        .collect();
    let types = vec![
        ("approval".to_string(), ctx.t("pb-type-approval")),
        ("knapsack".to_string(), ctx.t("pb-ballot-knapsack")),
    ];
    let rules: Vec<(String, String)> = Rule::ALL
        .iter()
        .map(|r| {
            (
                r.name().to_string(),
                ctx.t(&format!("pb-rule-{}", r.name())),
            )
        })
        .collect();
    let ties: Vec<(String, String)> = TieBreak::ALL
        .iter()
        .map(|t| (t.key().to_string(), ctx.t(&format!("pb-tie-{}", t.key()))))
        .collect();
    let or = |v: &str, d: &str| {
        if v.is_empty() {
            d.to_string()
        } else {
            v.to_string()
        }
    };
    html! {
        (form::summary(ctx, errors))
        form.stack method="post" action=(action) novalidate {
            (csrf(ctx))
            (form::input(ctx, errors, Input { name: "year", label: "pb-year", value: &f.year, kind: "number", required: true }))
            (form::text(ctx, errors, "title_ar", "pb-title-ar", &f.title_ar, true))
            (form::text(ctx, errors, "title_fr", "pb-title-fr", &f.title_fr, true))
            (form::text(ctx, errors, "description_ar", "pb-description-ar", &f.description_ar, false))
            (form::text(ctx, errors, "description_fr", "pb-description-fr", &f.description_fr, false))
            (form::text(ctx, errors, "total", "pb-total", &f.total, true))
            @for name in CALENDAR_FIELDS {
                @let value = match name { "information_at" => &f.information_at, "proposals_at" => &f.proposals_at, "review_at" => &f.review_at, "voting_at" => &f.voting_at, "results_at" => &f.results_at, _ => &f.implementation_at };
                (form::date(ctx, errors, name, &format!("pb-start-{name}"), value, true))
            }
            (form::select(ctx, errors, "who_proposes", "pb-who-proposes", &who, &or(&f.who_proposes, "both")))
            (form::input(ctx, errors, Input { name: "voter_min_age", label: "pb-min-age", value: &or(&f.voter_min_age, "16"), kind: "number", required: true }))
            (form::select(ctx, errors, "ballot_type", "pb-ballot-type", &types, &or(&f.ballot_type, "approval")))
            (form::input(ctx, errors, Input { name: "min_projects", label: "pb-min-projects", value: &or(&f.min_projects, "1"), kind: "number", required: true }))
            (form::input(ctx, errors, Input { name: "max_projects", label: "pb-max-projects", value: &or(&f.max_projects, "5"), kind: "number", required: true }))
            (form::input(ctx, errors, Input { name: "districts_per_voter", label: "pb-districts-per-voter", value: &or(&f.districts_per_voter, "1"), kind: "number", required: true }))
            (form::select(ctx, errors, "rule", "pb-rule", &rules, &or(&f.rule, "mes-add1-greedy")))
            (form::select(ctx, errors, "tie_break", "pb-tie-break", &ties, &or(&f.tie_break, "ids")))
            (form::field(ctx, errors, "districts", "pb-districts-lines", html! { textarea id="districts" name="districts" rows="4" { (f.districts) } }))
            (form::field(ctx, errors, "categories", "pb-categories-lines", html! { textarea id="categories" name="categories" rows="3" { (f.categories) } }))
            div { button type="submit" { (ctx.t("admin-save")) } }
        }
    }
}

pub struct AdminCycle<'a> {
    pub data: &'a CycleData,
    pub proposals: &'a [Proposal],
    pub ballot: &'a BallotContext,
    pub channels: &'a [(String, i64)],
    pub paper: &'a BallotForm,
    pub errors: &'a FieldErrors,
    pub done: Option<&'a str>,
}

pub fn admin_cycle(ctx: &Ctx, commune: &Commune, user: &Permissions, a: &AdminCycle<'_>) -> Markup {
    let c = &a.data.cycle;
    let now = musharaka_core::time::now();
    let phase = c.phase(now);
    let action = format!("/{}/admin/budgets/{}", commune.slug, c.id);
    let public = base(commune, c);
    let is_admin = user.can_administer(commune.id);
    let phases: Vec<(String, String)> =
        std::iter::once(("calendar".to_string(), ctx.t("pb-by-calendar")))
            .chain(
                Phase::ALL
                    .iter()
                    .map(|p| (p.key().to_string(), phase_name(ctx, *p))),
            )
            .collect();
    admin_shell(
        ctx,
        commune,
        html! {
            (flash(ctx, a.done))
            h2 { a href=(public) { (c.title(ctx.lang)) } " " span.badge { (phase_name(ctx, phase)) } }
            p { (ctx.ta("pb-turnout", &[("count", a.data.turnout.into())]))
                @for (ch, n) in a.channels { " · " (ctx.t(&format!("pb-channel-{ch}"))) ": " (n) } }
            @if is_admin {
                @if !musharaka_budgets::rules::rulebook_frozen(phase, a.data.turnout) {
                    p { a href={ (action) "/edit" } { (ctx.t("pb-edit-rulebook")) } }
                }
                form.inline method="post" action={ (action) "/phase" } {
                    (csrf(ctx))
                    (form::select(ctx, a.errors, "phase", "pb-open-phase", &phases, c.phase_override.as_deref().unwrap_or("calendar")))
                    button type="submit" { (ctx.t("admin-save")) }
                }
                @if phase >= Phase::Results {
                    form.inline method="post" action={ (action) "/count" } {
                        (csrf(ctx))
                        button type="submit" { (ctx.t("pb-count")) }
                    }
                    @if let Some(t) = c.counted_at { span.muted { " " (format_datetime(i18n(), ctx.lang, t)) } }
                }
            }
            h3 { (ctx.t("pb-tab-proposals")) }
            table {
                thead { tr { th { "#" } th { (ctx.t("pb-proposal-title")) } th { (ctx.t("pb-district")) } th { (ctx.t("pb-amount-col")) } th { (ctx.t("pb-status")) } } }
                tbody {
                    @for p in a.proposals {
                        tr {
                            td { (p.id) }
                            td { a href={ (public) "/proposals/" (p.id) } { bdi { (p.title) } } }
                            td { (a.data.district_name(ctx, p.district_id)) }
                            td { (mad(ctx, p.cost_cents())) }
                            td { (status_badge(ctx, p)) }
                        }
                    }
                }
            }
            @if phase == Phase::Voting {
                h3 { (ctx.t("pb-paper")) }
                (form::summary(ctx, a.errors))
                @for (_, m) in a.errors.iter().filter(|(f, _)| f == "ballot") { p.flash.error { (ctx.t(m)) } }
                form.stack method="post" action={ (action) "/paper" } novalidate {
                    (csrf(ctx))
                    (form::text(ctx, a.errors, "paper_number", "pb-paper-number", &a.paper.paper_number, true))
                    (form::input(ctx, a.errors, Input { name: "voter_email", label: "pb-voter-email", value: &a.paper.voter_email, kind: "email", required: false }))
                    (form::text(ctx, a.errors, "voter_cin", "pb-voter-cin", "", false))
                    @for (_, m) in a.errors.iter().filter(|(f, _)| f == "voter") { p.flash.error { (ctx.t(m)) } }
                    (form::input(ctx, a.errors, Input { name: "birth_year", label: "pb-birth-year", value: &a.paper.birth_year, kind: "number", required: false }))
                    (ballot_fields(ctx, a.ballot, a.paper))
                    div { button type="submit" { (ctx.t("pb-cast")) } }
                }
            }
        },
    )
}
