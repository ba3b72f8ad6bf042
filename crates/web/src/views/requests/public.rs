//! Public pages of access to information, and the requester's own pages.

use super::{checkbox, date, history, keys, options, textarea};
use crate::ctx::Ctx;
use crate::forms::requests::{AppealForm, RequestForm};
use crate::views::form::{self, FieldErrors, Input};
use crate::views::layout::{flash, head_row, render};
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_core::Money;
use musharaka_requests::model::{
    AnswerKind, Exception, IdKind, PreferredForm, PublicationCategory,
};
use musharaka_requests::records::{ComplaintRow, InfoRequestRow, PublicationRow};
use musharaka_requests::rules;
use musharaka_requests::service::{InformationOverview, RequesterView};

pub fn overview(ctx: &Ctx, commune: &Commune, ov: &InformationOverview) -> Markup {
    let title = ctx.t_commune("req-title", commune);
    let base = format!("/{}/information", commune.slug);
    let s = &ov.stats;
    let is_officer = ctx
        .user
        .as_ref()
        .is_some_and(|u| musharaka_requests::service::is_officer(u, commune.id));
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { (ctx.t("req-intro")) }
            p {
                a.button href={ (base) "/new" } { (ctx.t("req-new")) } " "
                a href={ (base) "/publications" } { (ctx.t("req-publications")) } " · "
                a href={ (base) "/mine" } { (ctx.t("req-mine")) } " · "
                a href={ "/" (commune.slug) "/complaints" } { (ctx.t("cmp-title-short")) }
                @if is_officer { " · " a href={ "/" (commune.slug) "/admin/information" } { (ctx.t("req-admin-requests")) } }
            }
            h2 { (ctx.t("req-officers")) }
            @if ov.officers.is_empty() { p.muted { (ctx.t("req-no-officer")) } }
            ul {
                @for o in &ov.officers { li { bdi { (o.name) } " — " a href={ "mailto:" (o.email) } title=(o.email) { (ctx.t("req-field-email")) } } }
            }
            h2 { (ctx.t("req-stats")) }
            div.grid {
                div.card { strong { (s.received) } div { (ctx.t("req-stat-received")) } }
                div.card { strong { (s.answered_on_time) } div { (ctx.t("req-stat-on-time")) } }
                div.card { strong { (s.extended) } div { (ctx.t("req-stat-extended")) } }
                div.card { strong { (s.refused) } div { (ctx.t("req-stat-refused")) } }
                div.card { strong { (s.overdue) } div { (ctx.t("req-stat-overdue")) } }
                div.card { strong { (s.appealed) } div { (ctx.t("req-stat-appealed")) } }
            }
            table {
                (head_row(ctx, &["req-ground", "req-count"]))
                tbody {
                    @for (g, n) in &s.by_ground {
                        tr { td { (ctx.t(&format!("req-ground-{}", g.key()))) } td { (n) } }
                    }
                }
            }
            p { a href={ "/api/v1/communes/" (commune.slug) "/information/stats" } { (ctx.t("req-stats-json")) } }
            h2 { (ctx.t("req-how")) }
            ol {
                li { (ctx.t("req-how-1")) }
                li { (ctx.t("req-how-2")) }
                li { (ctx.t("req-how-3")) }
                li { (ctx.t("req-how-4")) }
            }
        },
    )
}

pub fn publications(ctx: &Ctx, commune: &Commune, rows: &[PublicationRow]) -> Markup {
    let title = ctx.t_commune("req-publications-title", commune);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p.muted { (ctx.t("req-publications-intro")) }
            @if rows.is_empty() { p.muted { (ctx.t("req-none")) } }
            @for cat in PublicationCategory::ALL {
                @let in_cat: Vec<&PublicationRow> = rows.iter().filter(|p| p.category == cat.key()).collect();
                @if !in_cat.is_empty() {
                    h2 { (ctx.t(&format!("req-pubcat-{}", cat.key()))) }
                    ul {
                        @for p in in_cat {
                            li { a href=(p.url) { (p.title) } " — " span.muted { (date(ctx, p.published_on)) } }
                        }
                    }
                }
            }
        },
    )
}

