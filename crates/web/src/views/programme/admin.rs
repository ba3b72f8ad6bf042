//! The back office: plans (and the performance self-assessment), a plan (adoption, series,
//! commitments, steering committee, rounds), a commitment (status, actions, indicators and
//! values, origins, evidence). Every form keeps its values and marks its fields on error.

use super::*;
use musharaka_programme::model::{IndicatorKind, PlanKind, SteeringSide};
use musharaka_programme::records::AssessmentRow;
use musharaka_programme::service::{CommitmentPage, PlanPage, PlanSummary};

fn shell(
    ctx: &Ctx,
    commune: &Commune,
    plan: Option<&PlanRow>,
    done: Option<&str>,
    body: Markup,
) -> Markup {
    let title = ctx.t("prog-admin-title");
    render(
        ctx,
        &title,
        html! {
            p.muted {
                a href={ "/" (commune.slug) "/admin" } { (ctx.t("nav-admin")) } " · "
                a href={ "/" (commune.slug) "/admin/programme" } { (title) }
                @if let Some(p) = plan { " · " a href={ "/" (commune.slug) "/admin/programme/" (p.id) } { (p.title(ctx.lang)) } }
            }
            (flash(ctx, done))
            (body)
        },
    )
}

/// A form of this page: its own error banner (only for its fields), the CSRF token.
fn part(
    ctx: &Ctx,
    errors: &FieldErrors,
    names: &[&str],
    action: &str,
    body: Markup,
    submit: &str,
) -> Markup {
    let mine = errors.iter().any(|(f, _)| names.contains(&f.as_str()));
    html! {
        @if mine { p.flash.error role="alert" { (ctx.t("form-has-errors")) } }
        form.stack method="post" action=(action) novalidate {
            (csrf(ctx))
            (body)
            div { button type="submit" { (ctx.t(submit)) } }
        }
    }
}

fn text(ctx: &Ctx, e: &FieldErrors, v: &Fields, name: &str, label: &str, required: bool) -> Markup {
    form::text(ctx, e, name, label, get(v, name), required)
}

fn date(ctx: &Ctx, e: &FieldErrors, v: &Fields, name: &str, label: &str, required: bool) -> Markup {
    form::date(ctx, e, name, label, get(v, name), required)
}

fn area(ctx: &Ctx, e: &FieldErrors, v: &Fields, name: &str, label: &str) -> Markup {
    form::field(
        ctx,
        e,
        name,
        label,
        html! { textarea id=(name) name=(name) rows="3" { (get(v, name)) } },
    )
}

pub fn admin_list(
    ctx: &Ctx,
    commune: &Commune,
    plans: &[PlanSummary],
    assessments: &[AssessmentRow],
    values: &Fields,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let base = format!("/{}/admin/programme", commune.slug);
    let kinds = form::options(ctx, PlanKind::ALL, PlanKind::key, "prog-kind-");
    html! {
        (shell(ctx, commune, None, done, html! {
            h1 { (ctx.t("prog-admin-title")) }
            table {
                tbody {
                    @for s in plans {
                        tr {
                            td { a href={ (base) "/" (s.plan.id) } { (s.plan.title(ctx.lang)) } }
                            td { (plan_kind(ctx, &s.plan)) }
                            td { (ctx.t(&format!("prog-plan-{}", s.plan.status.key()))) }
                            td { (s.progress) "%" }
                        }
                    }
                }
            }
            h2 { (ctx.t("prog-new-plan")) }
            (part(ctx, errors, &["kind", "title_ar", "title_fr", "summary", "starts_on", "ends_on"], &base, html! {
                (form::select(ctx, errors, "kind", "prog-field-kind", &kinds, val(values, "kind", "action_programme")))
                (text(ctx, errors, values, "title_ar", "prog-field-title-ar", true))
                (text(ctx, errors, values, "title_fr", "prog-field-title-fr", false))
                (area(ctx, errors, values, "summary", "prog-field-summary"))
                (date(ctx, errors, values, "starts_on", "prog-field-starts", true))
                (date(ctx, errors, values, "ends_on", "prog-field-ends", true))
            }, "prog-create"))
            h2 { (ctx.t("prog-perf-title")) }
            p.muted { (ctx.t("prog-perf-intro")) }
            ul {
                @for a in assessments {
                    li { (a.year) " — " (a.conditions_met) " / 5 · " (a.points) " · "
                        (ctx.t(if a.published { "prog-perf-published" } else { "prog-perf-unpublished" })) }
                }
            }
            (part(ctx, errors, &["year", "points"], &format!("{base}/performance"), html! {
                (text(ctx, errors, values, "year", "prog-perf-year", true))
                fieldset {
                    legend { (ctx.t("prog-perf-conditions")) }
                    @for n in 1..=5 {
                        @let name = format!("cond{n}");
                        label { input type="checkbox" name=(name) value="on" checked[!get(values, &name).is_empty()]; " " (ctx.ta("prog-perf-condition", &[("n", n.into())])) }
                    }
                }
                (area(ctx, errors, values, "points", "prog-perf-points-field"))
                label { input type="checkbox" name="publish" value="on" checked[!get(values, "publish").is_empty()]; " " (ctx.t("prog-perf-publish")) }
            }, "prog-save"))
        }))
    }
}

