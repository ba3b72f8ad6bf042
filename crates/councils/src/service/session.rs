//! Sessions: creation, the state machine, the extension (arts. 33–36), and the
//! deadlines the secretariat is warned of.

use super::*;

/// A new session as the secretariat enters it.
pub struct NewSession<'a> {
    pub kind: SessionKind,
    pub trigger_note: Option<&'a str>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place: &'a str,
}

/// Creates a planned session. An ordinary session starts in the first week of February,
/// May or October (art. 33); a session lasts at most 15 days, 7 working days if
/// extraordinary (arts. 34, 36).
pub fn create_session(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    s: &NewSession<'_>,
) -> Result<SessionRow> {
    create_session_on(conn, actor, commune_id, s, today())
}

/// [`create_session`] on `today`: a session starting today or later must leave the notice
/// and agenda periods of arts. 35, 37 and 38 ([`rules::validate_planning`]).
pub fn create_session_on(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    s: &NewSession<'_>,
    today: NaiveDate,
) -> Result<SessionRow> {
    create_session_with_request_on(conn, actor, commune_id, s, None, today)
}

/// [`create_session_on`] for an extraordinary session asked for by members or the governor
/// (arts. 36–37): the request (its day, how many members signed) is checked
/// ([`rules::validate_extraordinary_session`]: a third of members, or an absolute majority
/// and then a meeting within 15 days; the governor's within 10) and kept with the session.
pub fn create_session_with_request_on(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    s: &NewSession<'_>,
    request: Option<rules::ExtraordinaryRequest>,
    today: NaiveDate,
) -> Result<SessionRow> {
    require_secretariat(actor, commune_id)?;
    if let SessionKind::Extraordinary(trigger) = s.kind {
        let in_office = count(store::members_in_office(conn, commune_id, today)?.len());
        rules::validate_extraordinary_session(trigger, request, in_office, s.starts_on, today)
            .map_err(extraordinary_error)?;
    }
    let session = insert_session(conn, Some(actor), commune_id, s, (today, request))?;
    // Art. 36: the session answers the members' request of that day.
    if let (SessionKind::Extraordinary(trigger), Some(r)) = (s.kind, request) {
        if !matches!(trigger, crate::model::ExtraordinaryTrigger::Governor) {
            store::link_session_request(conn, commune_id, r.requested_on, session.id)?;
        }
    }
    Ok(session)
}

/// Art. 36: records a request by at least a third of the members in office (counted on the
/// day of the request) for an extraordinary session, with the points it asks the council to
/// deliberate on. Its standing follows ([`SessionRequestRow::standing`]): the president
/// convenes, or refuses with reasons within 10 days ([`refuse_session_request`]); a request
/// by an absolute majority must be met within 15 days.
pub fn file_session_request(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    (requested_on, requesting_members): (NaiveDate, Option<u32>),
    points: &str,
    today: NaiveDate,
) -> Result<SessionRequestRow> {
    require_secretariat(actor, commune_id)?;
    rules::validate_not_in_future(requested_on, today)
        .map_err(|e| future_error(e, "requested_on"))?;
    let n =
        requesting_members.ok_or_else(|| Error::invalid("requesting_members", "field-required"))?;
    if points.trim().is_empty() {
        return Err(Error::invalid("points", "field-required"));
    }
    write_transaction(conn, |conn| {
        let in_office = count(store::members_in_office(conn, commune_id, requested_on)?.len());
        rules::validate_extraordinary_request(
            crate::model::ExtraordinaryTrigger::ThirdOfMembers,
            n,
            in_office,
        )
        .map_err(|_| Error::invalid("requesting_members", "council-error-request-count"))?;
        let as_int = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
        let row = store::insert_session_request(
            conn,
            &NewSessionRequestRow {
                commune_id,
                requested_on,
                requesting_members: as_int(n),
                members_in_office: as_int(in_office),
                points: points.trim(),
                created_at: now(),
            },
        )?;
        actor
            .audit(
                commune_id,
                "session_request.file",
                format!("session_request:{}", row.id),
            )
            .after(json!(row))
            .record(conn)?;
        Ok(row)
    })
}

