//! Sessions: creation, the page, the state machine, the extension (art. 34).

use super::*;

pub(super) async fn session_new(s: CommuneScope<Secretariat>) -> Result<HttpResponse, PageError> {
    let CommuneScope { ctx, commune, .. } = s;
    let form = SessionForm {
        kind: "ordinary".into(),
        ..Default::default()
    };
    Ok(html(v::session_form(&ctx, &commune, &form, &vec![]), false))
}

pub(super) async fn session_create(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    CsrfForm(form): CsrfForm<SessionForm>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let mut errors = FieldErrors::new();
    let starts_on = parse_date(&form.starts_on, "starts_on", true, &mut errors);
    let ends_on = parse_date(&form.ends_on, "ends_on", true, &mut errors);
    require_text(&form.place, "place", 300, &mut errors);
    let kind = form.kind(starts_on, &mut errors);
    let request = form.request(&mut errors);
    let (Some(starts_on), Some(ends_on), Some(kind), true) =
        (starts_on, ends_on, kind, errors.is_empty())
    else {
        return Ok(html(v::session_form(&ctx, &commune, &form, &errors), true));
    };
    let (cid, f, today) = (commune.id, form.clone(), state.clock.today());
    let result = db(&state, move |c| {
        service::create_session_with_request_on(
            c,
            &user,
            cid,
            &NewSession {
                kind,
                trigger_note: Some(&f.trigger_note),
                starts_on,
                ends_on,
                place: &f.place,
            },
            request,
            today,
        )
    })
    .await;
    match crate::routes::marked(result)? {
        Ok(s) => Ok(session_done(&commune, s.id, "")),
        Err(fields) => Ok(html(v::session_form(&ctx, &commune, &form, &fields), true)),
    }
}

pub(super) async fn session_page(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope { ctx, commune, .. } = s;
    let view = load_session(&state, &ctx, &commune, id).await?;
    Ok(html(
        v::session_page(&ctx, &commune, &view, &vec![], q.done.as_deref()),
        false,
    ))
}

/// Art. 34: the president's one extension of an ordinary session, to a chosen last day.
pub(super) async fn session_extend(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ExtendForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let mut errors = FieldErrors::new();
    let Some(day) = parse_date(&form.extended_until, "extended_until", true, &mut errors) else {
        return session_errors(&state, &ctx, &commune, id, &errors).await;
    };
    let cid = commune.id;
    on_session_page(
        &state,
        (&ctx, &commune),
        (id, ""),
        |_| None,
        move |c| service::extend_session(c, &user, cid, id, day),
    )
    .await
}

pub(super) async fn session_transition(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<EventForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let event: SessionEvent = parse(&form.event).ok_or(ErrorKind::InvalidInput)?;
    let (cid, today) = (commune.id, state.clock.today());
    // A deadline of arts. 35–37 passed, or a session opened before its first day (art.
    // 42): the session page again, with the rule's message.
    on_session_page(
        &state,
        (&ctx, &commune),
        (id, ""),
        |_| None,
        move |c| service::transition_session_on(c, &user, cid, id, event, today),
    )
    .await
}