pub fn admin_plan(
    ctx: &Ctx,
    commune: &Commune,
    d: &PlanPage,
    values: &Fields,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let p = &d.plan;
    let base = format!("/{}/admin/programme/{}", commune.slug, p.id);
    let mut series = vec![(String::new(), "—".to_string())];
    series.extend(
        d.series
            .iter()
            .map(|s| (s.id.to_string(), s.title(ctx.lang).to_string())),
    );
    let sides = form::options(ctx, SteeringSide::ALL, SteeringSide::key, "prog-side-");
    shell(
        ctx,
        commune,
        None,
        done,
        html! {
            h1 { (p.title(ctx.lang)) }
            p { (plan_kind(ctx, p)) " · " (ctx.t(&format!("prog-plan-{}", p.status.key()))) " · " (d.progress) "%"
                @if p.adopted_on.is_some() { " · " a href=(plan_href(commune, p.id)) { (ctx.t("prog-public-page")) } } }
            @if p.deliberation_id.is_none() {
                h2 { (ctx.t("prog-adopt")) }
                p.muted { (ctx.t("prog-adopt-hint")) }
                (part(ctx, errors, &["deliberation"], &format!("{base}/adopt"), html! {
                    (text(ctx, errors, values, "deliberation", "prog-field-deliberation", true))
                }, "prog-adopt"))
            }
            h2 { (ctx.t("prog-commitments")) }
            ul {
                @for c in &d.commitments {
                    li { a href={ (base) "/commitments/" (c.row.id) } { (c.row.number) ". " (c.row.title(ctx.lang)) }
                        " — " (status_text(ctx, c.row.status.key())) " · " (c.progress) "%" }
                }
            }
            h3 { (ctx.t("prog-new-commitment")) }
            (part(ctx, errors, &["series", "title_ar", "title_fr", "lead_service", "partners", "description", "expected_results", "budget"], &format!("{base}/commitments"), html! {
                (form::select(ctx, errors, "series", "prog-field-series", &series, val(values, "series", "")))
                (text(ctx, errors, values, "title_ar", "prog-field-title-ar", true))
                (text(ctx, errors, values, "title_fr", "prog-field-title-fr", false))
                (text(ctx, errors, values, "lead_service", "prog-col-lead", true))
                (text(ctx, errors, values, "partners", "prog-partners", false))
                (area(ctx, errors, values, "description", "prog-field-description"))
                (area(ctx, errors, values, "expected_results", "prog-expected"))
                (text(ctx, errors, values, "budget", "prog-field-budget", false))
            }, "prog-add"))
            h2 { (ctx.t("prog-series")) }
            ol { @for s in &d.series { li { (s.title(ctx.lang)) } } }
            (part(ctx, errors, &["series_title_ar", "series_title_fr"], &format!("{base}/series"), html! {
                (text(ctx, errors, values, "series_title_ar", "prog-field-title-ar", true))
                (text(ctx, errors, values, "series_title_fr", "prog-field-title-fr", false))
            }, "prog-add"))
            h2 { (ctx.t("prog-steering-title")) }
            p { (ctx.ta("prog-steering", &[("commune", d.steering.0.into()), ("civil", d.steering.1.into())])) }
            ul { @for m in &d.members { li { (m.name) @if !m.organisation.is_empty() { " (" (m.organisation) ")" } " — " (ctx.t(&format!("prog-side-{}", m.side))) } } }
            (part(ctx, errors, &["member_side", "member_name", "member_org"], &format!("{base}/steering"), html! {
                (form::select(ctx, errors, "member_side", "prog-field-side", &sides, val(values, "member_side", "commune")))
                (text(ctx, errors, values, "member_name", "prog-field-name", true))
                (text(ctx, errors, values, "member_org", "prog-field-org", false))
            }, "prog-add"))
            h2 { (ctx.t("prog-matrix-title")) }
            ul {
                @for r in &d.rounds {
                    li {
                        a href={ (plan_href(commune, p.id)) "/matrix?round=" (r.id) } { (r.label) }
                        " — "
                        @if r.validated_at.is_some() { (ctx.t("prog-round-validated")) } @else {
                            (part(ctx, errors, &["note"], &format!("{base}/rounds/{}/validate", r.id), html! {
                                (text(ctx, errors, values, "note", "prog-field-note", false))
                            }, "prog-validate"))
                        }
                    }
                }
            }
            (part(ctx, errors, &["period_end"], &format!("{base}/rounds"), html! {
                (date(ctx, errors, values, "period_end", "prog-field-period-end", true))
            }, "prog-open-round"))
        },
    )
}