/// Art. 36 para. 2: the president's reasoned refusal of a members' request, notified on
/// `today` — only within 10 days of the request, never for a request by an absolute
/// majority ([`rules::validate_request_refusal`]).
pub fn refuse_session_request(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    reasons: &str,
    today: NaiveDate,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    if reasons.trim().is_empty() {
        return Err(Error::invalid("reasons", "field-required"));
    }
    write_transaction(conn, |conn| {
        let r = store::session_request(conn, commune_id, id)?;
        rules::validate_request_refusal(
            u32::try_from(r.requesting_members).unwrap_or(0),
            u32::try_from(r.members_in_office).unwrap_or(0),
            r.requested_on,
            today,
        )
        .map_err(|e| {
            use rules::RequestRefusalError as E;
            let message = match e {
                E::MandatoryForMajority => "council-error-request-mandatory",
                E::TooLate { .. } => "council-error-refusal-late",
                E::BeforeRequest => "council-error-before-request",
            };
            Error::with_cause(ErrorKind::Conflict, e).with_field("reasons", message)
        })?;
        if !store::refuse_session_request(conn, r.id, today, reasons.trim())? {
            return Err(
                Error::with_cause(ErrorKind::Conflict, "request already answered")
                    .with_field("reasons", "council-error-request-answered"),
            );
        }
        actor
            .audit(
                commune_id,
                "session_request.refuse",
                format!("session_request:{}", r.id),
            )
            .before(json!(r))
            .after(json!({ "refused_on": today, "reasons": reasons.trim() }))
            .record(conn)?;
        Ok(())
    })
}

/// A request for an extraordinary session the law does not allow, on its form field.
fn extraordinary_error(e: rules::ExtraordinarySessionError) -> Error {
    use rules::ExtraordinarySessionError as E;
    let (field, message) = match e {
        E::RequestMissing => ("requested_on", "council-error-request-missing"),
        E::Count(_) => ("requesting_members", "council-error-request-count"),
        E::RequestInTheFuture => ("requested_on", "council-error-future-act"),
        E::BeforeRequest => ("starts_on", "council-error-before-request"),
        E::MeetingTooLate { .. } => ("starts_on", "council-error-meeting-too-late"),
    };
    Error::with_cause(ErrorKind::InvalidInput, e).with_field(field, message)
}

pub(crate) fn insert_session(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    s: &NewSession<'_>,
    (today, request): (NaiveDate, Option<rules::ExtraordinaryRequest>),
) -> Result<SessionRow> {
    let cal = musharaka_communes::holidays::calendar(conn)?;
    let month = match s.kind {
        SessionKind::Ordinary(m) => {
            let found = rules::validate_ordinary_start(s.starts_on)
                .map_err(|_| Error::invalid("starts_on", "council-error-ordinary-start"))?;
            if found != m {
                return Err(Error::invalid("starts_on", "council-error-ordinary-start"));
            }
            Some(m.number() as i32)
        }
        SessionKind::Extraordinary(_) => None,
    };
    let deadlines = rules::session_deadlines(s.kind, s.starts_on, &cal);
    if s.ends_on < s.starts_on || s.ends_on > deadlines.last_day {
        return Err(Error::invalid("ends_on", "council-error-session-length"));
    }
    if s.place.trim().is_empty() {
        return Err(Error::invalid("place", "field-required"));
    }
    rules::validate_planning(s.kind, s.starts_on, today, &cal)
        .map_err(|e| notice_error(e, "starts_on"))?;
    let (kind, trigger) = match s.kind {
        SessionKind::Ordinary(_) => ("ordinary", None),
        SessionKind::Extraordinary(t) => ("extraordinary", Some(key(&t))),
    };
    write_transaction(conn, |conn| {
        let t = now();
        let row = store::insert_session(
            conn,
            &NewSessionRow {
                commune_id,
                kind,
                ordinary_month: month,
                trigger_by: trigger,
                trigger_note: s.trigger_note.map(str::trim).filter(|n| !n.is_empty()),
                starts_on: s.starts_on,
                ends_on: s.ends_on,
                place: s.place.trim(),
                status: SessionStatus::Planned,
                created_at: t,
                updated_at: t,
                requested_on: request.map(|r| r.requested_on),
                requesting_members: request
                    .filter(|_| {
                        !matches!(
                            s.kind,
                            SessionKind::Extraordinary(
                                crate::model::ExtraordinaryTrigger::Governor
                            )
                        )
                    })
                    .and_then(|r| i32::try_from(r.requesting_members).ok()),
            },
        )?;
        entry(
            actor,
            commune_id,
            "session.create",
            format!("session:{}", row.id),
        )
        .after(json!(row))
        .record(conn)?;
        Ok(row)
    })
}

