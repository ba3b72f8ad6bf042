//! The association's side: the concept note's form, its page (status, unmet conditions,
//! result, agreement, reports), the printable receipt and the list of its notes.

use super::{area, input, mad, when};
use crate::ctx::Ctx;
use crate::forms::cocreation::NoteForm;
use crate::views::form::{self, FieldErrors};
use crate::views::layout::{flash, head_row, render};
use maud::{html, Markup};
use musharaka_cocreation::records::{CallRow, NoteRow};
use musharaka_cocreation::service::NoteView;
use musharaka_cocreation::{Condition, NoteStatus};
use musharaka_communes::Commune;
use musharaka_core::Money;

/// How many budget rows the form offers.
const LINE_ROWS: usize = 6;

/// The form's values from a saved note.
pub fn note_values(v: &NoteView) -> NoteForm {
    let n = &v.note;
    NoteForm {
        title: n.title.clone(),
        problem: n.problem.clone(),
        objectives: n.objectives.clone(),
        beneficiaries: n.beneficiaries.to_string(),
        women_percent: n.women_percent.to_string(),
        youth_percent: n.youth_percent.to_string(),
        activities: n.activities.clone(),
        calendar: n.calendar.clone(),
        partners: n.partners.clone(),
        line_label: v.lines.iter().map(|l| l.label.clone()).collect(),
        line_amount: v
            .lines
            .iter()
            .map(|l| Money::from_centimes(l.amount_centimes).plain())
            .collect(),
        line_cofinancing: v
            .lines
            .iter()
            .map(|l| Money::from_centimes(l.cofinancing_centimes).plain())
            .collect(),
    }
}

fn fields(ctx: &Ctx, e: &FieldErrors, f: &NoteForm) -> Markup {
    let cell = |v: &Vec<String>, i: usize| v.get(i).cloned().unwrap_or_default();
    html! {
        (input(ctx, e, "title", "cc-note-title", &f.title, "text"))
        (area(ctx, e, "problem", "cc-problem", &f.problem))
        (area(ctx, e, "objectives", "cc-objectives", &f.objectives))
        (input(ctx, e, "beneficiaries", "cc-beneficiaries", &f.beneficiaries, "number"))
        (input(ctx, e, "women_percent", "cc-women-percent", &f.women_percent, "number"))
        (input(ctx, e, "youth_percent", "cc-youth-percent", &f.youth_percent, "number"))
        (area(ctx, e, "activities", "cc-activities", &f.activities))
        (area(ctx, e, "calendar", "cc-calendar", &f.calendar))
        (area(ctx, e, "partners", "cc-partners", &f.partners))
        fieldset {
            legend { (ctx.t("cc-budget-lines")) }
            @if let Some(m) = form::error_for(e, "lines") { p.error id="lines-error" { (ctx.t(m)) } }
            table {
                (head_row(ctx, &["cc-line-label", "cc-line-amount", "cc-line-cofinancing"]))
                tbody { @for i in 0..LINE_ROWS.max(f.line_label.len()) { tr {
                    td { input name="line_label" aria-label=(ctx.t("cc-line-label")) value=(cell(&f.line_label, i)); }
                    td { input name="line_amount" inputmode="decimal" aria-label=(ctx.t("cc-line-amount")) value=(cell(&f.line_amount, i)); }
                    td { input name="line_cofinancing" inputmode="decimal" aria-label=(ctx.t("cc-line-cofinancing")) value=(cell(&f.line_cofinancing, i)); }
                } } }
            }
        }
    }
}

/// A new concept note on `call`.
pub fn new_note(
    ctx: &Ctx,
    commune: &Commune,
    call: &CallRow,
    f: &NoteForm,
    e: &FieldErrors,
) -> Markup {
    let title = ctx.t("cc-new-note");
    let action = format!("/{}/cocreation/{}/notes", commune.slug, call.id);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { a href={ "/" (commune.slug) "/cocreation/" (call.id) } { (call.title(ctx.lang)) } }
            p.muted { (ctx.ta("cc-closes", &[("at", when(ctx, call.closes_at).into())])) }
            (form::post_form(ctx, e, &action, fields(ctx, e, f), "cc-save-draft"))
        },
    )
}