pub fn admin_commitment(
    ctx: &Ctx,
    commune: &Commune,
    d: &CommitmentPage,
    values: &Fields,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let c = &d.commitment;
    let base = format!(
        "/{}/admin/programme/{}/commitments/{}",
        commune.slug, d.plan.id, c.row.id
    );
    let statuses = form::options(
        ctx,
        CommitmentStatus::ALL,
        CommitmentStatus::key,
        "prog-status-",
    );
    let kinds = form::options(ctx, IndicatorKind::ALL, IndicatorKind::key, "prog-ind-");
    let origins = form::options(ctx, OriginKind::ALL, OriginKind::key, "prog-origin-kind-");
    let indicators: Vec<(String, String)> = c
        .indicators
        .iter()
        .map(|i| (i.row.id.to_string(), i.row.name.clone()))
        .collect();
    let today = musharaka_core::time::today().to_string();
    shell(
        ctx,
        commune,
        Some(&d.plan),
        done,
        html! {
            h1 { (c.row.number) ". " (c.row.title(ctx.lang)) }
            p { (status_text(ctx, c.row.status.key())) " · " (c.progress) "% · "
                a href=(commitment_href(commune, d.plan.id, c.row.id)) { (ctx.t("prog-public-page")) } }
            h2 { (ctx.t("prog-col-status")) }
            (part(ctx, errors, &["status", "status_reason"], &format!("{base}/status"), html! {
                (form::select(ctx, errors, "status", "prog-col-status", &statuses, val(values, "status", c.row.status.key())))
                (area(ctx, errors, values, "status_reason", "prog-status-reason"))
            }, "prog-save"))
            h2 { (ctx.t("prog-actions")) }
            ul {
                @for a in &c.actions {
                    li {
                        (a.title) " "
                        @match a.done_on {
                            Some(x) => { "✓ " (day(ctx, x)) },
                            None => {
                                form.inline method="post" action={ (base) "/actions/" (a.id) "/done" } {
                                    (csrf(ctx))
                                    input type="date" name="done_on" value=(today) aria-label=(ctx.t("prog-col-done"));
                                    button.secondary type="submit" { (ctx.t("prog-mark-done")) }
                                }
                            }
                        }
                    }
                }
            }
            (part(ctx, errors, &["action_title", "action_start", "action_due", "done_on"], &format!("{base}/actions"), html! {
                (text(ctx, errors, values, "action_title", "prog-col-action", true))
                (date(ctx, errors, values, "action_start", "prog-col-start", false))
                (date(ctx, errors, values, "action_due", "prog-col-due", false))
            }, "prog-add"))
            h2 { (ctx.t("prog-indicators")) }
            ul {
                @for i in &c.indicators {
                    li { (i.row.name) " — " (qty(ctx, i.row.baseline, &i.row.unit)) " → " (qty(ctx, i.row.target, &i.row.unit))
                        " · " (i.values.len()) " · " (i.progress.map(|p| format!("{p}%")).unwrap_or_else(|| "—".into())) }
                }
            }
            (part(ctx, errors, &["ind_kind", "ind_name", "ind_unit", "ind_period", "ind_baseline", "ind_target"], &format!("{base}/indicators"), html! {
                (form::select(ctx, errors, "ind_kind", "prog-field-ind-kind", &kinds, val(values, "ind_kind", "result")))
                (text(ctx, errors, values, "ind_name", "prog-field-name", true))
                (text(ctx, errors, values, "ind_unit", "prog-field-unit", false))
                (text(ctx, errors, values, "ind_period", "prog-field-period", false))
                (text(ctx, errors, values, "ind_baseline", "prog-field-baseline", true))
                (text(ctx, errors, values, "ind_target", "prog-field-target", true))
            }, "prog-add"))
            @if !indicators.is_empty() {
                h3 { (ctx.t("prog-new-value")) }
                (part(ctx, errors, &["value_indicator", "value_on", "value", "value_source"], &format!("{base}/values"), html! {
                    (form::select(ctx, errors, "value_indicator", "prog-field-indicator", &indicators, get(values, "value_indicator")))
                    (form::date(ctx, errors, "value_on", "prog-col-date", val(values, "value_on", &today), true))
                    (text(ctx, errors, values, "value", "prog-col-value", true))
                    (text(ctx, errors, values, "value_source", "prog-col-source", true))
                }, "prog-add"))
            }
            h2 { (ctx.t("prog-origins")) }
            ul { @for l in &d.links { li { (origin_text(ctx, l)) @if !l.checked { " " span.muted { (ctx.t("prog-origin-unchecked")) } } } } }
            p.muted { (ctx.t("prog-origin-hint")) }
            (part(ctx, errors, &["link_kind", "link_reference"], &format!("{base}/links"), html! {
                (form::select(ctx, errors, "link_kind", "prog-field-origin-kind", &origins, val(values, "link_kind", "petition")))
                (text(ctx, errors, values, "link_reference", "prog-field-reference", true))
            }, "prog-add"))
            h2 { (ctx.t("prog-evidence")) }
            ul { @for e in &d.evidence { li { a href=(e.url) rel="nofollow noopener" { (e.title) } } } }
            (part(ctx, errors, &["evidence_title", "evidence_url"], &format!("{base}/evidence"), html! {
                (text(ctx, errors, values, "evidence_title", "prog-field-title-ar", true))
                (text(ctx, errors, values, "evidence_url", "prog-field-url", true))
            }, "prog-add"))
        },
    )
}
