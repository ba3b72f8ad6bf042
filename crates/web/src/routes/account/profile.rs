//! The signed-in account's own pages: profile, password, sessions, the association it
//! represents.

use super::{communes_list, session_cookie, signed_in, DoneQuery, EmptyForm};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::{parse_date, require_text, CsrfForm};
use crate::routes::{db, html, see_other};
use crate::state::AppState;
use crate::uploads::{self, FileKind};
use crate::views::auth as v;
use crate::views::form::FieldErrors;
use actix_multipart::Multipart;
use actix_web::cookie::time::Duration;
use actix_web::{web, HttpResponse};
use musharaka_core::{Error, Lang};
use musharaka_identity::service::{self, AssociationFile};
use serde::Deserialize;

pub async fn profile_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let user = ctx.require_user()?.clone();
    let list = communes_list(&state).await?;
    Ok(html(
        v::profile(&ctx, &user, &list, &vec![], q.done.as_deref()),
        false,
    ))
}

#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    commune: String,
    #[serde(default)]
    lang: String,
}

pub async fn profile(
    state: web::Data<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> Result<HttpResponse, PageError> {
    let user = ctx.require_user()?.clone();
    let list = communes_list(&state).await?;
    let mut errors = FieldErrors::new();
    require_text(&form.name, "name", 120, &mut errors);
    let commune_id = form
        .commune
        .parse::<i64>()
        .ok()
        .filter(|id| list.iter().any(|c| c.id == *id));
    if !form.commune.is_empty() && commune_id.is_none() {
        errors.push(("commune".into(), "field-choice".into()));
    }
    let lang: Option<Lang> = form.lang.parse().ok();
    if lang.is_none() {
        errors.push(("lang".into(), "field-choice".into()));
    }
    if !errors.is_empty() {
        return Ok(html(v::profile(&ctx, &user, &list, &errors, None), true));
    }
    let id = user.account.id;
    let lang = lang.unwrap_or_default();
    db(&state, move |c| {
        service::update_profile(c, id, &form.name, commune_id, lang)
    })
    .await?;
    Ok(see_other("/profile?done=profile-saved"))
}

#[derive(Deserialize)]
pub struct ChangePasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// A new password ends every other session; this browser gets a fresh one.
pub async fn change_password(
    state: web::Data<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<ChangePasswordForm>,
) -> Result<HttpResponse, PageError> {
    let user = ctx.require_user()?.clone();
    let id = user.account.id;
    let result = db(&state, move |c| {
        service::change_password(c, id, &form.current_password, &form.new_password)
    })
    .await;
    match result {
        Ok(account) => {
            let mut res = see_other("/profile?done=password-changed");
            res.add_cookie(&signed_in(&state, &account)?)
                .map_err(Error::internal)?;
            Ok(res)
        }
        Err(PageError(e)) if !e.fields.is_empty() => {
            let list = communes_list(&state).await?;
            Ok(html(v::profile(&ctx, &user, &list, &e.fields, None), true))
        }
        Err(e) => Err(e),
    }
}

/// "Sign out everywhere": ends every session of the account, this one included.
pub async fn end_sessions(
    state: web::Data<AppState>,
    ctx: Ctx,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let id = ctx.require_user()?.account.id;
    db(&state, move |c| service::end_sessions(c, id)).await?;
    let mut res = html(
        v::message(&ctx, "profile-sessions-end", "sessions-ended"),
        false,
    );
    res.add_cookie(&session_cookie(&state, String::new(), Duration::ZERO))
        .map_err(Error::internal)?;
    Ok(res)
}

pub async fn association_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let user = ctx.require_user()?.clone();
    let id = user.account.id;
    let existing = db(&state, move |c| service::association_of(c, id)).await?;
    let list = communes_list(&state).await?;
    let form = v::AssociationFormValues::from_existing(existing.as_ref());
    Ok(html(
        v::association(
            &ctx,
            existing.as_ref(),
            &list,
            &form,
            &vec![],
            q.done.as_deref(),
        ),
        false,
    ))
}

pub async fn association(
    state: web::Data<AppState>,
    ctx: Ctx,
    payload: Multipart,
) -> Result<HttpResponse, PageError> {
    let user = ctx.require_user()?.clone();
    let form = uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let list = communes_list(&state).await?;
    let values = v::AssociationFormValues::from_form(&form);
    let mut errors = FieldErrors::new();
    for (field, max) in [
        ("name_ar", 200),
        ("name_fr", 200),
        ("receipt_number", 60),
        ("activity_field", 200),
    ] {
        require_text(form.text(field), field, max, &mut errors);
    }
    let receipt_date = parse_date(form.text("receipt_date"), "receipt_date", true, &mut errors);
    let founded_on = parse_date(form.text("founded_on"), "founded_on", true, &mut errors);
    let seat = form
        .text("seat_commune")
        .parse::<i64>()
        .ok()
        .filter(|id| list.iter().any(|c| c.id == *id));
    if seat.is_none() {
        errors.push(("seat_commune".into(), "field-choice".into()));
    }
    let statutes = form.files.iter().find(|f| f.field == "statutes");
    let statutes_kind = match statutes.map(|f| uploads::check_kind(f, &[FileKind::Pdf])) {
        Some(Err(e)) => {
            errors.extend(e.fields);
            None
        }
        Some(Ok(k)) => Some(k),
        None => None,
    };
    let id = user.account.id;
    let existing = db(&state, move |c| service::association_of(c, id)).await?;
    if statutes.is_none()
        && existing
            .as_ref()
            .and_then(|a| a.statutes_upload_id)
            .is_none()
    {
        errors.push(("statutes".into(), "field-required".into()));
    }
    let (Some(receipt_date), Some(founded_on), Some(seat), true) =
        (receipt_date, founded_on, seat, errors.is_empty())
    else {
        return Ok(html(
            v::association(&ctx, existing.as_ref(), &list, &values, &errors, None),
            true,
        ));
    };
    let config = state.config.clone();
    let file = statutes.map(|f| uploads::UploadedFile {
        field: f.field.clone(),
        original_name: f.original_name.clone(),
        bytes: f.bytes.clone(),
    });
    let result = db(&state, move |c| {
        let upload = match (&file, statutes_kind) {
            (Some(f), Some(kind)) => Some(uploads::store(
                c,
                &config,
                f,
                kind,
                Some(id),
                Some(seat),
                true,
            )?),
            _ => None,
        };
        service::save_association(
            c,
            id,
            AssociationFile {
                name_ar: form.text("name_ar"),
                name_fr: form.text("name_fr"),
                receipt_number: form.text("receipt_number"),
                receipt_date,
                founded_on,
                seat_commune_id: seat,
                activity_field: form.text("activity_field"),
                statutes_upload_id: upload,
            },
        )
    })
    .await;
    match result {
        Ok(_) => Ok(see_other("/profile/association?done=association-saved")),
        Err(PageError(e)) if !e.fields.is_empty() => Ok(html(
            v::association(&ctx, existing.as_ref(), &list, &values, &e.fields, None),
            true,
        )),
        Err(e) => Err(e),
    }
}
