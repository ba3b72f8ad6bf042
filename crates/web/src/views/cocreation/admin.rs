//! The back office: calls (terms, grid, publication), meetings and attendance, questions
//! and answers, the notes with the ranking proposed within the envelope, and the note's
//! evaluation page (eligibility checklist, scoring, conflicts, agreement, follow-up).

use super::note::{attachments, budget_table, follow_up, note_texts, report_form, unmet_list};
use super::{area, badge, documents, grid, input, mad, terms, when};
use crate::ctx::Ctx;
use crate::forms::cocreation::CallForm;
use crate::views::communes::admin::{shell, shell_with};
use crate::views::form::{self, FieldErrors};
use crate::views::layout::head_row;
use chrono::NaiveDateTime;
use maud::{html, Markup};
use musharaka_cocreation::records::{CallRow, NoteRow};
use musharaka_cocreation::rules::Outcome;
use musharaka_cocreation::service::{CallPage, ConflictOfInterest, EvaluationPage, Ranking};
use musharaka_cocreation::{CallStatus, NoteStatus, TieBreak};
use musharaka_communes::Commune;
use musharaka_identity::Association;

fn admin_base(commune: &Commune) -> String {
    format!("/{}/admin/cocreation", commune.slug)
}

pub fn admin_list(
    ctx: &Ctx,
    commune: &Commune,
    rows: &[CallRow],
    now: NaiveDateTime,
    is_admin: bool,
) -> Markup {
    let base = admin_base(commune);
    shell(
        ctx,
        commune,
        "/cocreation",
        html! {
            h2 { (ctx.t("cc-admin-title")) }
            @if is_admin { p { a.button href={ (base) "/new" } { (ctx.t("cc-new-call")) } } }
            @if rows.is_empty() { p.muted { (ctx.t("cc-none")) } }
            @for c in rows {
                div.card { a href={ (base) "/" (c.id) } { strong { (c.title(ctx.lang)) } } " " (badge(ctx, c, now)) }
            }
        },
    )
}

/// A call's values for its form.
pub fn call_values(c: &CallRow) -> CallForm {
    let local = |t: NaiveDateTime| {
        musharaka_cocreation::rules::casablanca_wall_clock(t)
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string()
    };
    CallForm {
        title_ar: c.title_ar.clone(),
        title_fr: c.title_fr.clone(),
        text_ar: c.text_ar.clone(),
        text_fr: c.text_fr.clone(),
        themes: c.themes.clone(),
        envelope: c.envelope().plain(),
        ceiling: c.ceiling().plain(),
        cofinancing_min_percent: c.cofinancing_min_percent.to_string(),
        min_age_years: c.min_age_years.to_string(),
        activity_fields: c.activity_fields.clone(),
        opens_at: local(c.opens_at),
        closes_at: local(c.closes_at),
        tie_break: c.tie_break.clone(),
        spread_threshold: c.spread_threshold.to_string(),
    }
}

fn call_fields(ctx: &Ctx, e: &FieldErrors, f: &CallForm) -> Markup {
    let ties: Vec<(String, String)> = TieBreak::ALL
        .iter()
        .map(|t| (t.key().to_string(), ctx.t(&format!("cc-tie-{}", t.key()))))
        .collect();
    html! {
        (input(ctx, e, "title_ar", "cc-title-ar", &f.title_ar, "text"))
        (input(ctx, e, "title_fr", "cc-title-fr", &f.title_fr, "text"))
        (area(ctx, e, "text_ar", "cc-text-ar", &f.text_ar))
        (area(ctx, e, "text_fr", "cc-text-fr", &f.text_fr))
        (input(ctx, e, "themes", "cc-themes", &f.themes, "text"))
        (input(ctx, e, "envelope", "cc-envelope-mad", &f.envelope, "text"))
        (input(ctx, e, "ceiling", "cc-ceiling-mad", &f.ceiling, "text"))
        (input(ctx, e, "cofinancing_min_percent", "cc-cofinancing", &f.cofinancing_min_percent, "number"))
        (input(ctx, e, "min_age_years", "cc-min-age", &f.min_age_years, "number"))
        (input(ctx, e, "activity_fields", "cc-fields-keywords", &f.activity_fields, "text"))
        (input(ctx, e, "opens_at", "cc-opens-at", &f.opens_at, "datetime-local"))
        (input(ctx, e, "closes_at", "cc-closes-at", &f.closes_at, "datetime-local"))
        (form::select(ctx, e, "tie_break", "cc-tie-break", &ties, &f.tie_break))
        (input(ctx, e, "spread_threshold", "cc-spread-threshold", &f.spread_threshold, "number"))
    }
}

