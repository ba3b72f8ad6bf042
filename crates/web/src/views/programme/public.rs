//! The public pages: the plans, a plan, a commitment, the printable matrix.

use super::*;
use crate::views::layout::head_row;
use musharaka_programme::records::AssessmentRow;
use musharaka_programme::service::{CommitmentPage, Matrix, PlanPage, PlanSummary};

fn crumbs(ctx: &Ctx, commune: &Commune, plan: Option<&PlanRow>) -> Markup {
    html! {
        p.muted {
            a href={ "/" (commune.slug) } { bdi { (commune.name(ctx.lang)) } } " · "
            a href={ "/" (commune.slug) "/programme" } { (ctx.t("prog-title")) }
            @if let Some(p) = plan { " · " a href=(plan_href(commune, p.id)) { (p.title(ctx.lang)) } }
        }
    }
}

/// The commune's adopted plans with their progress, and its published self-assessments.
pub fn list(
    ctx: &Ctx,
    commune: &Commune,
    plans: &[PlanSummary],
    assessments: &[AssessmentRow],
) -> Markup {
    render(
        ctx,
        &ctx.t("prog-title"),
        html! {
            (crumbs(ctx, commune, None))
            h1 { (ctx.t("prog-title")) }
            p { (ctx.t("prog-intro")) }
            @if plans.is_empty() { p.muted { (ctx.t("prog-none")) } }
            @for s in plans {
                div.card {
                    h2 { a href=(plan_href(commune, s.plan.id)) { (s.plan.title(ctx.lang)) } }
                    p.muted {
                        (plan_kind(ctx, &s.plan)) " · " (day(ctx, s.plan.starts_on)) " – " (day(ctx, s.plan.ends_on))
                        " · " (ctx.ta("prog-commitments-count", &[("count", s.commitments.into())]))
                    }
                    (bar(ctx, s.progress))
                }
            }
            p.no-print { a href={ "/" (commune.slug) "/programme.atom" } { (ctx.t("prog-feed")) } }
            @if !assessments.is_empty() {
                h2 { (ctx.t("prog-perf-title")) }
                p.muted { (ctx.t("prog-perf-intro")) }
                table {
                    (head_row(ctx, &["prog-perf-year", "prog-perf-conditions", "prog-perf-points", "prog-perf-result"]))
                    tbody {
                        @for a in assessments {
                            @let ok = a.conditions_met == 5 && a.points >= 70;
                            tr {
                                td { (a.year) }
                                td { (a.conditions_met) " / 5" }
                                td { (a.points) }
                                td { (ctx.t(if ok { "prog-perf-qualifies" } else { "prog-perf-short" })) }
                            }
                        }
                    }
                }
            }
        },
    )
}

fn commitments_table(
    ctx: &Ctx,
    commune: &Commune,
    plan_id: i64,
    list: &[&CommitmentView],
) -> Markup {
    html! {
        table {
            (head_row(ctx, &["prog-col-number", "prog-col-commitment", "prog-col-lead", "prog-col-status", "prog-col-progress"]))
            tbody {
                @for c in list {
                    tr {
                        td { (c.row.number) }
                        td { a href=(commitment_href(commune, plan_id, c.row.id)) { (c.row.title(ctx.lang)) } }
                        td { (c.row.lead_service) }
                        td { (status_badge(ctx, c)) }
                        td { (bar(ctx, c.progress)) }
                    }
                }
            }
        }
    }
}

/// A plan's rounds with links to their matrix and its exports.
fn rounds_box(ctx: &Ctx, commune: &Commune, d: &PlanPage) -> Markup {
    let m = format!("{}/matrix", plan_href(commune, d.plan.id));
    html! {
        h2 id="matrix" { (ctx.t("prog-matrix-title")) }
        p.muted { (ctx.t("prog-matrix-intro")) }
        ul {
            @for r in &d.rounds {
                li {
                    a href={ (m) "?round=" (r.id) } { (r.label) }
                    " (" (day(ctx, r.period_end)) ") — "
                    @if r.validated_at.is_some() { (ctx.t("prog-round-validated")) } @else { (ctx.t("prog-round-open")) }
                    " · " a href={ (m) ".csv?round=" (r.id) } { "CSV" }
                    " · " a href={ (m) ".json?round=" (r.id) } { "JSON" }
                }
            }
            li { a href=(m) { (ctx.t("prog-matrix-today")) } " · " a href={ (m) ".csv" } { "CSV" } " · " a href={ (m) ".json" } { "JSON" } }
        }
    }
}

