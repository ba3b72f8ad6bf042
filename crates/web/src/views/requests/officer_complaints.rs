//! Complaints in the back office: the list with their clocks and the desk entry form, and
//! a complaint's page (acknowledge, route, note, answer).

use super::complaints::fields;
use super::{date, history, officer_list, officer_shell, textarea};
use crate::ctx::Ctx;
use crate::forms::requests::{ActForm, ComplaintForm, ListQuery};
use crate::views::form::{self, csrf, FieldErrors};
use crate::views::layout::head_row;
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_core::Paged;
use musharaka_requests::model::ComplaintStatus;
use musharaka_requests::records::ComplaintRow;
use musharaka_requests::rules;
use musharaka_requests::service::ComplaintView;

fn late(ctx: &Ctx, c: &ComplaintRow, today: chrono::NaiveDate) -> Markup {
    html! { @if rules::complaint_overdue(&c.facts(), today) { span.badge.error { (ctx.t("cmp-overdue")) } } }
}

pub fn list(
    ctx: &Ctx,
    commune: &Commune,
    rows: &Paged<ComplaintRow>,
    q: &ListQuery,
    f: &ComplaintForm,
    errors: &FieldErrors,
    today: chrono::NaiveDate,
) -> Markup {
    let base = format!("/{}/admin/complaints", commune.slug);
    let table = html! {
        table {
            (head_row(ctx, &["req-number", "cmp-field-kind", "cmp-field-category", "cmp-field-district", "req-received-on", "cmp-ack-by", "cmp-answer-by", "col-status"]))
            tbody {
                @for c in &rows.rows {
                    tr {
                        td { a href={ (base) "/" (c.id) } { (c.number) } }
                        td { (ctx.t(&format!("cmp-kind-{}", c.kind))) }
                        td { (ctx.t(&format!("cmp-cat-{}", c.category))) }
                        td { @if let Some(d) = &c.district { bdi { (d) } } }
                        td { (date(ctx, c.received_on)) }
                        td { (date(ctx, c.ack_due_on)) }
                        td { (date(ctx, c.answer_due_on)) }
                        td { (ctx.t(&format!("cmp-status-{}", c.status.key()))) " " (late(ctx, c, today)) }
                    }
                }
            }
        }
    };
    let register = form::post_form(
        ctx,
        errors,
        &base,
        html! {
            (form::text(ctx, errors, "desk", "cmp-field-desk", &f.desk, false))
            (form::date(ctx, errors, "received_on", "req-received-on", &f.received_on, true))
            (fields(ctx, f, errors, true))
        },
        "req-submit",
    );
    let page = (rows.rows.is_empty(), rows.page.number(), rows.has_next);
    officer_list(
        ctx,
        commune,
        ("/complaints", &base),
        q,
        page,
        table,
        ("cmp-register", register),
    )
}

/// One action form of a complaint's page: its hidden `action` and, unless `ack`, a text.
fn act(
    ctx: &Ctx,
    action: &str,
    base: &str,
    label: &str,
    field: &str,
    posted: &ActForm,
    errors: &FieldErrors,
) -> Markup {
    let value = if posted.action == action {
        posted.text.as_str()
    } else {
        ""
    };
    html! {
        form.stack method="post" action={ (base) "/act" } novalidate {
            (csrf(ctx))
            input type="hidden" name="action" value=(action);
            @if action != "ack" {
                @let e: FieldErrors = errors.iter().filter(|(f, _)| f == field).map(|(_, m)| ("text".to_string(), m.clone())).collect();
                (textarea(ctx, &e, "text", label, value))
            }
            div { button type="submit" { (ctx.t(label)) } }
        }
    }
}

pub fn page(
    ctx: &Ctx,
    commune: &Commune,
    v: &ComplaintView,
    posted: &ActForm,
    errors: &FieldErrors,
    done: Option<&str>,
    today: chrono::NaiveDate,
) -> Markup {
    let c = &v.complaint;
    let base = format!("/{}/admin/complaints/{}", commune.slug, c.id);
    officer_shell(
        ctx,
        commune,
        ("/complaints", done),
        html! {
            (form::summary(ctx, errors))
            h2 { (ctx.ta("cmp-page-title", &[("number", c.number.clone().into())])) }
            p { span.badge { (ctx.t(&format!("cmp-status-{}", c.status.key()))) } " " (late(ctx, c, today)) }
            dl {
                dt { (ctx.t("cmp-field-kind")) } dd { (ctx.t(&format!("cmp-kind-{}", c.kind))) }
                dt { (ctx.t("cmp-field-category")) } dd { (ctx.t(&format!("cmp-cat-{}", c.category))) }
                dt { (ctx.t("cmp-field-subject")) } dd { (c.subject) }
                dt { (ctx.t("cmp-field-body")) } dd { (c.body) }
                @if let Some(d) = &c.district { dt { (ctx.t("cmp-field-district")) } dd { bdi { (d) } } }
                @if let Some(a) = &c.address { dt { (ctx.t("cmp-field-address")) } dd { (a) } }
                @if let Some(d) = &c.desk { dt { (ctx.t("cmp-field-desk")) } dd { (d) } }
                dt { (ctx.t("cmp-field-name")) } dd { @if c.anonymous { (ctx.t("cmp-anonymous")) } @else { bdi { (c.filer_name.clone().unwrap_or_default()) } } }
                @if let Some(e) = &c.filer_email { dt { (ctx.t("req-field-email")) } dd { bdi { (e) } } }
                dt { (ctx.t("req-received-on")) } dd { (date(ctx, c.received_on)) }
                dt { (ctx.t("cmp-ack-by")) } dd { (date(ctx, c.ack_due_on)) @if let Some(a) = c.acknowledged_on { " — " (ctx.t("cmp-status-acknowledged")) " " (date(ctx, a)) } }
                dt { (ctx.t("cmp-answer-by")) } dd { (date(ctx, c.answer_due_on)) }
                @if let Some(s) = &c.service { dt { (ctx.t("cmp-service")) } dd { (s) } }
                @if let Some(s) = &c.satisfaction { dt { (ctx.t("cmp-rate")) } dd { (ctx.t(&format!("cmp-sat-{s}"))) @if let Some(n) = &c.satisfaction_note { " — " (n) } } }
            }
            @if let (Some(on), Some(a)) = (c.answered_on, &c.answer) {
                section.card { h2 { (ctx.t("req-answer")) " — " (date(ctx, on)) } p { (a) } }
            }
            div.grid {
                @if c.status == ComplaintStatus::Received { div.card { (act(ctx, "ack", &base, "cmp-acknowledge", "", posted, errors)) } }
                @if c.status != ComplaintStatus::Answered {
                    div.card { (act(ctx, "route", &base, "cmp-route", "service", posted, errors)) }
                    div.card { (act(ctx, "answer", &base, "cmp-answer", "answer", posted, errors)) }
                }
                div.card { (act(ctx, "note", &base, "cmp-note", "note", posted, errors)) }
            }
            h2 { (ctx.t("req-history")) }
            (history(ctx, &v.history, "cmp"))
        },
    )
}
