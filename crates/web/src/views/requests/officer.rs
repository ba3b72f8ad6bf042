//! The information officers' pages: the list with working days left and the staff entry
//! form, a request's page with its answer, extension and appeal forms, the register.

use super::public::{answer_block, exception_options, request_fields};
use super::{date, days_left, history, keys, officer_list, officer_shell, options, textarea};
use crate::ctx::Ctx;
use crate::forms::requests::{ListQuery, Posted, PublicationForm, RequestForm};
use crate::views::form::{self, FieldErrors};
use crate::views::layout::head_row;
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_core::Paged;
use musharaka_requests::model::{
    AnswerKind, AppealOutcome, PublicationCategory, RefusalGround, RequestStatus,
};
use musharaka_requests::records::PublicationRow;
use musharaka_requests::service::{Listed, OfficerView};

pub fn list(
    ctx: &Ctx,
    commune: &Commune,
    rows: &Paged<Listed>,
    q: &ListQuery,
    f: &RequestForm,
    errors: &FieldErrors,
) -> Markup {
    let base = format!("/{}/admin/information", commune.slug);
    let channels = vec![
        ("desk".to_string(), ctx.t("req-channel-desk")),
        ("post".to_string(), ctx.t("req-channel-post")),
    ];
    let table = html! {
        table {
            (head_row(ctx, &["req-number", "req-received-on", "req-due-on", "col-status", "req-days"]))
            tbody {
                @for l in &rows.rows {
                    @let r = &l.request;
                    tr {
                        td { a href={ (base) "/requests/" (r.id) } { (r.number) } @if r.urgent { " " span.badge.error { (ctx.t("req-urgent")) } } }
                        td { (date(ctx, r.received_on)) }
                        td { (date(ctx, r.due_on)) }
                        td { (ctx.t(&format!("req-status-{}", r.status.key()))) }
                        td { @if r.status.is_open() || r.status == RequestStatus::Appealed { (days_left(ctx, l.days_left)) } }
                    }
                }
            }
        }
    };
    let register = form::post_form(
        ctx,
        errors,
        &format!("{base}/requests"),
        html! {
            (form::select(ctx, errors, "channel", "req-channel", &channels, &f.channel))
            (form::date(ctx, errors, "received_on", "req-received-on", &f.received_on, true))
            (request_fields(ctx, f, errors))
        },
        "req-submit",
    );
    let page = (rows.rows.is_empty(), rows.page.number(), rows.has_next);
    officer_list(
        ctx,
        commune,
        ("/information", &base),
        q,
        page,
        table,
        ("req-register", register),
    )
}