pub fn plan(ctx: &Ctx, commune: &Commune, d: &PlanPage) -> Markup {
    let p = &d.plan;
    let unsorted: Vec<&CommitmentView> = d
        .commitments
        .iter()
        .filter(|c| {
            c.row
                .series_id
                .is_none_or(|s| !d.series.iter().any(|x| x.id == s))
        })
        .collect();
    render(
        ctx,
        p.title(ctx.lang),
        html! {
            (crumbs(ctx, commune, None))
            h1 { (p.title(ctx.lang)) }
            p.muted { (plan_kind(ctx, p)) " · " (day(ctx, p.starts_on)) " – " (day(ctx, p.ends_on)) }
            @if let (Some(on), Some(n), Some(id)) = (p.adopted_on, &d.deliberation_number, p.deliberation_id) {
                p { (ctx.ta("prog-adopted-by", &[("date", day(ctx, on).into()), ("number", n.clone().into())])) " "
                    a href={ "/" (commune.slug) "/council/deliberations/" (id) } { (ctx.t("prog-deliberation-link")) } }
            }
            @if !p.summary.is_empty() { p { (p.summary) } }
            (bar(ctx, d.progress))
            p {
                (ctx.ta("prog-steering", &[("commune", d.steering.0.into()), ("civil", d.steering.1.into())])) " "
                @if musharaka_programme::rules::steering_parity(d.steering.0, d.steering.1).is_ok() {
                    span.badge.ok { (ctx.t("prog-steering-parity")) }
                }
            }
            @for s in &d.series {
                @let list: Vec<&CommitmentView> = d.commitments.iter().filter(|c| c.row.series_id == Some(s.id)).collect();
                h2 { (s.position) ". " (s.title(ctx.lang)) }
                (commitments_table(ctx, commune, p.id, &list))
            }
            @if !unsorted.is_empty() {
                h2 { (ctx.t("prog-other-commitments")) }
                (commitments_table(ctx, commune, p.id, &unsorted))
            }
            (rounds_box(ctx, commune, d))
        },
    )
}

fn indicator_block(ctx: &Ctx, i: &IndicatorView) -> Markup {
    let r = &i.row;
    html! {
        div.card {
            h3 { (r.name) " " span.muted { "(" (ctx.t(&format!("prog-ind-{}", r.kind.key()))) ")" } }
            p {
                (ctx.ta("prog-ind-line", &[
                    ("baseline", qty(ctx, r.baseline, &r.unit).into()),
                    ("target", qty(ctx, r.target, &r.unit).into()),
                ]))
                @if !r.period.is_empty() { " · " (r.period) }
            }
            @match i.progress {
                Some(p) => (bar(ctx, p)),
                None => p.muted { (ctx.t("prog-ind-no-value")) },
            }
            @if !i.values.is_empty() {
                (indicator_chart(ctx, i))
                table {
                    (head_row(ctx, &["prog-col-date", "prog-col-value", "prog-col-source"]))
                    tbody {
                        @for v in &i.values {
                            tr { td { (day(ctx, v.measured_on)) } td { (qty(ctx, v.value, &r.unit)) } td { (v.source) } }
                        }
                    }
                }
            }
        }
    }
}

pub fn commitment(ctx: &Ctx, commune: &Commune, d: &CommitmentPage) -> Markup {
    let c = &d.commitment;
    let r = &c.row;
    let title = format!("{}. {}", r.number, r.title(ctx.lang));
    render(
        ctx,
        &title,
        html! {
            (crumbs(ctx, commune, Some(&d.plan)))
            h1 { (title) }
            @if let Some(s) = &d.series { p.muted { (s.title(ctx.lang)) } }
            p { (status_badge(ctx, c)) }
            @if let Some(reason) = &r.status_reason { p.flash.warn { (ctx.t("prog-status-reason")) " " (reason) } }
            (bar(ctx, c.progress))
            @if !r.description.is_empty() { p { (r.description) } }
            dl {
                dt { (ctx.t("prog-col-lead")) } dd { (r.lead_service) }
                @if !r.partners.is_empty() { dt { (ctx.t("prog-partners")) } dd { (r.partners) } }
                @if !r.expected_results.is_empty() { dt { (ctx.t("prog-expected")) } dd { (r.expected_results) } }
                @if let Some(b) = r.budget_cents {
                    dt { (ctx.t("prog-budget")) } dd { (ctx.ta("prog-amount", &[("amount", Money::from_centimes(b).format(ctx.lang).into())])) }
                }
            }
            h2 { (ctx.t("prog-origins")) }
            @if d.links.is_empty() { p.muted { (ctx.t("prog-origins-none")) } }
            ul {
                @for l in &d.links {
                    li {
                        @match origin_href(commune, l) {
                            Some(h) => a href=(h) { (origin_text(ctx, l)) },
                            None => (origin_text(ctx, l)),
                        }
                        @if !l.checked { " " span.muted { (ctx.t("prog-origin-unchecked")) } }
                    }
                }
            }
            h2 { (ctx.t("prog-actions")) }
            @if c.actions.is_empty() { p.muted { (ctx.t("prog-actions-none")) } } @else {
                table {
                    (head_row(ctx, &["prog-col-action", "prog-col-start", "prog-col-due", "prog-col-done"]))
                    tbody {
                        @for a in &c.actions {
                            tr {
                                td { (a.title) }
                                td { (a.starts_on.map(|x| day(ctx, x)).unwrap_or_default()) }
                                td { (a.due_on.map(|x| day(ctx, x)).unwrap_or_default()) }
                                td { @match a.done_on { Some(x) => { "✓ " (day(ctx, x)) }, None => "—" } }
                            }
                        }
                    }
                }
            }
            h2 { (ctx.t("prog-indicators")) }
            @if c.indicators.is_empty() { p.muted { (ctx.t("prog-indicators-none")) } }
            @for i in &c.indicators { (indicator_block(ctx, i)) }
            @if !d.evidence.is_empty() {
                h2 { (ctx.t("prog-evidence")) }
                ul { @for e in &d.evidence { li { a href=(e.url) rel="nofollow noopener" { (e.title) } } } }
            }
            h2 { (ctx.t("prog-timeline")) }
            ol {
                @for l in &d.links { li { (origin_text(ctx, l)) } }
                @for u in &d.timeline { li { (format_datetime(i18n(), ctx.lang, u.created_at)) " — " (update_text(ctx, u)) } }
            }
        },
    )
}

