//! The signed-in account's own pages: profile, password, sessions, the association it
//! represents.

use super::{communes_list, session_cookie, signed_in, DoneQuery};
use crate::ctx::Ctx;
use crate::forms::account::AssociationInput;
use crate::forms::{require_text, CsrfForm};
use crate::routes::Reply;
use crate::routes::{db, html, marked, see_other, submit_checked};
use crate::state::AppState;
use crate::uploads::{self, MultipartForm};
use crate::views::account as v;
use crate::views::form::FieldErrors;
use actix_multipart::Multipart;
use actix_web::cookie::time::Duration;
use actix_web::web;
use musharaka_core::{Config, Error, Lang};
use musharaka_db::AnyConnection;
use musharaka_identity::service::{self, AssociationFile};
use serde::Deserialize;

pub async fn profile_page(state: web::Data<AppState>, ctx: Ctx, q: web::Query<DoneQuery>) -> Reply {
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
) -> Reply {
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
) -> Reply {
    let user = ctx.require_user()?.clone();
    let id = user.account.id;
    let result = db(&state, move |c| {
        service::change_password(c, id, &form.current_password, &form.new_password)
    })
    .await;
    match marked(result)? {
        Ok(account) => {
            let mut res = see_other("/profile?done=password-changed");
            res.add_cookie(&signed_in(&state, &account)?)
                .map_err(Error::internal)?;
            Ok(res)
        }
        Err(fields) => {
            let list = communes_list(&state).await?;
            Ok(html(v::profile(&ctx, &user, &list, &fields, None), true))
        }
    }
}

/// "Sign out everywhere": ends every session of the account, this one included.
pub async fn end_sessions(
    state: web::Data<AppState>,
    ctx: Ctx,
    _f: CsrfForm<crate::forms::EmptyForm>,
) -> Reply {
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
) -> Reply {
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

pub async fn association(state: web::Data<AppState>, ctx: Ctx, payload: Multipart) -> Reply {
    let id = ctx.require_user()?.account.id;
    let form = uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let list = communes_list(&state).await?;
    let values = v::AssociationFormValues::from_form(&form);
    let existing = db(&state, move |c| service::association_of(c, id)).await?;
    let has_statutes = existing
        .as_ref()
        .is_some_and(|a| a.statutes_upload_id.is_some());
    let check = AssociationInput::parse(&form, &list, has_statutes);
    let config = state.config.clone();
    match submit_checked(&state, check, move |c, input| {
        save_association_file(c, &config, id, &form, input)
    })
    .await?
    {
        Ok(_) => Ok(see_other("/profile/association?done=association-saved")),
        Err(fields) => Ok(html(
            v::association(&ctx, existing.as_ref(), &list, &values, &fields, None),
            true,
        )),
    }
}

/// Stores the statutes sent (private, in the association's seat) and saves the file.
fn save_association_file(
    c: &mut AnyConnection,
    config: &Config,
    account: i64,
    form: &MultipartForm,
    input: &AssociationInput,
) -> Result<(), Error> {
    let upload = match &input.statutes {
        Some((f, kind)) => Some(uploads::store(
            c,
            config,
            f,
            *kind,
            Some(account),
            Some(input.seat),
            true,
        )?),
        None => None,
    };
    let file = AssociationFile {
        name_ar: form.text("name_ar"),
        name_fr: form.text("name_fr"),
        receipt_number: form.text("receipt_number"),
        receipt_date: input.receipt_date,
        founded_on: input.founded_on,
        seat_commune_id: input.seat,
        activity_field: form.text("activity_field"),
        statutes_upload_id: upload,
    };
    service::save_association(c, account, file).map(|_| ())
}
