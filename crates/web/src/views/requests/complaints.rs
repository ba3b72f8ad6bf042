//! Public pages of complaints, observations and suggestions: the dashboard (no personal
//! data), the form, the receipt shown once filed, the filer's page.

use super::{checkbox, date, history, keys, options, textarea};
use crate::ctx::Ctx;
use crate::forms::requests::ComplaintForm;
use crate::views::form::{self, FieldErrors, Input};
use crate::views::layout::{flash, head_row, render};
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_requests::model::{Category, ComplaintKind, Satisfaction};
use musharaka_requests::records::ComplaintRow;
use musharaka_requests::rules::Dashboard;
use musharaka_requests::service::ComplaintView;

fn kinds(ctx: &Ctx) -> Vec<(String, String)> {
    options(
        ctx,
        "cmp-kind",
        &keys(ComplaintKind::ALL, ComplaintKind::key),
    )
}

fn categories(ctx: &Ctx) -> Vec<(String, String)> {
    options(ctx, "cmp-cat", &keys(Category::ALL, Category::key))
}

pub fn dashboard(ctx: &Ctx, commune: &Commune, d: &Dashboard) -> Markup {
    let title = ctx.t_commune("cmp-title", commune);
    let dash = |v: Option<u32>| v.map_or_else(|| "—".to_string(), |n| n.to_string());
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { (ctx.t("cmp-intro")) }
            p { a.button href={ "/" (commune.slug) "/complaints/new" } { (ctx.t("cmp-new")) } " "
                a href={ "/" (commune.slug) "/information/mine" } { (ctx.t("req-mine")) } }
            div.grid {
                div.card { strong { (d.total) } div { (ctx.t("cmp-stat-total")) } }
                div.card { strong { (d.answered) } div { (ctx.t("cmp-stat-answered")) } }
                div.card { strong { (dash(d.on_time_percent)) "%" } div { (ctx.t("cmp-stat-on-time")) } }
                div.card { strong { (d.overdue) } div { (ctx.t("cmp-stat-overdue")) } }
                div.card { strong { (dash(d.average_ack_days)) } div { (ctx.t("cmp-stat-ack-days")) } }
                div.card { strong { (dash(d.average_answer_days)) } div { (ctx.t("cmp-stat-answer-days")) } }
            }
            h2 { (ctx.t("cmp-by-kind")) }
            table { (head_row(ctx, &["cmp-field-kind", "req-count"]))
                tbody { @for (k, n) in &d.by_kind { tr { td { (ctx.t(&format!("cmp-kind-{}", k.key()))) } td { (n) } } } } }
            h2 { (ctx.t("cmp-by-category")) }
            table { (head_row(ctx, &["cmp-field-category", "req-count"]))
                tbody { @for (k, n) in &d.by_category { tr { td { (ctx.t(&format!("cmp-cat-{}", k.key()))) } td { (n) } } } } }
            h2 { (ctx.t("cmp-by-district")) }
            table { (head_row(ctx, &["cmp-field-district", "req-count"]))
                tbody { @for (k, n) in &d.by_district { tr { td { @match k { Some(k) => { bdi { (k) } } None => { (ctx.t("cmp-no-district")) } } } td { (n) } } } } }
            h2 { (ctx.t("cmp-by-month")) }
            table { (head_row(ctx, &["cmp-month", "cmp-received", "cmp-answered"]))
                tbody { @for (y, m, r, a) in &d.by_month { tr { td { (ctx.t(&format!("month-{m}"))) " " (y) } td { (r) } td { (a) } } } } }
            p { a href={ "/api/v1/communes/" (commune.slug) "/complaints/dashboard" } { (ctx.t("req-stats-json")) } }
        },
    )
}