/// The request form's fields (art. 14), online or for staff entry.
pub(crate) fn request_fields(ctx: &Ctx, f: &RequestForm, errors: &FieldErrors) -> Markup {
    let id_kinds = options(ctx, "req-idkind", &keys(IdKind::ALL, IdKind::key));
    let forms = options(
        ctx,
        "req-form",
        &keys(PreferredForm::ALL, PreferredForm::key),
    );
    html! {
        (form::text(ctx, errors, "name", "req-field-name", &f.name, true))
        (form::text(ctx, errors, "address", "req-field-address", &f.address, true))
        (form::select(ctx, errors, "id_kind", "req-field-id-kind", &id_kinds[1..], &f.id_kind))
        (form::input(ctx, errors, Input { name: "id_number", label: "req-field-id-number", value: &f.id_number, kind: "text", required: true }))
        p.muted { (ctx.t("req-id-why")) }
        (form::input(ctx, errors, Input { name: "email", label: "req-field-email", value: &f.email, kind: "email", required: false }))
        (textarea(ctx, errors, "information", "req-field-information", &f.information))
        (form::select(ctx, errors, "preferred_form", "req-field-form", &forms, &f.preferred_form))
        (checkbox(ctx, "urgent", "req-field-urgent", f.urgent.is_some()))
    }
}

pub fn request_form(ctx: &Ctx, commune: &Commune, f: &RequestForm, errors: &FieldErrors) -> Markup {
    let title = ctx.t("req-new");
    let action = format!("/{}/information", commune.slug);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p.muted { (ctx.t("req-new-help")) }
            (form::post_form(ctx, errors, &action, request_fields(ctx, f, errors), "req-submit"))
        },
    )
}

pub fn mine(
    ctx: &Ctx,
    commune: &Commune,
    requests: &[InfoRequestRow],
    complaints: &[ComplaintRow],
) -> Markup {
    let title = ctx.t("req-mine");
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            h2 { (ctx.t("req-title-short")) }
            @if requests.is_empty() { p.muted { (ctx.t("req-none")) } }
            ul {
                @for r in requests {
                    li { a href={ "/" (commune.slug) "/information/requests/" (r.id) } { (r.number) } " — "
                        (ctx.t(&format!("req-status-{}", r.status.key()))) " — " (date(ctx, r.received_on)) }
                }
            }
            h2 { (ctx.t("cmp-title-short")) }
            @if complaints.is_empty() { p.muted { (ctx.t("req-none")) } }
            ul {
                @for c in complaints {
                    li { a href={ "/" (commune.slug) "/complaints/" (c.id) } { (c.number) " — " (c.subject) } " — "
                        (ctx.t(&format!("cmp-status-{}", c.status.key()))) }
                }
            }
        },
    )
}

/// The answer as the requester reads it (arts. 5, 8, 18).
pub(crate) fn answer_block(ctx: &Ctx, r: &InfoRequestRow) -> Markup {
    html! {
        @if let Some(on) = r.answered_on {
            section.card {
                h2 { (ctx.t("req-answer")) " — " (date(ctx, on)) }
                @if let Some(a) = &r.answer { p { (a) } }
                @if let Some(g) = r.ground() {
                    p { strong { (ctx.t("req-ground")) ": " } (ctx.t(&format!("req-ground-{}", g.key()))) }
                }
                @if let Some(e) = r.exception() {
                    p { strong { (ctx.t("req-exception")) ": " } (ctx.t(&format!("req-exception-{}", e.key()))) }
                }
                @if let Some(d) = &r.ground_detail { p { strong { (ctx.t("req-detail")) ": " } (d) } }
                @if let Some(c) = r.costs_centimes { p { strong { (ctx.t("req-costs")) ": " } (Money::from_centimes(c).format(ctx.lang)) } }
                @if matches!(r.answer_kind(), Some(AnswerKind::Refused | AnswerKind::Partial)) {
                    p.flash.warn { (ctx.t("req-right-to-complain")) }
                }
            }
        }
    }
}

