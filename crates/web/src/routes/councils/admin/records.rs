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
    let result = db(&state, move |c| {
        service::save_minutes(c, &user, cid, id, &form.text_ar, Some(&form.text_fr))
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sessions/{id}?done=admin-saved#minutes",
            base(&commune)
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            session_errors(&state, &ctx, &commune, id, &e.fields).await
        }
        Err(e) => Err(e),
    }
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
    Ok(see_other(&format!(
        "{}/sessions/{}?done=admin-saved#minutes",
        base(&commune),
        m.session_id
    )))
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
    let result = db(&state, move |c| {
        service::correct_minutes(c, &user, cid, id, &form.text_ar, Some(&form.text_fr))
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sessions/{}?done=admin-saved#minutes",
            base(&commune),
            original.session_id
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            session_errors(&state, &ctx, &commune, original.session_id, &e.fields).await
        }
        Err(e) => Err(e),
    }
}

pub(super) async fn deliberation_page(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (_, item_id) = path.into_inner();
    let CommuneScope { ctx, commune, .. } = s;
    let cid = commune.id;
    let (item, votes, delibs) = db(&state, move |c| {
        Ok((
            store::item(c, cid, item_id)?,
            store::votes_of(c, cid, item_id)?,
            store::deliberations_of_item(c, cid, item_id)?,
        ))
    })
    .await?;
    Ok(html(
        v::deliberation_page(
            &ctx,
            &commune,
            &item,
            &votes,
            &delibs,
            &TextsForm::default().into(),
            &vec![],
            q.done.as_deref(),
        ),
        false,
    ))
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
    let cid = commune.id;
    let (ar, fr) = (form.text_ar.clone(), form.text_fr.clone());
    let result = db(&state, move |c| {
        service::save_deliberation(c, &user, cid, item_id, &ar, Some(&fr))
    })
    .await;
    match result {
        Ok(_) => {
            // A petition's item learns the decision through the `deliberation.decided`
            // event, written in the deliberation's transaction.
            state.mail_queued();
            Ok(see_other(&format!(
                "{}/items/{item_id}/deliberation?done=admin-saved",
                base(&commune)
            )))
        }
        Err(PageError(e)) if !e.fields.is_empty() => {
            let (item, votes, delibs) = db(&state, move |c| {
                Ok((
                    store::item(c, cid, item_id)?,
                    store::votes_of(c, cid, item_id)?,
                    store::deliberations_of_item(c, cid, item_id)?,
                ))
            })
            .await?;
            Ok(html(
                v::deliberation_page(
                    &ctx,
                    &commune,
                    &item,
                    &votes,
                    &delibs,
                    &form.into(),
                    &e.fields,
                    None,
                ),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

pub(super) async fn deliberation_sign(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<NoFields>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope { commune, user, .. } = s;
    let cid = commune.id;
    let d = db(&state, move |c| {
        service::sign_deliberation(c, &user, cid, id)
    })
    .await?;
    Ok(see_other(&format!(
        "{}/items/{}/deliberation?done=admin-saved",
        base(&commune),
        d.item_id
    )))
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
    Ok(see_other(&format!(
        "{}/items/{}/deliberation?done=admin-saved",
        base(&commune),
        d.item_id
    )))
}
