//! Deliberations (art. 47) and minutes: texts, signatures, corrections.

use super::*;

pub(super) async fn minutes_save(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let cid = commune.id;
    on_session_page(
        &state,
        (&ctx, &commune),
        (id, "#minutes"),
        |_| None,
        move |c| service::save_minutes(c, &user, cid, id, &form.text_ar, Some(&form.text_fr)),
    )
    .await
}

pub(super) async fn minutes_sign(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<SignForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope { commune, user, .. } = s;
    let who = match form.who.as_str() {
        "president" => Signatory::President,
        "secretary" => Signatory::Secretary,
        _ => return Err(ErrorKind::InvalidInput.into()),
    };
    let cid = commune.id;
    let m = db(&state, move |c| {
        service::sign_minutes(c, &user, cid, id, who)
    })
    .await?;
    Ok(session_done(&commune, m.session_id, "#minutes"))
}

pub(super) async fn minutes_correct(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let cid = commune.id;
    let original = db(&state, move |c| Ok(store::minutes_by_id(c, cid, id)?)).await?;
    let page = (original.session_id, "#minutes");
    on_session_page(
        &state,
        (&ctx, &commune),
        page,
        |_| None,
        move |c| service::correct_minutes(c, &user, cid, id, &form.text_ar, Some(&form.text_fr)),
    )
    .await
}

/// An item's deliberation page: its votes, its deliberations and the texts form (re-shown,
/// 422, when `errors` are given).
async fn deliberation_form(
    state: &web::Data<AppState>,
    (ctx, commune): (&Ctx, &Commune),
    item_id: i64,
    form: TextsForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let cid = commune.id;
    let (item, votes, delibs) = db(state, move |c| {
        Ok((
            store::item(c, cid, item_id)?,
            store::votes_of(c, cid, item_id)?,
            store::deliberations_of_item(c, cid, item_id)?,
        ))
    })
    .await?;
    let page = v::deliberation_page(
        ctx,
        commune,
        &item,
        &votes,
        &delibs,
        &form.into(),
        errors,
        done,
    );
    Ok(html(page, !errors.is_empty()))
}

pub(super) async fn deliberation_page(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (scope, item_id) = ((&s.ctx, &s.commune), path.into_inner().1);
    deliberation_form(
        &state,
        scope,
        item_id,
        TextsForm::default(),
        &vec![],
        q.done.as_deref(),
    )
    .await
}

pub(super) async fn deliberation_save(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Result<HttpResponse, PageError> {
    let (_, item_id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let (cid, today) = (commune.id, state.clock.today());
    let (ar, fr) = (form.text_ar.clone(), form.text_fr.clone());
    let result = submit(&state, move |c| {
        service::save_deliberation_on(c, &user, cid, item_id, (&ar, Some(&fr)), today)
    })
    .await?;
    match result {
        Ok(_) => {
            // A petition's item learns the decision through the `deliberation.decided`
            // event, written in the deliberation's transaction.
            state.mail_queued();
            Ok(deliberation_done(&commune, item_id))
        }
        Err(fields) => {
            deliberation_form(&state, (&ctx, &commune), item_id, form, &fields, None).await
        }
    }
}

/// 303 back to an item's deliberation page, saying it was saved.
fn deliberation_done(commune: &Commune, item_id: i64) -> HttpResponse {
    see_other(&format!(
        "{}/items/{item_id}/deliberation?done=admin-saved",
        base(commune)
    ))
}

/// Art. 47: one office signs the decision (`who`: president, secretary or deputy
/// secretary); a refusal (already signed, no member in that office) re-shows the page.
pub(super) async fn deliberation_sign(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<SignForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let who = match form.who.as_str() {
        "president" => Signatory::President,
        "secretary" => Signatory::Secretary,
        "deputy_secretary" => Signatory::DeputySecretary,
        _ => return Err(ErrorKind::InvalidInput.into()),
    };
    let cid = commune.id;
    let item_id = db(
        &state,
        move |c| Ok(store::deliberation(c, cid, id)?.item_id),
    )
    .await?;
    match submit(&state, move |c| {
        service::sign_deliberation_as(c, &user, cid, id, who)
    })
    .await?
    {
        Ok(_) => Ok(deliberation_done(&commune, item_id)),
        Err(fields) => {
            let mut res = deliberation_form(
                &state,
                (&ctx, &commune),
                item_id,
                TextsForm::default(),
                &fields,
                None,
            )
            .await?;
            *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
            Ok(res)
        }
    }
}

pub(super) async fn deliberation_correct(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope { commune, user, .. } = s;
    let cid = commune.id;
    let d = db(&state, move |c| {
        service::correct_deliberation(c, &user, cid, id, &form.text_ar, Some(&form.text_fr))
    })
    .await?;
    Ok(deliberation_done(&commune, d.item_id))
}