pub fn call_form(
    ctx: &Ctx,
    commune: &Commune,
    action: &str,
    f: &CallForm,
    e: &FieldErrors,
) -> Markup {
    shell(
        ctx,
        commune,
        "/cocreation",
        html! {
            h2 { (ctx.t("cc-call-form")) }
            p.muted { (ctx.t("cc-casablanca-time")) }
            (form::post_form(ctx, e, action, call_fields(ctx, e, f), "admin-save"))
        },
    )
}

/// What the call's back-office page shows: the call, its notes, the ranking once there is
/// one, and whether the viewer is an admin (evaluators see less).
#[derive(Clone, Copy)]
pub struct CallAdmin<'a> {
    pub page: &'a CallPage,
    pub notes: &'a [(NoteRow, Association)],
    pub ranking: Option<&'a Ranking>,
    pub now: NaiveDateTime,
    pub is_admin: bool,
}

/// The call's back-office page: everything about it, the forms of what can be done now.
pub fn call_admin(
    ctx: &Ctx,
    commune: &Commune,
    view: CallAdmin<'_>,
    e: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let CallAdmin {
        page: d,
        notes,
        ranking,
        now,
        is_admin,
    } = view;
    let c = &d.call;
    let base = format!("{}/{}", admin_base(commune), c.id);
    let draft = c.status == CallStatus::Draft;
    let content = html! {
        h2 { (c.title(ctx.lang)) " " (badge(ctx, c, now)) }
        @if !draft { p { a href={ "/" (commune.slug) "/cocreation/" (c.id) } { (ctx.t("cc-public-page")) } } }
        (terms(ctx, c))
        (documents(ctx, &d.documents))
        @if is_admin {
            form.stack method="post" action={ (base) "/documents" } enctype="multipart/form-data" {
                (form::csrf(ctx))
                (form::file(ctx, e, "document", "cc-document", "application/pdf"))
                div { button.secondary type="submit" { (ctx.t("cc-attach")) } }
            }
        }
        @for f in ["publish", "results"] { @if let Some(m) = form::error_for(e, f) { p.error role="alert" { (ctx.t(m)) } } }
        @if draft && is_admin {
            details { summary { (ctx.t("cc-edit-call")) }
                (form::post_form(ctx, e, &base, call_fields(ctx, e, &call_values(c)), "admin-save")) }
        }
        h3 { (ctx.t("cc-grid")) }
        (grid(ctx, &d.criteria))
        @if draft && is_admin {
            (form::post_form(ctx, e, &format!("{base}/criteria"), html! {
                (input(ctx, e, "label_ar", "cc-criterion-ar", "", "text"))
                (input(ctx, e, "label_fr", "cc-criterion-fr", "", "text"))
                (input(ctx, e, "guidance", "cc-guidance", "", "text"))
                (input(ctx, e, "weight", "cc-weight", "1", "number"))
                (input(ctx, e, "max_score", "cc-scale-max", "10", "number"))
            }, "cc-add-criterion"))
            (form::button_post(ctx, &format!("{base}/publish"), "cc-publish", false))
        }
        h3 { (ctx.t("cc-meetings")) }
        @for (m, registered, _) in &d.meetings {
            div.card {
                strong { (when(ctx, m.starts_at)) " – " (when(ctx, m.ends_at)) } " · " (m.place(ctx.lang))
                div.muted { (ctx.ta("cc-registered", &[("count", (*registered).into())])) }
                @if let (Some(a), Some(o)) = (m.attendance, m.organisations_present) {
                    div { (ctx.ta("cc-attendance", &[("people", a.into()), ("organisations", o.into())])) }
                }
                @if is_admin {
                    form.inline method="post" action={ (admin_base(commune)) "/meetings/" (m.id) "/attendance" } {
                        (form::csrf(ctx))
                        label { (ctx.t("cc-attendance-people")) input name="attendance" type="number" min="0"; }
                        label { (ctx.t("cc-attendance-organisations")) input name="organisations" type="number" min="0"; }
                        button.secondary type="submit" { (ctx.t("admin-save")) }
                    }
                }
            }
        }
        @if is_admin {
            details { summary { (ctx.t("cc-add-meeting")) }
                (form::post_form(ctx, e, &format!("{base}/meetings"), html! {
                    (input(ctx, e, "starts_at", "cc-starts-at", "", "datetime-local"))
                    (input(ctx, e, "ends_at", "cc-ends-at", "", "datetime-local"))
                    (input(ctx, e, "place_ar", "cc-place-ar", "", "text"))
                    (input(ctx, e, "place_fr", "cc-place-fr", "", "text"))
                }, "cc-add-meeting")) }
        }
        h3 { (ctx.t("cc-questions")) }
        @for q in &d.questions {
            div.card {
                p { strong { (ctx.t("cc-question")) } " " (q.question) }
                @if let Some(a) = &q.answer { p { strong { (ctx.t("cc-answer")) } " " (a) } }
                @else if is_admin {
                    form.inline method="post" action={ (admin_base(commune)) "/questions/" (q.id) "/answer" } {
                        (form::csrf(ctx))
                        label { (ctx.t("cc-answer")) textarea name="text" rows="2" {} }
                        button type="submit" { (ctx.t("cc-answer-submit")) }
                    }
                }
            }
        }
        h3 { (ctx.t("cc-notes")) }
        @if notes.is_empty() { p.muted { (ctx.t("cc-no-notes")) } }
        @else {
            table {
                (head_row(ctx, &["cc-receipt-number", "cc-note-title", "cc-association", "col-status"]))
                tbody { @for (n, a) in notes { tr {
                    td { (n.receipt_number.clone().unwrap_or_default()) }
                    td { a href={ (admin_base(commune)) "/notes/" (n.id) } { (n.title) } }
                    td { (a.name(ctx.lang)) }
                    td { (ctx.t(&format!("cc-note-status-{}", n.status.key()))) }
                } } }
            }
        }
        @if let Some(r) = ranking { (ranking_table(ctx, commune, r, is_admin && c.status == CallStatus::Published, &base)) }
    };
    shell_with(ctx, commune, "/cocreation", (done, e), content)
}

