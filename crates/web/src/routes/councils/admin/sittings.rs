//! Sittings: planning, attendance and quorum (art. 42), votes item by item (art. 43).

use super::*;
use musharaka_councils::records::{ItemRow, VoteRow};

pub(super) async fn sitting_add(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<SittingForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let (sitting, vote) = match (form.parse(), form.closed_vote()) {
        (Ok(sitting), Ok(vote)) => (sitting, vote),
        (Err(mut errors), Err(more)) => {
            errors.extend(more);
            return session_errors(&state, &ctx, &commune, id, &errors).await;
        }
        (Err(errors), _) | (_, Err(errors)) => {
            return session_errors(&state, &ctx, &commune, id, &errors).await
        }
    };
    let cid = commune.id;
    // Art. 42 (the sequence of convocations) and art. 48 (a closed sitting decided by the
    // council): the session page again with the rule's message.
    on_session_page(
        &state,
        (&ctx, &commune),
        (id, "#sittings"),
        |_| None,
        move |c| service::add_sitting_with_request(c, &user, cid, id, &sitting, vote),
    )
    .await
}

pub(super) async fn sitting_page(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope { ctx, commune, .. } = s;
    let view = load_sitting(&state, &commune, id).await?;
    Ok(html(
        v::sitting_page(&ctx, &commune, &view, &vec![], q.done.as_deref()),
        false,
    ))
}

pub(super) async fn attendance_save(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let mut presence = Vec::new();
    for (k, value) in &form {
        if let Some(member) = k
            .strip_prefix("member_")
            .and_then(|m| m.parse::<i64>().ok())
        {
            let p: Presence = parse(value).ok_or(ErrorKind::InvalidInput)?;
            presence.push((member, p));
        }
    }
    let (cid, today) = (commune.id, state.clock.today());
    let result = db(&state, move |c| {
        service::record_attendance_on(c, &user, cid, id, &presence, today)
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sittings/{id}?done=admin-saved",
            base(&commune)
        ))),
        Err(PageError(e)) if !e.fields.is_empty() || e.kind == ErrorKind::InvalidInput => {
            let view = load_sitting(&state, &commune, id).await?;
            let fields = if e.fields.is_empty() {
                vec![("presence".to_string(), "council-error-counts".to_string())]
            } else {
                e.fields
            };
            Ok(html(
                v::sitting_page(&ctx, &commune, &view, &fields, None),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

pub(super) async fn vote_page(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64, i64)>,
) -> Result<HttpResponse, PageError> {
    let (_, id, item_id) = path.into_inner();
    let CommuneScope { ctx, commune, .. } = s;
    let (view, item, votes) = vote_of_sitting(&state, &commune, id, item_id).await?;
    Ok(html(
        v::vote_page(&ctx, &commune, &view, &item, &votes, &vec![]),
        false,
    ))
}

pub(super) async fn vote_save(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64, i64)>,
    CsrfForm(form): CsrfForm<VoteForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id, item_id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let (cid, today) = (commune.id, state.clock.today());
    let result = match form.parse() {
        Ok((ballot, entry)) => {
            db(&state, move |c| {
                service::record_vote_on(c, &user, cid, (item_id, id), ballot, &entry, today)
            })
            .await
        }
        Err(fields) => Err(PageError(Error {
            kind: ErrorKind::InvalidInput,
            cause: None,
            fields,
        })),
    };
    if result.is_ok() {
        return Ok(see_other(&format!(
            "{}/sittings/{id}/items/{item_id}?done=admin-saved",
            base(&commune)
        )));
    }
    let (view, item, votes) = vote_of_sitting(&state, &commune, id, item_id).await?;
    match reshow_on_fields(result, |errs| {
        v::vote_page(&ctx, &commune, &view, &item, &votes, errs)
    })? {
        Ok(_) => Err(ErrorKind::Internal.into()),
        Err(page) => Ok(page),
    }
}

/// A sitting, one item on its agenda and the votes on it (the vote screen).
async fn vote_of_sitting(
    state: &web::Data<AppState>,
    commune: &Commune,
    id: i64,
    item_id: i64,
) -> Result<(SittingView, ItemRow, Vec<VoteRow>), PageError> {
    let view = load_sitting(state, commune, id).await?;
    let item = view
        .items
        .iter()
        .find(|i| i.id == item_id)
        .cloned()
        .ok_or(ErrorKind::NotFound)?;
    let cid = commune.id;
    let votes = db(state, move |c| Ok(store::votes_of(c, cid, item_id)?)).await?;
    Ok((view, item, votes))
}
