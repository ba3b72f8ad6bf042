//! Account pages: registration, login, password reset, profile, association.

use crate::ctx::Ctx;
use crate::forms::account::RegisterForm;
use crate::uploads::MultipartForm;
use crate::views::form::{self, csrf, FieldErrors, Input};
use crate::views::layout::{flash, render, titled};
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_core::{ErrorKind, Lang};
use musharaka_identity::{Association, AssociationStatus, Permissions};

fn commune_options(ctx: &Ctx, communes: &[Commune], with_none: bool) -> Vec<(String, String)> {
    let mut v = Vec::new();
    if with_none {
        v.push((String::new(), ctx.t("field-none")));
    }
    v.extend(
        communes
            .iter()
            .map(|c| (c.id.to_string(), c.name(ctx.lang).to_string())),
    );
    v
}

fn lang_options() -> Vec<(String, String)> {
    Lang::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_string(),
                crate::state::i18n().t(*l, "lang-name", &[]),
            )
        })
        .collect()
}

pub fn register(ctx: &Ctx, communes: &[Commune], f: &RegisterForm, errors: &FieldErrors) -> Markup {
    titled(
        ctx,
        "register-title",
        html! {
            p.muted { (ctx.t("register-intro")) }
            (form::post_form(ctx, errors, "/register", html! {
                (form::text(ctx, errors, "name", "field-name", &f.name, true))
                (form::input(ctx, errors, Input { name: "email", label: "field-email-label", value: &f.email, kind: "email", required: true }))
                (form::input(ctx, errors, Input { name: "password", label: "field-password", value: "", kind: "password", required: true }))
                p.hint.muted { (ctx.t("field-password-hint")) }
                (form::select(ctx, errors, "commune", "field-commune", &commune_options(ctx, communes, true), &f.commune))
                (form::select(ctx, errors, "lang", "field-lang", &lang_options(), &f.lang))
            }, "register-submit"))
            p { a href="/login" { (ctx.t("nav-login")) } }
        },
    )
}

pub fn register_done(ctx: &Ctx, email: &str) -> Markup {
    titled(
        ctx,
        "register-done-title",
        html! {
            p.flash.ok role="status" { (ctx.ta("register-done", &[("email", email.into())])) }
        },
    )
}

pub fn login(ctx: &Ctx, email: &str, next: &str, error: Option<ErrorKind>) -> Markup {
    titled(
        ctx,
        "login-title",
        html! {
            @if let Some(kind) = error {
                p.flash.error role="alert" { (ctx.t(&format!("error-{}", kind.key()))) }
            }
            form.stack method="post" action="/login" {
                (csrf(ctx))
                input type="hidden" name="next" value=(next);
                (form::input(ctx, &vec![], Input { name: "email", label: "field-email-label", value: email, kind: "email", required: true }))
                (form::input(ctx, &vec![], Input { name: "password", label: "field-password", value: "", kind: "password", required: true }))
                div { button type="submit" { (ctx.t("login-submit")) } }
            }
            @if error == Some(ErrorKind::EmailNotConfirmed) {
                form.inline method="post" action="/confirm/resend" {
                    (csrf(ctx))
                    input type="hidden" name="email" value=(email);
                    button.secondary type="submit" { (ctx.t("confirm-resend")) }
                }
            }
            p { a href="/password/forgot" { (ctx.t("login-forgot")) } }
            p { (ctx.t("login-no-account")) " " a href="/register" { (ctx.t("nav-register")) } }
        },
    )
}

/// A one-message page (after logout, a reset request, ...).
pub fn message(ctx: &Ctx, title_id: &str, message_id: &str) -> Markup {
    let title = ctx.t(title_id);
    render(
        ctx,
        &title,
        html! { h1 { (title) } p.flash.ok role="status" { (ctx.t(message_id)) } },
    )
}

pub fn confirmed(ctx: &Ctx) -> Markup {
    let title = ctx.t("login-title");
    render(
        ctx,
        &title,
        html! {
            p.flash.ok role="status" { (ctx.t("confirm-done")) }
            p { a.button href="/login" { (ctx.t("nav-login")) } }
        },
    )
}

pub fn forgot(ctx: &Ctx, email: &str, errors: &FieldErrors) -> Markup {
    titled(
        ctx,
        "forgot-title",
        html! {
            p.muted { (ctx.t("forgot-intro")) }
            (form::post_form(ctx, errors, "/password/forgot", html! {
                (form::input(ctx, errors, Input { name: "email", label: "field-email-label", value: email, kind: "email", required: true }))
            }, "forgot-submit"))
        },
    )
}

/// The page of the mailed confirmation link: one button. Opening the link changes nothing
/// (mail scanners fetch links); pressing the button confirms.
pub fn confirm(ctx: &Ctx, token: &str) -> Markup {
    titled(
        ctx,
        "confirm-title",
        html! {
            p { (ctx.t("confirm-intro")) }
            (form::button_post(ctx, &format!("/confirm/{token}"), "confirm-button", false))
        },
    )
}

pub fn reset(ctx: &Ctx, token: &str, errors: &FieldErrors) -> Markup {
    titled(
        ctx,
        "reset-title",
        html! {
            (form::post_form(ctx, errors, &format!("/password/reset/{token}"), html! {
                (form::input(ctx, errors, Input { name: "password", label: "field-password", value: "", kind: "password", required: true }))
                p.hint.muted { (ctx.t("field-password-hint")) }
            }, "reset-submit"))
        },
    )
}