/// A note's private attachments, linked for its representative and the staff.
pub(crate) fn attachments(ctx: &Ctx, note_base: &str, v: &NoteView) -> Markup {
    html! {
        @if !v.attachments.is_empty() {
            h2 { (ctx.t("cc-attachments")) }
            ul { @for (id, name) in &v.attachments { li { a href={ (note_base) "/attachments/" (id) } { (name) } } } }
        }
    }
}

pub(crate) fn unmet_list(ctx: &Ctx, unmet: &[Condition]) -> Markup {
    html! {
        ul { @for c in unmet { li { (ctx.t(&format!("cc-cond-{}", c.key()))) } } }
    }
}

pub(crate) fn budget_table(ctx: &Ctx, v: &NoteView) -> Markup {
    html! {
        table {
            (head_row(ctx, &["cc-line-label", "cc-line-amount", "cc-line-cofinancing", "cc-spent"]))
            tbody { @for l in &v.lines { tr {
                td { (l.label) }
                td { (mad(ctx, Money::from_centimes(l.amount_centimes))) }
                td { (mad(ctx, Money::from_centimes(l.cofinancing_centimes))) }
                td { (v.spent.iter().find(|(id, _)| *id == l.id).map(|(_, s)| mad(ctx, *s)).unwrap_or_else(|| "—".into())) }
            } } }
        }
        p { (ctx.t("cc-cost")) " " (mad(ctx, v.budget.cost)) " · " (ctx.t("cc-cofinanced")) " " (mad(ctx, v.budget.cofinancing)) " · " strong { (ctx.t("cc-requested")) " " (mad(ctx, v.budget.requested)) } }
    }
}

/// The texts of a submitted note.
pub(crate) fn note_texts(ctx: &Ctx, n: &NoteRow) -> Markup {
    html! {
        dl {
            dt { (ctx.t("cc-problem")) } dd { (n.problem) }
            dt { (ctx.t("cc-objectives")) } dd { (n.objectives) }
            dt { (ctx.t("cc-beneficiaries")) } dd { (n.beneficiaries) " (" (ctx.t("cc-women-percent")) " " (n.women_percent) " %, " (ctx.t("cc-youth-percent")) " " (n.youth_percent) " %)" }
            dt { (ctx.t("cc-activities")) } dd { (n.activities) }
            dt { (ctx.t("cc-calendar")) } dd { (n.calendar) }
            dt { (ctx.t("cc-partners")) } dd { (n.partners) }
        }
    }
}

/// The follow-up of an agreed project: tranches, reports.
pub(crate) fn follow_up(ctx: &Ctx, v: &NoteView) -> Markup {
    html! {
        @if let Some(a) = &v.agreement {
            h2 { (ctx.t("cc-agreement")) }
            p { (ctx.t("cc-grant")) " " strong { (mad(ctx, Money::from_centimes(a.grant_centimes))) } " · " (ctx.t("cc-signed-on")) " " (a.signed_on) }
            table {
                (head_row(ctx, &["cc-tranche", "cc-line-amount", "cc-tranche-condition", "cc-report-due"]))
                tbody { @for t in &v.tranches { tr { td { (t.position) } td { (mad(ctx, Money::from_centimes(t.amount_centimes))) } td { (t.condition_text) } td { (t.report_due_on) } } } }
            }
            h2 { (ctx.t("cc-reports")) }
            @if v.reports.is_empty() { p.muted { (ctx.t("cc-no-reports")) } }
            @for r in &v.reports {
                div.card { div.muted { (when(ctx, r.created_at)) " · " (ctx.t(&format!("cc-side-{}", r.side))) } p { (r.narrative) } }
            }
            @if let Some(f) = &a.final_evaluation { h2 { (ctx.t("cc-final-evaluation")) } p { (f) } }
        }
    }
}

/// The report form (spending per budget line).
pub(crate) fn report_form(ctx: &Ctx, action: &str, v: &NoteView, e: &FieldErrors) -> Markup {
    form::post_form(
        ctx,
        e,
        action,
        html! {
            (area(ctx, e, "narrative", "cc-report-narrative", ""))
            @if let Some(m) = form::error_for(e, "spent") { p.error { (ctx.t(m)) } }
            @for l in &v.lines {
                input type="hidden" name="line_id" value=(l.id);
                div.field { label { (ctx.ta("cc-spent-on", &[("line", l.label.clone().into())])) input name="spent" inputmode="decimal"; } }
            }
        },
        "cc-report-submit",
    )
}