fn ranking_table(
    ctx: &Ctx,
    commune: &Commune,
    r: &Ranking,
    can_publish: bool,
    base: &str,
) -> Markup {
    html! {
        h3 { (ctx.t("cc-ranking")) }
        p.muted { (ctx.t("cc-ranking-note")) }
        table {
            (head_row(ctx, &["cc-rank", "cc-note-title", "cc-total", "cc-requested", "cc-moderation", "cc-outcome"]))
            tbody { @for x in &r.ranked { tr {
                td { (x.rank) }
                td { a href={ "/" (commune.slug) "/admin/cocreation/notes/" (x.note.id) } { (x.note.title) } }
                td { (x.aggregate.total) " (" (x.aggregate.sheets) ")" }
                td { (mad(ctx, x.requested)) }
                td { @if x.aggregate.flagged { span.badge.error { (ctx.t("cc-spread-flag")) } } @if x.aggregate.incomplete { " " span.badge { (ctx.t("cc-incomplete")) } } }
                td { @if x.outcome == Outcome::Selected { (ctx.t("cc-outcome-selected")) } @else { (ctx.t("cc-outcome-does_not_fit")) } }
            } } }
        }
        p { (ctx.t("cc-remaining")) " " (mad(ctx, r.remaining)) }
        @if r.undecided > 0 { p.muted { (ctx.ta("cc-undecided", &[("count", r.undecided.into())])) } }
        @if can_publish { (form::button_post(ctx, &format!("{base}/results"), "cc-publish-results", false)) }
    }
}