/// Moves a session through its state machine (planned → convened → open → closed, or
/// cancelled before it opens).
pub fn transition_session(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    event: SessionEvent,
) -> Result<SessionRow> {
    transition_session_on(conn, actor, commune_id, session_id, event, today())
}

/// [`transition_session`] on `today`: the members are convened within the notice period
/// (arts. 35, 37, [`rules::validate_convening`]); a session opens on or after its first
/// day, never before (art. 42: the quorum is counted at the opening).
pub fn transition_session_on(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    event: SessionEvent,
    today: NaiveDate,
) -> Result<SessionRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let s = store::session(conn, commune_id, session_id)?;
        let before = s.status;
        let after = before
            .transition(event)
            .map_err(|e| Error::with_cause(ErrorKind::Conflict, e))?;
        let cal = musharaka_communes::holidays::calendar(conn)?;
        match event {
            SessionEvent::Convene => rules::validate_convening(s.kind(), s.starts_on, today, &cal)
                .map_err(|e| notice_error(e, LAW_FIELD))?,
            SessionEvent::Open => rules::validate_not_in_future(s.starts_on, today)
                .map_err(|e| future_error(e, LAW_FIELD))?,
            SessionEvent::Close | SessionEvent::Cancel => {}
        }
        if !store::set_session_status(conn, s.id, before, after)? {
            return Err(ErrorKind::Conflict.into());
        }
        actor
            .audit(
                commune_id,
                "session.transition",
                format!("session:{}", s.id),
            )
            .before(json!({"status": key(&before)}))
            .after(json!({"status": key(&after)}))
            .record(conn)?;
        Ok(store::session(conn, commune_id, s.id)?)
    })
}

/// The field a refusal not tied to one input is shown under (a flash on the page).
pub const LAW_FIELD: &str = "law";

/// A deadline of arts. 35–39 already passed: a conflict, on `field`, with its message.
pub(crate) fn notice_error(e: rules::NoticeError, field: &str) -> Error {
    use rules::NoticeError as E;
    let message = match e {
        E::AgendaToGovernorPassed { .. } => "council-error-agenda-deadline-passed",
        E::NoticePassed { .. } => "council-error-notice-deadline-passed",
        E::GovernorAdditionsPassed { .. } => "council-error-governor-additions-passed",
    };
    Error::with_cause(ErrorKind::Conflict, e).with_field(field, message)
}

/// An act dated after today (art. 47): a conflict, on `field`.
pub(crate) fn future_error(e: rules::ActDateError, field: &str) -> Error {
    Error::with_cause(ErrorKind::Conflict, e).with_field(field, "council-error-future-act")
}

/// The form field an extension's errors are shown on.
pub(crate) const EXTENSION_FIELD: &str = "extended_until";