pub fn page(
    ctx: &Ctx,
    commune: &Commune,
    v: &OfficerView,
    posted: &Posted,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let r = &v.request;
    let base = format!("/{}/admin/information/requests/{}", commune.slug, r.id);
    let kinds = options(
        ctx,
        "req-answer-kind",
        &keys(AnswerKind::ALL, AnswerKind::key),
    );
    let grounds = options(
        ctx,
        "req-ground",
        &keys(RefusalGround::ALL, RefusalGround::key),
    );
    let outcomes = options(
        ctx,
        "req-outcome",
        &keys(AppealOutcome::ALL, AppealOutcome::key),
    );
    let publications: Vec<String> = v
        .publications
        .iter()
        .map(|p| format!("{} — {}", p.title, p.url))
        .collect();
    officer_shell(
        ctx,
        commune,
        ("/information", done),
        html! {
            h2 { (ctx.ta("req-request-title", &[("number", r.number.clone().into())])) }
            p { span.badge { (ctx.t(&format!("req-status-{}", r.status.key()))) } " "
                @if r.status.is_open() { (days_left(ctx, v.days_left)) } " "
                a href={ "/" (commune.slug) "/information/requests/" (r.id) "/receipt" } { (ctx.t("req-receipt")) } }
            dl {
                dt { (ctx.t("req-field-name")) } dd { bdi { (r.requester_name) } }
                dt { (ctx.t("req-field-address")) } dd { (r.requester_address) }
                dt { (ctx.t("req-field-id-kind")) } dd { (ctx.t(&format!("req-idkind-{}", r.id_kind))) " — " (ctx.t("req-id-protected")) }
                @if let Some(e) = &r.email { dt { (ctx.t("req-field-email")) } dd { bdi { (e) } } }
                dt { (ctx.t("req-channel")) } dd { (ctx.t(&format!("req-channel-{}", r.channel))) }
                dt { (ctx.t("req-field-information")) } dd { (r.information) }
                dt { (ctx.t("req-field-form")) } dd { (ctx.t(&format!("req-form-{}", r.preferred_form))) }
                dt { (ctx.t("req-received-on")) } dd { (date(ctx, r.received_on)) }
                dt { (ctx.t("req-due-on")) } dd { (date(ctx, r.due_on)) @if r.urgent { " " span.badge.error { (ctx.t("req-urgent")) } } }
                @if let (Some(on), Some(reason)) = (r.extended_on, &r.extension_reason) {
                    dt { (ctx.t("req-extended-on")) } dd { (date(ctx, on)) " — " (reason) }
                }
            }
            @if v.same_requester_this_year > 0 {
                p.flash.warn { (ctx.ta("req-same-requester", &[("count", v.same_requester_this_year.into())])) }
            }
            (answer_block(ctx, r))
            @if r.status.is_open() {
                section.card id="answer" {
                    h2 { (ctx.t("req-answer")) }
                    (form::post_form(ctx, errors, &format!("{base}/answer"), html! {
                        (form::select(ctx, errors, "kind", "req-answer-kind", &kinds, &posted.answer.kind))
                        (textarea(ctx, errors, "text", "req-field-answer", &posted.answer.text))
                        (form::select(ctx, errors, "ground", "req-ground", &grounds, &posted.answer.ground))
                        (form::select(ctx, errors, "exception", "req-exception", &exception_options(ctx), &posted.answer.exception))
                        (textarea(ctx, errors, "detail", "req-field-detail", &posted.answer.detail))
                        @if !publications.is_empty() {
                            details { summary { (ctx.t("req-publications")) } ul { @for p in &publications { li { (p) } } } }
                        }
                        (form::text(ctx, errors, "costs", "req-field-costs", &posted.answer.costs, false))
                        p.muted { (ctx.t("req-costs-help")) }
                    }, "req-answer-submit"))
                }
            }
            @if r.status.is_open() {
                section.card id="extend" {
                    h2 { (ctx.t("req-extend")) }
                    p.muted { (ctx.ta("req-extend-help", &[("date", date(ctx, r.first_due_on).into())])) }
                    (form::post_form(ctx, errors, &format!("{base}/extend"),
                        textarea(ctx, errors, "reason", "req-field-reason", &posted.extend.reason), "req-extend-submit"))
                }
            }
            @if r.account_id.is_none() && matches!(r.status, RequestStatus::Received | RequestStatus::Extended | RequestStatus::Partial | RequestStatus::Refused) {
            section.card id="paper-appeal" {
                h2 { (ctx.t("req-appeal-paper")) }
                (form::post_form(ctx, errors, &format!("{base}/appeal"), html! {
                    (form::date(ctx, errors, "received_on", "req-received-on", &posted.appeal.received_on, true))
                    (textarea(ctx, errors, "appeal", "req-field-appeal", &posted.appeal.appeal))
                }, "req-appeal-submit"))
            }
        }
        @if r.status == RequestStatus::Appealed {
                section.card id="appeal" {
                    h2 { (ctx.t("req-appeal")) }
                    @if let Some(t) = &r.appeal_text { p { (t) } }
                    @if v.may_decide_appeal {
                        (form::post_form(ctx, errors, &format!("{base}/decide"), html! {
                            (form::select(ctx, errors, "outcome", "req-outcome", &outcomes, &posted.decide.outcome))
                            (textarea(ctx, errors, "decision", "req-field-decision", &posted.decide.decision))
                        }, "req-decide-submit"))
                    } @else {
                        p.muted { (ctx.t("req-head-decides")) }
                    }
                }
            }
            h2 { (ctx.t("req-history")) }
            (history(ctx, &v.history, "req"))
        },
    )
}

pub fn publications(
    ctx: &Ctx,
    commune: &Commune,
    rows: &[PublicationRow],
    f: &PublicationForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let cats = options(
        ctx,
        "req-pubcat",
        &keys(PublicationCategory::ALL, PublicationCategory::key),
    );
    officer_shell(
        ctx,
        commune,
        ("/information/publications", done),
        html! {
            table {
                (head_row(ctx, &["req-field-category", "req-field-title", "req-field-published-on"]))
                tbody {
                    @for p in rows {
                        tr { td { (ctx.t(&format!("req-pubcat-{}", p.category))) } td { a href=(p.url) { (p.title) } } td { (date(ctx, p.published_on)) } }
                    }
                }
            }
            h2 { (ctx.t("req-publication-add")) }
            (form::post_form(ctx, errors, &format!("/{}/admin/information/publications", commune.slug), html! {
                (form::select(ctx, errors, "category", "req-field-category", &cats, &f.category))
                (form::text(ctx, errors, "title", "req-field-title", &f.title, true))
                (form::text(ctx, errors, "url", "req-field-url", &f.url, true))
                (form::date(ctx, errors, "published_on", "req-field-published-on", &f.published_on, true))
            }, "req-submit"))
        },
    )
}