pub fn request_page(
    ctx: &Ctx,
    commune: &Commune,
    view: &RequesterView,
    appeal: &AppealForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let r = &view.request;
    let title = ctx.ta("req-request-title", &[("number", r.number.clone().into())]);
    let base = format!("/{}/information/requests/{}", commune.slug, r.id);
    render(
        ctx,
        &title,
        html! {
            (flash(ctx, done))
            h1 { (title) }
            p { span.badge { (ctx.t(&format!("req-status-{}", r.status.key()))) } " "
                a href={ (base) "/receipt" } { (ctx.t("req-receipt")) } }
            dl {
                dt { (ctx.t("req-field-information")) } dd { (r.information) }
                dt { (ctx.t("req-received-on")) } dd { (date(ctx, r.received_on)) }
                dt { (ctx.t("req-due-on")) } dd { (date(ctx, r.due_on)) @if r.urgent { " " span.badge { (ctx.t("req-urgent")) } } }
                @if let (Some(on), Some(reason)) = (r.extended_on, &r.extension_reason) {
                    dt { (ctx.t("req-extended-on")) } dd { (date(ctx, on)) " — " (reason) }
                }
            }
            (answer_block(ctx, r))
            @if let Some(filed) = r.appeal_filed_on {
                section.card {
                    h2 { (ctx.t("req-appeal")) " — " (date(ctx, filed)) }
                    @if let Some(t) = &r.appeal_text { p { (t) } }
                    p { (ctx.ta("req-appeal-due", &[("date", date(ctx, rules::appeal_decision_due(filed)).into())])) }
                    @if let (Some(on), Some(o)) = (r.appeal_decided_on, &r.appeal_outcome) {
                        p { strong { (ctx.t(&format!("req-outcome-{o}"))) } " — " (date(ctx, on)) }
                        @if let Some(t) = &r.appeal_decision { p { (t) } }
                    }
                    @if let Some(until) = view.commission_until {
                        p.flash.warn { (ctx.ta("req-next-steps", &[("date", date(ctx, until).into())])) }
                    }
                }
            }
            @if let Some(until) = view.appeal_until {
                section.card {
                    h2 { (ctx.t("req-appeal")) }
                    p { (ctx.ta("req-appeal-help", &[("date", date(ctx, until).into())])) }
                    (form::post_form(ctx, errors, &format!("{base}/appeal"),
                        textarea(ctx, errors, "appeal", "req-field-appeal", &appeal.appeal), "req-appeal-submit"))
                }
            }
            h2 { (ctx.t("req-history")) }
            (history(ctx, &view.history, "req"))
        },
    )
}

/// The numbered receipt (art. 14): printable.
pub fn receipt(ctx: &Ctx, commune: &Commune, r: &InfoRequestRow) -> Markup {
    let title = ctx.t("req-receipt");
    render(
        ctx,
        &title,
        html! {
            div.card {
                h1 { (ctx.t("req-receipt")) " — " (commune.name(ctx.lang)) }
                dl {
                    dt { (ctx.t("req-number")) } dd { strong { (r.number) } }
                    dt { (ctx.t("req-field-name")) } dd { bdi { (r.requester_name) } }
                    dt { (ctx.t("req-received-on")) } dd { (date(ctx, r.received_on)) }
                    dt { (ctx.t("req-channel")) } dd { (ctx.t(&format!("req-channel-{}", r.channel))) }
                    dt { (ctx.t("req-field-information")) } dd { (r.information) }
                    dt { (ctx.t("req-field-form")) } dd { (ctx.t(&format!("req-form-{}", r.preferred_form))) }
                    dt { (ctx.t("req-due-on")) } dd { (date(ctx, r.due_on)) }
                }
                p.muted { (ctx.t("req-receipt-note")) }
            }
        },
    )
}

/// The exception options of art. 7 (for the officer's answer form).
pub(crate) fn exception_options(ctx: &Ctx) -> Vec<(String, String)> {
    options(ctx, "req-exception", &keys(Exception::ALL, Exception::key))
}
