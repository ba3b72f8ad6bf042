//! The budget's back office: cycles, the rulebook form, a cycle's page.

use super::*;

pub(super) fn admin_shell(ctx: &Ctx, commune: &Commune, body: Markup) -> Markup {
    let title = ctx.t_commune("pb-admin-title", commune);
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
pub(super) fn cycle_form(ctx: &Ctx, action: &str, f: &CycleForm, errors: &FieldErrors) -> Markup {
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
        (form::post_form(ctx, errors, action, html! {
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
        }, "admin-save"))
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
                @for (ch, n) in a.channels {
                    " · " (ctx.ta("pb-channel-count", &[("channel", ctx.t(&format!("pb-channel-{ch}")).into()), ("count", (*n).into())]))
                } }
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
                    (form::button_post(ctx, &format!("{action}/count"), "pb-count", false))
                    @if let Some(t) = c.counted_at {
                        p.muted { (ctx.ta("pb-counted-at", &[("date", format_datetime(i18n(), ctx.lang, t).into())])) }
                    }
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
                            td { (district_name(ctx, a.data, p.district_id)) }
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