/// The note for evaluators and the admin.
pub fn evaluation(
    ctx: &Ctx,
    commune: &Commune,
    p: &EvaluationPage,
    is_admin: bool,
    e: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let v = &p.view;
    let n = &v.note;
    let base = format!("{}/notes/{}", admin_base(commune), n.id);
    let call_open = v.call.status == CallStatus::Published;
    let content = html! {
        h2 { (n.title) " " span.badge { (ctx.t(&format!("cc-note-status-{}", n.status.key()))) } }
        p { a href={ (admin_base(commune)) "/" (v.call.id) } { (v.call.title(ctx.lang)) } }
        dl {
            dt { (ctx.t("cc-association")) } dd { (v.association.name(ctx.lang)) " — " (v.association.activity_field) }
            dt { (ctx.t("cc-founded")) } dd { (v.association.founded_on) }
            dt { (ctx.t("cc-receipt-number")) } dd { (n.receipt_number.clone().unwrap_or_default()) " · " (n.submitted_at.map(|t| when(ctx, t)).unwrap_or_default()) }
        }
        @let unmet = n.unmet();
        @if !unmet.is_empty() { h3 { (if n.eligibility_at.is_some() { ctx.t("cc-unmet") } else { ctx.t("cc-unmet-automatic") }) } (unmet_list(ctx, &unmet)) }
        (note_texts(ctx, n))
        (budget_table(ctx, v))
        (attachments(ctx, &format!("/{}/cocreation/notes/{}", commune.slug, n.id), v))
        @if call_open && matches!(n.status, NoteStatus::Submitted | NoteStatus::Eligible | NoteStatus::Ineligible) {
            h3 { (ctx.t("cc-checklist")) }
            form.stack method="post" action={ (base) "/eligibility" } {
                (form::csrf(ctx))
                label { input type="checkbox" name="branch_in_commune"; " " (ctx.t("cc-check-branch")) }
                label { input type="checkbox" name="activity_related"; " " (ctx.t("cc-check-activity")) }
                label { input type="checkbox" name="documents_complete"; " " (ctx.t("cc-check-documents")) }
                div { button type="submit" { (ctx.t("cc-decide-eligibility")) } }
            }
        }
        @if p.is_evaluator { (scoring(ctx, p, &base, call_open, e)) }
        @if let Some(others) = &p.others {
            h3 { (ctx.t("cc-other-sheets")) }
            @for s in others {
                div.card { strong { (s.evaluator) } " — "
                    @for k in &p.criteria { (k.label(ctx.lang)) ": " (s.scores.get(&k.id).map(|v| v.to_string()).unwrap_or_else(|| "—".into())) "; " }
                    @if !s.comment.is_empty() { p { (s.comment) } } }
            }
            @if let Some(a) = &p.aggregate {
                p { (ctx.t("cc-total")) " " strong { (a.total) } " (" (a.sheets) ")"
                    @if a.flagged { " " span.badge.error { (ctx.t("cc-spread-flag")) } } }
            }
        } @else if p.is_evaluator && p.conflict.is_none() {
            p.muted { (ctx.t("cc-others-hidden")) }
        }
        @if is_admin && n.status == NoteStatus::Selected {
            h3 { (ctx.t("cc-sign-agreement")) }
            (form::post_form(ctx, e, &format!("{base}/agreement"), html! {
                (input(ctx, e, "signed_on", "cc-signed-on", "", "date"))
                @if let Some(m) = form::error_for(e, "tranches") { p.error { (ctx.t(m)) } }
                @for i in 1..=3 {
                    fieldset { legend { (ctx.t("cc-tranche")) " " (i) }
                        label { (ctx.t("cc-line-amount")) input name="tranche_amount" inputmode="decimal"; }
                        label { (ctx.t("cc-tranche-condition")) input name="tranche_condition"; }
                        label { (ctx.t("cc-report-due")) input name="tranche_due" type="date"; }
                    }
                }
            }, "cc-sign-agreement"))
        }
        (follow_up(ctx, v))
        @if is_admin && v.agreement.is_some() {
            h3 { (ctx.t("cc-new-report")) }
            (report_form(ctx, &format!("{base}/reports"), v, e))
            (form::post_form(ctx, e, &format!("{base}/final"), area(ctx, e, "text", "cc-final-evaluation", ""), "admin-save"))
        }
    };
    shell_with(ctx, commune, "/cocreation", (done, e), content)
}

fn scoring(ctx: &Ctx, p: &EvaluationPage, base: &str, call_open: bool, e: &FieldErrors) -> Markup {
    let submitted = p.mine.as_ref().is_some_and(|m| m.submitted_at.is_some());
    html! {
        h3 { (ctx.t("cc-your-scores")) }
        @match p.conflict {
            Some(ConflictOfInterest::Represents) => p.error { (ctx.t("cc-conflict-represents")) },
            Some(ConflictOfInterest::Declared) => p.error { (ctx.t("cc-conflict-declared")) },
            None => {
                @if let Some(m) = form::error_for(e, "scores") { p.error role="alert" { (ctx.t(m)) } }
                @if submitted {
                    p { (ctx.t("cc-submitted-sheet")) }
                    ul { @for k in &p.criteria { li { (k.label(ctx.lang)) ": " (p.my_scores.get(&k.id).map(|v| v.to_string()).unwrap_or_else(|| "—".into())) } } }
                } @else if call_open && p.view.note.status == NoteStatus::Eligible {
                    form.stack method="post" action={ (base) "/scores" } {
                        (form::csrf(ctx))
                        @for k in &p.criteria {
                            @let name = format!("score_{}", k.id);
                            input type="hidden" name="criterion" value=(k.id);
                            div.field.invalid[form::error_for(e, &name).is_some()] {
                                label for=(name) { (k.label(ctx.lang)) " (0–" (k.max_score) ")" }
                                input id=(name) name="score" type="number" min="0" max=(k.max_score) value=(p.my_scores.get(&k.id).map(|v| v.to_string()).unwrap_or_default());
                                @if !k.guidance.is_empty() { p.muted { (k.guidance) } }
                                @if let Some(m) = form::error_for(e, &name) { p.error { (ctx.t(m)) } }
                            }
                        }
                        label { (ctx.t("cc-comment")) textarea name="comment" rows="3" { (p.mine.as_ref().map(|m| m.comment.clone()).unwrap_or_default()) } }
                        div { button.secondary type="submit" { (ctx.t("cc-save-scores")) } " "
                              button type="submit" name="submit" value="1" { (ctx.t("cc-submit-scores")) } }
                    }
                    (form::button_post(ctx, &format!("{base}/conflict"), "cc-declare-conflict", true))
                }
            }
        }
    }
}