/// The printable six-monthly monitoring matrix of a plan.
pub fn matrix(ctx: &Ctx, commune: &Commune, m: &Matrix) -> Markup {
    let base = format!("{}/matrix", plan_href(commune, m.plan.id));
    let q = m
        .round
        .as_ref()
        .map(|r| format!("?round={}", r.id))
        .unwrap_or_default();
    let title = ctx.ta(
        "prog-matrix-of",
        &[("plan", m.plan.title(ctx.lang).to_string().into())],
    );
    render(
        ctx,
        &title,
        html! {
            (crumbs(ctx, commune, Some(&m.plan)))
            h1 { (title) }
            p {
                @if let Some(r) = &m.round { strong { (r.label) } " · " }
                (ctx.ta("prog-as-of", &[("date", day(ctx, m.as_of).into())]))
                @if let Some(r) = &m.round {
                    " · " @if r.validated_at.is_some() { (ctx.t("prog-round-validated")) } @else { (ctx.t("prog-round-open")) }
                }
            }
            @if let Some(note) = m.round.as_ref().and_then(|r| r.validation_note.as_ref()).filter(|n| !n.is_empty()) {
                p { (ctx.t("prog-validation-note")) " " (note) }
            }
            p.no-print { a href={ (base) ".csv" (q) } { "CSV" } " · " a href={ (base) ".json" (q) } { "JSON" } }
            (bar(ctx, m.progress))
            table.matrix {
                (head_row(ctx, &["prog-col-number", "prog-col-commitment", "prog-col-lead", "prog-col-status", "prog-col-line", "prog-col-planned", "prog-col-achieved", "prog-col-progress"]))
                tbody {
                    @for c in &m.commitments {
                        @let rows = (c.actions.len() + c.indicators.len()).max(1);
                        tr {
                            td rowspan=(rows) { (c.row.number) }
                            td rowspan=(rows) { (c.row.title(ctx.lang)) }
                            td rowspan=(rows) { (c.row.lead_service) }
                            td rowspan=(rows) { (status_text(ctx, c.row.status.key())) }
                            (matrix_line(ctx, c, 0))
                            td rowspan=(rows) { (c.progress) "%" }
                        }
                        @for i in 1..rows { tr { (matrix_line(ctx, c, i)) } }
                    }
                }
            }
        },
    )
}

/// Line `i` of a commitment in the matrix: its actions, then its indicators.
fn matrix_line(ctx: &Ctx, c: &CommitmentView, i: usize) -> Markup {
    if let Some(a) = c.actions.get(i) {
        return html! {
            td { (ctx.t("prog-line-action")) " — " (a.title) }
            td { (a.due_on.map(|x| day(ctx, x)).unwrap_or_default()) }
            td { @match a.done_on { Some(x) => { "✓ " (day(ctx, x)) }, None => "—" } }
        };
    }
    if let Some(ind) = c.indicators.get(i - c.actions.len()) {
        let r = &ind.row;
        return html! {
            td { (ctx.t(&format!("prog-ind-{}", r.kind.key()))) " — " (r.name) }
            td { (qty(ctx, r.baseline, &r.unit)) " → " (qty(ctx, r.target, &r.unit)) }
            td {
                @match ind.latest() {
                    Some(v) => { (qty(ctx, v.value, &r.unit)) " (" (day(ctx, v.measured_on)) ", " (v.source) ")" },
                    None => "—",
                }
            }
        };
    }
    html! { td { "—" } td {} td {} }
}