/// The form's fields (also the staff entry's).
pub(crate) fn fields(ctx: &Ctx, f: &ComplaintForm, errors: &FieldErrors, staff: bool) -> Markup {
    let signed_in = ctx.user.is_some();
    html! {
        (form::select(ctx, errors, "kind", "cmp-field-kind", &kinds(ctx), &f.kind))
        (form::select(ctx, errors, "category", "cmp-field-category", &categories(ctx), &f.category))
        (form::text(ctx, errors, "subject", "cmp-field-subject", &f.subject, true))
        (textarea(ctx, errors, "body", "cmp-field-body", &f.body))
        (form::text(ctx, errors, "district", "cmp-field-district", &f.district, false))
        (form::text(ctx, errors, "address", "cmp-field-address", &f.address, false))
        @if staff || !signed_in {
            (form::text(ctx, errors, "name", "cmp-field-name", &f.name, false))
            (form::input(ctx, errors, Input { name: "email", label: "req-field-email", value: &f.email, kind: "email", required: false }))
        }
        (checkbox(ctx, "anonymous", "cmp-field-anonymous", f.anonymous.is_some()))
        @if let Some(m) = form::error_for(errors, "anonymous") { p.error { (ctx.t(m)) } }
        p.muted { (ctx.t("cmp-anonymous-help")) }
    }
}

pub fn form(ctx: &Ctx, commune: &Commune, f: &ComplaintForm, errors: &FieldErrors) -> Markup {
    let title = ctx.t("cmp-new");
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            @if ctx.user.is_none() { p.flash.warn { (ctx.t("cmp-sign-in-for-complaint")) } }
            (form::post_form(ctx, errors, &format!("/{}/complaints", commune.slug), fields(ctx, f, errors, false), "req-submit"))
        },
    )
}

/// The receipt shown once filed (printable).
pub fn filed(ctx: &Ctx, commune: &Commune, c: &ComplaintRow) -> Markup {
    let title = ctx.t("cmp-receipt");
    render(
        ctx,
        &title,
        html! {
            div.card {
                h1 { (title) " — " (commune.name(ctx.lang)) }
                dl {
                    dt { (ctx.t("req-number")) } dd { strong { (c.number) } }
                    dt { (ctx.t("cmp-field-kind")) } dd { (ctx.t(&format!("cmp-kind-{}", c.kind))) }
                    dt { (ctx.t("cmp-field-subject")) } dd { (c.subject) }
                    dt { (ctx.t("req-received-on")) } dd { (date(ctx, c.received_on)) }
                    dt { (ctx.t("cmp-ack-by")) } dd { (date(ctx, c.ack_due_on)) }
                    dt { (ctx.t("cmp-answer-by")) } dd { (date(ctx, c.answer_due_on)) }
                }
                @if c.account_id.is_some() { p { a href={ "/" (commune.slug) "/complaints/" (c.id) } { (ctx.t("cmp-follow")) } } }
            }
        },
    )
}

pub fn filer_page(
    ctx: &Ctx,
    commune: &Commune,
    v: &ComplaintView,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let c = &v.complaint;
    let title = ctx.ta("cmp-page-title", &[("number", c.number.clone().into())]);
    let sats = options(ctx, "cmp-sat", &keys(Satisfaction::ALL, Satisfaction::key));
    render(
        ctx,
        &title,
        html! {
            (flash(ctx, done))
            h1 { (title) }
            p { span.badge { (ctx.t(&format!("cmp-status-{}", c.status.key()))) } }
            dl {
                dt { (ctx.t("cmp-field-subject")) } dd { (c.subject) }
                dt { (ctx.t("cmp-field-body")) } dd { (c.body) }
                dt { (ctx.t("req-received-on")) } dd { (date(ctx, c.received_on)) }
                dt { (ctx.t("cmp-answer-by")) } dd { (date(ctx, c.answer_due_on)) }
            }
            @if let (Some(on), Some(a)) = (c.answered_on, &c.answer) {
                section.card { h2 { (ctx.t("req-answer")) " — " (date(ctx, on)) } p { (a) } }
                @if let Some(s) = &c.satisfaction {
                    p { (ctx.t("cmp-your-rating")) ": " (ctx.t(&format!("cmp-sat-{s}"))) }
                } @else {
                    section.card {
                        h2 { (ctx.t("cmp-rate")) }
                        (form::post_form(ctx, errors, &format!("/{}/complaints/{}/satisfaction", commune.slug, c.id), html! {
                            (form::select(ctx, errors, "satisfaction", "cmp-rate", &sats, ""))
                            (textarea(ctx, errors, "note", "cmp-field-note", ""))
                        }, "req-submit"))
                    }
                }
            }
            h2 { (ctx.t("req-history")) }
            (history(ctx, &v.history, "cmp"))
        },
    )
}