pub fn note_page(
    ctx: &Ctx,
    commune: &Commune,
    v: &NoteView,
    f: Option<&NoteForm>,
    e: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let n = &v.note;
    let base = format!("/{}/cocreation/notes/{}", commune.slug, n.id);
    render(
        ctx,
        &n.title,
        html! {
            (flash(ctx, done))
            h1 { (n.title) " " span.badge { (ctx.t(&format!("cc-note-status-{}", n.status.key()))) } }
            p { a href={ "/" (commune.slug) "/cocreation/" (v.call.id) } { (v.call.title(ctx.lang)) } " · " (v.association.name(ctx.lang)) }
            (attachments(ctx, &base, v))
            @if n.status == NoteStatus::Draft {
                p.muted { (ctx.ta("cc-closes", &[("at", when(ctx, v.call.closes_at).into())])) }
                @if let Some(f) = f { (form::post_form(ctx, e, &base, fields(ctx, e, f), "cc-save-draft")) }
                form.stack method="post" action={ (base) "/attachments" } enctype="multipart/form-data" {
                    (crate::views::form::csrf(ctx))
                    (form::file(ctx, e, "attachment", "cc-attachment", "application/pdf,image/png,image/jpeg"))
                    div { button.secondary type="submit" { (ctx.t("cc-attach")) } }
                }
                @if let Some(m) = form::error_for(e, "submit") { p.error.flash role="alert" { (ctx.t(m)) } }
                (form::button_post(ctx, &format!("{base}/submit"), "cc-submit-note", false))
            } @else {
                @if let Some(r) = &n.receipt_number {
                    p { (ctx.t("cc-receipt-number")) " " strong { (r) } " · " a href={ (base) "/receipt" } { (ctx.t("cc-receipt")) } }
                }
                @let unmet = n.unmet();
                @if !unmet.is_empty() {
                    h2 { (if n.eligibility_at.is_some() { ctx.t("cc-unmet") } else { ctx.t("cc-unmet-automatic") }) }
                    (unmet_list(ctx, &unmet))
                }
                @if let Some(reason) = &n.decision_reason {
                    h2 { (ctx.t("cc-result")) }
                    p { (ctx.t(&format!("cc-reason-{reason}"))) }
                    @if let (Some(rank), Some(total)) = (n.rank, &n.total_score) { p { (ctx.t("cc-rank")) " " (rank) " · " (ctx.t("cc-total")) " " (total) } }
                    @if let Some(g) = n.granted() { p { (ctx.t("cc-grant")) " " strong { (mad(ctx, g)) } } }
                }
                (note_texts(ctx, n))
                (budget_table(ctx, v))
                (follow_up(ctx, v))
                @if v.agreement.is_some() { h3 { (ctx.t("cc-new-report")) } (report_form(ctx, &format!("{base}/reports"), v, e)) }
            }
        },
    )
}

/// The printable receipt of a submitted note.
pub fn receipt(ctx: &Ctx, commune: &Commune, v: &NoteView) -> Markup {
    let n = &v.note;
    render(
        ctx,
        &ctx.t("cc-receipt"),
        html! {
            div.card {
                h1 { (ctx.t("cc-receipt")) " — " (commune.name(ctx.lang)) }
                dl {
                    dt { (ctx.t("cc-receipt-number")) } dd { strong { (n.receipt_number.clone().unwrap_or_default()) } }
                    dt { (ctx.t("cc-submitted-at")) } dd { (n.submitted_at.map(|t| when(ctx, t)).unwrap_or_default()) }
                    dt { (ctx.t("cc-call")) } dd { (v.call.title(ctx.lang)) }
                    dt { (ctx.t("cc-association")) } dd { (v.association.name(ctx.lang)) }
                    dt { (ctx.t("cc-note-title")) } dd { (n.title) }
                    dt { (ctx.t("cc-requested")) } dd { (mad(ctx, v.budget.requested)) }
                }
                p.muted { (ctx.t("cc-receipt-note")) }
            }
        },
    )
}

pub fn mine(ctx: &Ctx, commune: &Commune, rows: &[NoteRow]) -> Markup {
    let title = ctx.t("cc-mine");
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            @if rows.is_empty() { p.muted { (ctx.t("cc-no-notes")) } }
            @for n in rows {
                div.card {
                    a href={ "/" (commune.slug) "/cocreation/notes/" (n.id) } { strong { (n.title) } }
                    " " span.badge { (ctx.t(&format!("cc-note-status-{}", n.status.key()))) }
                }
            }
        },
    )
}