pub fn profile(
    ctx: &Ctx,
    user: &Permissions,
    communes: &[Commune],
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let title = ctx.t("profile-title");
    let a = &user.account;
    let commune_name = |id: i64| {
        communes
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name(ctx.lang).to_string())
            .unwrap_or_default()
    };
    let selected = a.commune_id.map(|c| c.to_string()).unwrap_or_default();
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            (flash(ctx, done))
            p { bdi { (a.email) } " "
                @if a.is_confirmed() { span.badge.ok { (ctx.t("profile-email-confirmed")) } }
                @else { span.badge.warn { (ctx.t("profile-email-unconfirmed")) } }
            }
            (form::post_form(ctx, errors, "/profile", html! {
                (form::text(ctx, errors, "name", "field-name", &a.name, true))
                (form::select(ctx, errors, "commune", "field-commune", &commune_options(ctx, communes, true), &selected))
                (form::select(ctx, errors, "lang", "field-lang", &lang_options(), &a.lang))
            }, "profile-submit"))
            h2 { (ctx.t("profile-roles")) }
            @if user.is_platform_admin() { p { span.badge.ok { (ctx.t("profile-platform-admin")) } } }
            @if user.roles.is_empty() && !user.is_platform_admin() { p.muted { (ctx.t("profile-no-roles")) } }
            ul.plain {
                @for (commune, role) in &user.roles {
                    li { (ctx.t(&format!("role-name-{}", role.key()))) " — " (commune_name(*commune)) }
                }
            }
            h2 { (ctx.t("association-title")) }
            p { a href="/profile/association" { (ctx.t("association-title")) } }
            h2 { (ctx.t("profile-password")) }
            form.stack method="post" action="/profile/password" novalidate {
                (csrf(ctx))
                (form::input(ctx, errors, Input { name: "current_password", label: "field-current-password", value: "", kind: "password", required: true }))
                (form::input(ctx, errors, Input { name: "new_password", label: "field-new-password", value: "", kind: "password", required: true }))
                p.hint.muted { (ctx.t("field-password-hint")) }
                div { button type="submit" { (ctx.t("profile-password-submit")) } }
            }
            h2 { (ctx.t("profile-sessions")) }
            p.muted { (ctx.t("profile-sessions-hint")) }
            form method="post" action="/profile/sessions/end" {
                (csrf(ctx))
                button type="submit" { (ctx.t("profile-sessions-end")) }
            }
        },
    )
}

/// The association form's values, as typed (re-shown on error) or as stored.
#[derive(Default)]
pub struct AssociationFormValues {
    pub name_ar: String,
    pub name_fr: String,
    pub receipt_number: String,
    pub receipt_date: String,
    pub founded_on: String,
    pub seat_commune: String,
    pub activity_field: String,
}

impl AssociationFormValues {
    pub fn from_existing(a: Option<&Association>) -> Self {
        a.map_or_else(Self::default, |a| Self {
            name_ar: a.name_ar.clone(),
            name_fr: a.name_fr.clone(),
            receipt_number: a.receipt_number.clone(),
            receipt_date: a.receipt_date.to_string(),
            founded_on: a.founded_on.to_string(),
            seat_commune: a.seat_commune_id.to_string(),
            activity_field: a.activity_field.clone(),
        })
    }

    pub fn from_form(f: &MultipartForm) -> Self {
        Self {
            name_ar: f.text("name_ar").into(),
            name_fr: f.text("name_fr").into(),
            receipt_number: f.text("receipt_number").into(),
            receipt_date: f.text("receipt_date").into(),
            founded_on: f.text("founded_on").into(),
            seat_commune: f.text("seat_commune").into(),
            activity_field: f.text("activity_field").into(),
        }
    }
}

pub fn association_status(ctx: &Ctx, a: &Association) -> Markup {
    html! {
        @match a.status {
            AssociationStatus::Pending => span.badge.warn { (ctx.t("association-status-pending")) },
            AssociationStatus::Verified => span.badge.ok { (ctx.t("association-status-verified")) },
            AssociationStatus::Rejected => span.badge.error {
                (ctx.ta("association-status-rejected", &[("reason", a.rejection_reason.clone().unwrap_or_default().into())]))
            },
        }
    }
}

pub fn association(
    ctx: &Ctx,
    existing: Option<&Association>,
    communes: &[Commune],
    v: &AssociationFormValues,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    titled(
        ctx,
        "association-title",
        html! {
            (flash(ctx, done))
            p.muted { (ctx.t("association-intro")) }
            @if let Some(a) = existing {
                p { (association_status(ctx, a))
                    @if let Some(id) = a.statutes_upload_id { " · " a href={ "/uploads/" (id) } { (ctx.t("association-statutes-link")) } }
                }
            }
            (form::summary(ctx, errors))
            form.stack method="post" action="/profile/association" enctype="multipart/form-data" novalidate {
                (csrf(ctx))
                (form::text(ctx, errors, "name_ar", "field-name-ar", &v.name_ar, true))
                (form::text(ctx, errors, "name_fr", "field-name-fr", &v.name_fr, true))
                (form::text(ctx, errors, "receipt_number", "field-receipt-number", &v.receipt_number, true))
                (form::date(ctx, errors, "receipt_date", "field-receipt-date", &v.receipt_date, true))
                (form::date(ctx, errors, "founded_on", "field-founded-on", &v.founded_on, true))
                (form::select(ctx, errors, "seat_commune", "field-seat-commune", &commune_options(ctx, communes, false), &v.seat_commune))
                (form::text(ctx, errors, "activity_field", "field-activity", &v.activity_field, true))
                (form::file(ctx, errors, "statutes", "field-statutes", "application/pdf"))
                div { button type="submit" { (ctx.t("association-submit")) } }
            }
        },
    )
}
