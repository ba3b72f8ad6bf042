//! Sessions: creation, the page, the state machine, the extension (art. 34).

use super::*;

pub(super) async fn session_new(s: Desk) -> Reply {
    let form = SessionForm {
        kind: "ordinary".into(),
        ..Default::default()
    };
    Ok(html(
        v::session_form(&s.ctx, &s.commune, &form, &vec![]),
        false,
    ))
}

pub(super) async fn session_create(s: Desk, CsrfForm(form): CsrfForm<SessionForm>) -> Reply {
    let mut errors = FieldErrors::new();
    let starts_on = parse_date(&form.starts_on, "starts_on", true, &mut errors);
    let ends_on = parse_date(&form.ends_on, "ends_on", true, &mut errors);
    require_text(&form.place, "place", 300, &mut errors);
    let kind = form.kind(starts_on, &mut errors);
    let request = form.request(&mut errors);
    let reshow = |errors: &FieldErrors| {
        Ok(html(
            v::session_form(&s.ctx, &s.commune, &form, errors),
            true,
        ))
    };
    let (Some(starts_on), Some(ends_on), Some(kind), true) =
        (starts_on, ends_on, kind, errors.is_empty())
    else {
        return reshow(&errors);
    };
    let f = form.clone();
    let created = on_desk(&s, move |c, user, cid, today| {
        let session = NewSession {
            kind,
            trigger_note: Some(&f.trigger_note),
            starts_on,
            ends_on,
            place: &f.place,
        };
        service::create_session_with_request_on(c, user, cid, &session, request, today)
    });
    match created.await? {
        Ok(session) => Ok(session_done(&s.commune, session.id, "")),
        Err((_, fields)) => reshow(&fields),
    }
}

pub(super) async fn session_page(s: Desk, Id(id): Id, q: web::Query<DoneQuery>) -> Reply {
    let view = load_session(&s, id).await?;
    let page = v::session_page(&s.ctx, &s.commune, &view, &vec![], q.done.as_deref());
    Ok(html(page, false))
}

/// Art. 34: the president's one extension of an ordinary session, to a chosen last day.
pub(super) async fn session_extend(
    s: Desk,
    Id(id): Id,
    CsrfForm(form): CsrfForm<ExtendForm>,
) -> Reply {
    let mut errors = FieldErrors::new();
    let Some(day) = parse_date(&form.extended_until, "extended_until", true, &mut errors) else {
        return session_errors(&s, id, &errors).await;
    };
    on_session_page(
        &s,
        (id, ""),
        |_| None,
        move |c, user, cid, _| service::extend_session(c, user, cid, id, day),
    )
    .await
}

pub(super) async fn session_transition(
    s: Desk,
    Id(id): Id,
    CsrfForm(form): CsrfForm<EventForm>,
) -> Reply {
    let event: SessionEvent = parse(&form.event).ok_or(ErrorKind::InvalidInput)?;
    // A deadline of arts. 35–37 passed, or a session opened before its first day (art.
    // 42): the session page again, with the rule's message.
    on_session_page(
        &s,
        (id, ""),
        |_| None,
        move |c, user, cid, today| service::transition_session_on(c, user, cid, id, event, today),
    )
    .await
}