/// Art. 34: the president extends a running ordinary session (convened or open) once, to a
/// last day at most 7 working days after its regular last day ([`rules::validate_extension`];
/// never an extraordinary session, art. 36). Audited with the last day before and after.
pub fn extend_session(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    new_last_day: NaiveDate,
) -> Result<SessionRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let s = store::session(conn, commune_id, session_id)?;
        let cal = musharaka_communes::holidays::calendar(conn)?;
        let extended = s.extended_until.is_some();
        rules::validate_extension(s.kind(), s.starts_on, extended, new_last_day, &cal)
            .map_err(extension_error)?;
        if !matches!(s.status, SessionStatus::Convened | SessionStatus::Open) {
            return Err(Error::field(
                ErrorKind::Conflict,
                EXTENSION_FIELD,
                "council-error-extension-status",
            ));
        }
        store_extension(conn, &s, new_last_day)?;
        actor
            .audit(commune_id, "session.extend", format!("session:{}", s.id))
            .before(json!({"last_day": s.last_day(), "extended_until": s.extended_until}))
            .after(json!({"last_day": new_last_day, "extended_until": new_last_day}))
            .record(conn)?;
        Ok(store::session(conn, commune_id, s.id)?)
    })
}

/// Writes the extension unless another request extended the session first.
pub(crate) fn store_extension(
    conn: &mut AnyConnection,
    s: &SessionRow,
    new_last_day: NaiveDate,
) -> Result<()> {
    if store::extend_session(conn, s.id, new_last_day)? {
        Ok(())
    } else {
        Err(extension_error(rules::ExtensionError::AlreadyExtended))
    }
}

/// An extension refused by art. 34 or 36, on the form field, with its Fluent message: a
/// date out of range is invalid input (422), a session that cannot be extended a conflict
/// (409).
pub(crate) fn extension_error(e: rules::ExtensionError) -> Error {
    use rules::ExtensionError as E;
    let (kind, message) = match e {
        E::ExtraordinaryCannotBeExtended => {
            (ErrorKind::Conflict, "council-error-extension-extraordinary")
        }
        E::AlreadyExtended => (ErrorKind::Conflict, "council-error-extension-already"),
        E::NotAnExtension { .. } => (ErrorKind::InvalidInput, "council-error-extension-not-later"),
        E::TooLong { .. } => (ErrorKind::InvalidInput, "council-error-extension-too-long"),
    };
    Error::with_cause(kind, e).with_field(EXTENSION_FIELD, message)
}

/// A deadline the secretariat should see on its dashboard.
#[derive(Debug, Clone)]
pub struct DeadlineWarning {
    pub session: SessionRow,
    /// `council-deadline-notice` (art. 35) or `council-deadline-agenda` (art. 38).
    pub what: &'static str,
    pub date: NaiveDate,
    pub state: DeadlineState,
}

/// Deadlines of planned sessions that are near (within 7 days) or passed.
pub fn deadline_warnings(
    conn: &mut AnyConnection,
    commune_id: i64,
    today: NaiveDate,
) -> Result<Vec<DeadlineWarning>> {
    let cal = musharaka_communes::holidays::calendar(conn)?;
    let mut out = Vec::new();
    for s in store::upcoming_sessions(conn, commune_id, today)? {
        if s.status != SessionStatus::Planned {
            continue;
        }
        let d = rules::session_deadlines(s.kind(), s.starts_on, &cal);
        let mut check = |what: &'static str, date: NaiveDate| {
            let state = rules::deadline_state(date, today, 7);
            if !matches!(state, DeadlineState::Upcoming { .. }) {
                out.push(DeadlineWarning {
                    session: s.clone(),
                    what,
                    date,
                    state,
                });
            }
        };
        if let Some(agenda) = d.agenda_to_governor_by {
            check("council-deadline-agenda", agenda);
        }
        check("council-deadline-notice", d.notice_by);
    }
    Ok(out)
}

/// The ordinary month of a date's session, for forms.
pub fn ordinary_month_of(date: NaiveDate) -> Option<OrdinaryMonth> {
    OrdinaryMonth::from_number(date.month())
}
