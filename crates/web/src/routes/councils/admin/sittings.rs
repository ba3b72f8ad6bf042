//! Sittings: planning, attendance and quorum (art. 42), votes item by item (art. 43).

use super::*;
use musharaka_councils::records::{ItemRow, VoteRow};

pub(super) async fn sitting_add(
    s: Desk,
    Id(id): Id,
    CsrfForm(form): CsrfForm<SittingForm>,
) -> Reply {
    let (sitting, vote) = match (form.parse(), form.closed_vote()) {
        (Ok(sitting), Ok(vote)) => (sitting, vote),
        (Err(mut errors), Err(more)) => {
            errors.extend(more);
            return session_errors(&s, id, &errors).await;
        }
        (Err(errors), _) | (_, Err(errors)) => return session_errors(&s, id, &errors).await,
    };
    // Art. 42 (the sequence of convocations) and art. 48 (a closed sitting decided by the
    // council): the session page again with the rule's message.
    on_session_page(
        &s,
        (id, "#sittings"),
        |_| None,
        move |c, user, cid, _| service::add_sitting_with_request(c, user, cid, id, &sitting, vote),
    )
    .await
}

pub(super) async fn sitting_page(
    s: Desk,
    Id(id): Id<SittingId>,
    q: web::Query<DoneQuery>,
) -> Reply {
    let view = load_sitting(&s, id).await?;
    let page = v::sitting_page(&s.ctx, &s.commune, &view, &vec![], q.done.as_deref());
    Ok(html(page, false))
}

pub(super) async fn attendance_save(
    s: Desk,
    Id(id): Id<SittingId>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Reply {
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
    let today = s.state.clock.today();
    let result = s
        .db(move |c, user, cid| service::record_attendance_on(c, user, cid, id, &presence, today))
        .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sittings/{id}?done=admin-saved",
            base(&s.commune)
        ))),
        Err(PageError(e)) if !e.fields.is_empty() || e.kind == ErrorKind::InvalidInput => {
            let view = load_sitting(&s, id).await?;
            let fields = if e.fields.is_empty() {
                vec![("presence".to_string(), "council-error-counts".to_string())]
            } else {
                e.fields
            };
            let page = v::sitting_page(&s.ctx, &s.commune, &view, &fields, None);
            Ok(html(page, true))
        }
        Err(e) => Err(e),
    }
}

pub(super) async fn vote_page(s: Desk, path: web::Path<(String, SittingId, ItemId)>) -> Reply {
    let (_, id, item_id) = path.into_inner();
    let (view, item, votes) = vote_of_sitting(&s, id, item_id).await?;
    let page = v::vote_page(&s.ctx, &s.commune, &view, &item, &votes, &vec![]);
    Ok(html(page, false))
}

pub(super) async fn vote_save(
    s: Desk,
    path: web::Path<(String, SittingId, ItemId)>,
    CsrfForm(form): CsrfForm<VoteForm>,
) -> Reply {
    let (_, id, item_id) = path.into_inner();
    let today = s.state.clock.today();
    let result = match form.parse() {
        Ok((ballot, entry)) => {
            s.db(move |c, user, cid| {
                service::record_vote_on(c, user, cid, (item_id, id), ballot, &entry, today)
            })
            .await
        }
        Err(fields) => Err(crate::forms::invalid(fields).into()),
    };
    if result.is_ok() {
        return Ok(see_other(&format!(
            "{}/sittings/{id}/items/{item_id}?done=admin-saved",
            base(&s.commune)
        )));
    }
    let (view, item, votes) = vote_of_sitting(&s, id, item_id).await?;
    match reshow_on_fields(result, |errs| {
        v::vote_page(&s.ctx, &s.commune, &view, &item, &votes, errs)
    })? {
        Ok(_) => Err(ErrorKind::Internal.into()),
        Err(page) => Ok(page),
    }
}

/// A sitting, one item on its agenda and the votes on it (the vote screen).
async fn vote_of_sitting(
    s: &Desk,
    id: SittingId,
    item_id: ItemId,
) -> Result<(SittingView, ItemRow, Vec<VoteRow>), PageError> {
    let view = load_sitting(s, id).await?;
    let item = view
        .items
        .iter()
        .find(|i| i.id == item_id)
        .cloned()
        .ok_or(ErrorKind::NotFound)?;
    let votes = s
        .db(move |c, _, cid| Ok(store::votes_of(c, cid, item_id)?))
        .await?;
    Ok((view, item, votes))
}
