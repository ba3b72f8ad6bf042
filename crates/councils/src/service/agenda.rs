//! Agenda items: adding, documents, committee reports, refusal, postponement, and
//! `propose_item`, which other domains call (art. 40, arts. 121–125).

use super::*;
use crate::records::ItemId;
pub use crate::records::NewItem;

pub(crate) fn insert_item(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    session: &SessionRow,
    it: &NewItem<'_>,
    requesters: Option<i32>,
) -> Result<ItemRow> {
    if session.status.is_final() {
        return Err(Error::with_cause(ErrorKind::Conflict, "session is over"));
    }
    if it.title_ar.trim().is_empty() {
        return Err(Error::invalid("title_ar", "field-required"));
    }
    if it.title_fr.trim().is_empty() {
        return Err(Error::invalid("title_fr", "field-required"));
    }
    let number = store::next_item_number(conn, session.id)?;
    let item = store::insert_item(conn, session, number, it, requesters)?;
    entry(
        actor,
        session.commune_id,
        "agenda.add",
        format!("agenda_item:{}", item.id),
    )
    .after(json!(item))
    .record(conn)?;
    Ok(item)
}

/// Adds an item to a session's agenda (president, members or governor, arts. 38–40). An
/// item asked for by members carries how many asked (`requesters`, art. 40: between one and
/// the members in office on `today`); other items carry none (the count is ignored).
pub fn add_item(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    it: &NewItem<'_>,
    requesters: Option<u32>,
    today: NaiveDate,
) -> Result<ItemRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let session = store::session(conn, commune_id, session_id)?;
        let cal = musharaka_communes::holidays::calendar(conn)?;
        rules::validate_item_addition(session.kind(), session.starts_on, it.source, today, &cal)
            .map_err(|e| notice_error(e, "title_ar"))?;
        let requesters = match it.source {
            ItemSource::Members => Some(checked_requesters(conn, commune_id, requesters, today)?),
            _ => None,
        };
        insert_item(conn, Some(actor), &session, it, requesters)
    })
}

/// The number of members who asked for an item (art. 40): required, from one to the
/// members in office.
pub(crate) fn checked_requesters(
    conn: &mut AnyConnection,
    commune_id: i64,
    requesters: Option<u32>,
    today: NaiveDate,
) -> Result<i32> {
    let n = requesters.ok_or_else(|| Error::invalid("requesters", "field-required"))?;
    let in_office = store::members_in_office(conn, commune_id, today)?.len();
    let valid = usize::try_from(n).is_ok_and(|n| (1..=in_office).contains(&n));
    match i32::try_from(n) {
        Ok(n) if valid => Ok(n),
        _ => Err(Error::invalid("requesters", "council-error-requesters")),
    }
}

pub(crate) fn set_item_status(
    conn: &mut AnyConnection,
    actor: &Permissions,
    item: &ItemRow,
    status: ItemStatus,
    reasons: &str,
    action: &str,
) -> Result<()> {
    if !store::settle_item(conn, item.id, status, reasons)? {
        return Err(Error::with_cause(
            ErrorKind::Conflict,
            "item already settled",
        ));
    }
    Ok(actor
        .audit(item.commune_id, action, format!("agenda_item:{}", item.id))
        .before(json!({"status": item.status.key()}))
        .after(json!({"status": status.key(), "reasons": reasons}))
        .record(conn)?)
}

/// Attaches a stored PDF (already checked and saved by the caller) to an agenda item.
pub fn attach_document(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    upload_id: i64,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        store::add_document(conn, commune_id, item.id, upload_id)?;
        Ok(actor
            .audit(
                commune_id,
                "agenda.document",
                format!("agenda_item:{}", item.id),
            )
            .after(json!({ "upload": upload_id }))
            .record(conn)?)
    })
}

/// Records the competent committee's report on an item (art. 28: every item goes to the
/// committee first); editable until the session is over. `committee` refers the item to one
/// of the commune's permanent committees (or changes it); an item never referred needs one.
pub fn set_committee_report(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    committee: Option<i64>,
    report: &str,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        if store::session(conn, commune_id, item.session_id)?
            .status
            .is_final()
        {
            return Err(Error::with_cause(ErrorKind::Conflict, "session is over"));
        }
        let committee_id = match committee {
            Some(id) => Some(checked_committee(conn, commune_id, id, "committee")?),
            None => item.committee_id,
        };
        rules::validate_committee_study(committee_id, Some(report), None)
            .map_err(|e| Error::invalid("report", committee_study_message(e)))?;
        store::set_committee_report(conn, item.id, committee_id, report.trim())?;
        Ok(actor
            .audit(
                commune_id,
                "agenda.committee_report",
                format!("agenda_item:{}", item.id),
            )
            .before(json!({ "committee": item.committee_id, "report": item.committee_report }))
            .after(json!({ "committee": committee_id, "report": report.trim() }))
            .record(conn)?)
    })
}

/// Art. 28 para. 2: the council's decision, without debate, to deliberate or not on an item
/// its committee did not study, taken on `decided_on` (a day of the item's session, not
/// after `today`) by the majority of votes cast ([`rules::decide_unstudied_item`]). With
/// "deliberate" the item may be voted without a report; with "not deliberate" it may not be
/// voted at this session. One decision per item.
pub fn decide_unstudied_item(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    (decided_on, counts): (NaiveDate, VoteCounts),
    today: NaiveDate,
) -> Result<rules::StudyDecision> {
    require_secretariat(actor, commune_id)?;
    rules::validate_not_in_future(decided_on, today).map_err(|e| future_error(e, "decided_on"))?;
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        let session = store::session(conn, commune_id, item.session_id)?;
        if session.status.is_final() || item.status != ItemStatus::OnAgenda {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "item not on an open agenda",
            ));
        }
        if store::study_decision(conn, item.id)?.is_some() {
            return Err(Error::with_cause(ErrorKind::Conflict, "already decided")
                .with_field(LAW_FIELD, "council-error-study-decided"));
        }
        let unstudied = rules::UnstudiedItem {
            committee_id: item.committee_id,
            report: item.committee_report.as_deref(),
            session_days: (session.starts_on, session.last_day()),
            members_in_office: count(store::members_in_office(conn, commune_id, decided_on)?.len()),
        };
        let decision =
            rules::decide_unstudied_item(unstudied, counts, decided_on).map_err(|e| {
                let (kind, field, message) = match e {
                    rules::StudyDecisionError::NotReferred => {
                        (ErrorKind::Conflict, LAW_FIELD, "council-error-not-referred")
                    }
                    rules::StudyDecisionError::Reported => (
                        ErrorKind::Conflict,
                        LAW_FIELD,
                        "council-error-study-reported",
                    ),
                    rules::StudyDecisionError::OutsideSession => (
                        ErrorKind::InvalidInput,
                        "decided_on",
                        "council-error-study-day",
                    ),
                    rules::StudyDecisionError::CountsExceedMembers => {
                        (ErrorKind::InvalidInput, "in_favour", "council-error-counts")
                    }
                };
                Error::with_cause(kind, e).with_field(field, message)
            })?;
        let n = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
        store::insert_study_decision(
            conn,
            &StudyDecisionRow {
                item_id: item.id,
                commune_id,
                decided_on,
                in_favour: n(counts.in_favour),
                against: n(counts.against),
                abstain: n(counts.abstain),
                decision: key(&decision),
                created_at: now(),
            },
        )?;
        actor
            .audit(
                commune_id,
                "agenda.study_decision",
                format!("agenda_item:{}", item.id),
            )
            .after(json!({ "decided_on": decided_on, "counts": counts, "decision": decision }))
            .record(conn)?;
        Ok(decision)
    })
}

/// Art. 41: records the governor's reasoned objection to an item outside the commune's
/// powers, received by the president on `received_on` (never after `today`), and whether
/// the governor referred it to the administrative court. One objection per item.
pub fn record_objection(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    (received_on, reasons, in_court): (NaiveDate, &str, bool),
    today: NaiveDate,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    rules::validate_not_in_future(received_on, today)
        .map_err(|e| future_error(e, "received_on"))?;
    if reasons.trim().is_empty() {
        return Err(Error::invalid("objection_reasons", "field-required"));
    }
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        if store::objection(conn, item.id)?.is_some() {
            return Err(
                Error::with_cause(ErrorKind::Conflict, "objection already recorded")
                    .with_field("objection_reasons", "council-error-objection-exists"),
            );
        }
        store::insert_objection(
            conn,
            &ObjectionRow {
                item_id: item.id,
                commune_id,
                received_on,
                reasons: reasons.trim().to_string(),
                in_court,
                court_ruling: None,
                created_at: now(),
            },
        )?;
        Ok(actor
            .audit(commune_id, "agenda.objection", format!("agenda_item:{}", item.id))
            .after(json!({ "received_on": received_on, "reasons": reasons.trim(), "in_court": in_court }))
            .record(conn)?)
    })
}

/// Art. 41: the administrative court's ruling on an objection referred to it.
pub fn record_court_ruling(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    ruling: rules::CourtRuling,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        if !store::set_court_ruling(conn, item.id, &key(&ruling))? {
            return Err(
                Error::with_cause(ErrorKind::Conflict, "no objection before the court")
                    .with_field("ruling", "council-error-no-objection-in-court"),
            );
        }
        Ok(actor
            .audit(
                commune_id,
                "agenda.court_ruling",
                format!("agenda_item:{}", item.id),
            )
            .after(json!({ "ruling": ruling }))
            .record(conn)?)
    })
}

/// Art. 41: whether the council may deliberate on `item` given the governor's objection; a
/// conflict on `field` with the rule's message otherwise.
pub(crate) fn check_objection(conn: &mut AnyConnection, item: &ItemRow, field: &str) -> Result<()> {
    let Some(o) = store::objection(conn, item.id)? else {
        return Ok(());
    };
    let bars = rules::deliberation_bars(rules::standing_under_objection(o.in_court, o.ruling()));
    match bars.first() {
        None => Ok(()),
        Some(bar) => {
            let message = match bar {
                rules::DeliberationBar::ObjectionPendingInCourt => {
                    "council-error-objection-pending"
                }
                _ => "council-error-objection-upheld",
            };
            Err(Error::with_cause(ErrorKind::Conflict, "art. 41").with_field(field, message))
        }
    }
}

/// Art. 46: a member's written question to the president, received on `received_on` (not
/// after `today`): it goes on the first planned session at least a month away
/// ([`rules::session_for_question`]), or waits for the next one the council plans.
pub fn ask_written_question(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    (member_id, received_on, question): (i64, NaiveDate, &str),
    today: NaiveDate,
) -> Result<crate::records::QuestionRow> {
    require_secretariat(actor, commune_id)?;
    rules::validate_not_in_future(received_on, today)
        .map_err(|e| future_error(e, "question_received_on"))?;
    if question.trim().is_empty() {
        return Err(Error::invalid("question", "field-required"));
    }
    write_transaction(conn, |conn| {
        if !store::members_in_office(conn, commune_id, received_on)?.contains(&member_id) {
            return Err(Error::invalid("member", "field-choice"));
        }
        let sessions: Vec<SessionRow> = store::all_sessions(conn, commune_id)?
            .into_iter()
            .filter(|s| !s.status.is_final())
            .collect();
        let starts: Vec<NaiveDate> = sessions.iter().map(|s| s.starts_on).collect();
        let session = rules::session_for_question(received_on, &starts)
            .and_then(|start| sessions.iter().find(|s| s.starts_on == start))
            .map(|s| s.id);
        let id = store::insert_question(
            conn,
            &NewQuestionRow {
                commune_id,
                member_id,
                received_on,
                question: question.trim(),
                session_id: session,
                created_at: now(),
            },
        )?;
        let row = store::question(conn, commune_id, id)?;
        actor
            .audit(commune_id, "question.ask", format!("written_question:{id}"))
            .after(json!(row))
            .record(conn)?;
        Ok(row)
    })
}

/// Art. 46: the president's answer, given at a sitting of the question's session
/// ([`rules::validate_answer_day`]), on `answered_on` (not after `today`).
pub fn answer_written_question(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    (answer, answered_on): (&str, NaiveDate),
    today: NaiveDate,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    rules::validate_not_in_future(answered_on, today).map_err(|e| future_error(e, "answer"))?;
    if answer.trim().is_empty() {
        return Err(Error::invalid("answer", "field-required"));
    }
    write_transaction(conn, |conn| {
        let q = store::question(conn, commune_id, id)?;
        let session = match q.session_id {
            Some(s) => store::session(conn, commune_id, s)?,
            None => {
                return Err(Error::with_cause(ErrorKind::Conflict, "no session")
                    .with_field("answer", "council-error-answer-session"))
            }
        };
        rules::validate_answer_day(answered_on, session.starts_on, session.last_day()).map_err(
            |e| {
                Error::with_cause(ErrorKind::Conflict, e)
                    .with_field("answer", "council-error-answer-session")
            },
        )?;
        if !store::answer_question(conn, q.id, answer.trim(), answered_on)? {
            return Err(Error::with_cause(ErrorKind::Conflict, "already answered")
                .with_field("answer", "council-error-question-answered"));
        }
        Ok(actor
            .audit(
                commune_id,
                "question.answer",
                format!("written_question:{id}"),
            )
            .after(json!({ "answer": answer.trim(), "answered_on": answered_on }))
            .record(conn)?)
    })
}

/// One of the commune's permanent committees (arts. 25, 28), or an error on `field`.
pub fn checked_committee(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
    field: &str,
) -> Result<i64> {
    let committees = musharaka_communes::store::committees(conn, commune_id)?;
    if committees.iter().any(|c| c.committee.id == id) {
        Ok(id)
    } else {
        Err(Error::invalid(field, "field-choice"))
    }
}

/// Arts. 25, 27 and 28: the council votes through lawful permanent committees; while their
/// set breaks the law ([`musharaka_communes::rules::committee_composition_problems`]) a
/// conflict on the law's field listing each problem.
pub(crate) fn check_committees(conn: &mut AnyConnection, commune_id: i64) -> Result<()> {
    let problems = musharaka_communes::service::composition_problems(conn, commune_id)?;
    if problems.is_empty() {
        return Ok(());
    }
    let first = Error::with_cause(ErrorKind::Conflict, "arts. 25, 27")
        .with_field(LAW_FIELD, "council-error-committees-unlawful");
    Err(problems
        .iter()
        .fold(first, |e, p| e.with_field(LAW_FIELD, p.message())))
}

/// The message of an item not studied by its committee (art. 28).
fn committee_study_message(e: rules::CommitteeStudyError) -> &'static str {
    match e {
        rules::CommitteeStudyError::NotReferred => "council-error-not-referred",
        rules::CommitteeStudyError::NoReport => "council-error-no-report",
        rules::CommitteeStudyError::CouncilDeclined => "council-error-study-declined",
    }
}

/// An item not studied by its committee (art. 28): a conflict on `field`, with its message.
pub(crate) fn committee_study_error(e: rules::CommitteeStudyError, field: &str) -> Error {
    Error::with_cause(ErrorKind::Conflict, e).with_field(field, committee_study_message(e))
}

/// Art. 40: a member's requested item may be refused, with reasons recorded in the minutes;
/// an item asked for by at least half the members in office on `today` is mandatory and
/// cannot be refused ([`rules::decide_item_request`]).
pub fn refuse_item(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    reasons: &str,
    today: NaiveDate,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    let reasons = crate::model::Reasons::new(reasons)
        .map_err(|_| Error::invalid("reasons", "field-required"))?;
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        if parse::<ItemSource>(&item.source) != Some(ItemSource::Members) {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "only members' requests are refused (art. 40)",
            ));
        }
        let in_office = store::members_in_office(conn, commune_id, today)?.len();
        let answer = rules::ItemRequestAnswer::Refuse {
            reasons: reasons.clone(),
        };
        rules::decide_item_request(requesters_of(&item), count(in_office), answer).map_err(
            |e| {
                Error::with_cause(ErrorKind::Conflict, e)
                    .with_field("reasons", "council-error-mandatory-item")
            },
        )?;
        set_item_status(
            conn,
            actor,
            &item,
            ItemStatus::Refused,
            reasons.as_str(),
            "agenda.refuse",
        )
    })
}

/// The members who asked for an item (art. 40); none recorded counts as none.
pub(crate) fn requesters_of(item: &ItemRow) -> u32 {
    item.requesters
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0)
}

pub(crate) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Postpones an item to the next session, with a reason: the item is closed here and
/// re-entered on the first ordinary session after this one whose agenda is still open.
pub fn postpone_item(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    reason: &str,
    today: NaiveDate,
) -> Result<ItemRow> {
    require_secretariat(actor, commune_id)?;
    if reason.trim().is_empty() {
        return Err(Error::invalid("reason", "field-required"));
    }
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        set_item_status(
            conn,
            actor,
            &item,
            ItemStatus::Postponed,
            reason.trim(),
            "agenda.postpone",
        )?;
        let matter = parse::<Matter>(&item.matter).unwrap_or(Matter::General);
        let source = parse::<ItemSource>(&item.source).unwrap_or(ItemSource::President);
        let current = store::session(conn, commune_id, item.session_id)?;
        let after_current = current.last_day().succ_opt().unwrap_or(current.last_day());
        let (session, _) = next_open_session(conn, commune_id, today.max(after_current))?;
        let new = NewItem {
            title_ar: &item.title_ar,
            title_fr: &item.title_fr,
            summary: &item.summary,
            committee_id: item.committee_id,
            matter,
            source,
            source_ref: item.source_ref.as_deref(),
        };
        let moved = insert_item(conn, Some(actor), &session, &new, item.requesters)?;
        publish_postponement(conn, &item, &moved, &session)?;
        Ok(moved)
    })
}

/// Tells the domain the item came from (a petition, an opinion, ...) where it went, in the
/// postponement's transaction (`item.postponed`).
fn publish_postponement(
    conn: &mut AnyConnection,
    closed: &ItemRow,
    moved: &ItemRow,
    session: &SessionRow,
) -> Result<()> {
    let payload = serde_json::json!({
        "commune_id": closed.commune_id,
        "item_id": closed.id,
        "new_item_id": moved.id,
        "session_id": session.id,
        "starts_on": session.starts_on.to_string(),
        "source": closed.source,
        "source_ref": closed.source_ref,
    });
    musharaka_db::events::publish(conn, musharaka_db::events::ITEM_POSTPONED, &payload)?;
    Ok(())
}

/// The next ordinary session whose agenda is open on `on` (arts. 33, 38): the stored one,
/// or a planned session created at its default date when none exists yet.
pub(crate) fn next_open_session(
    conn: &mut AnyConnection,
    commune_id: i64,
    on: NaiveDate,
) -> Result<(SessionRow, NextOrdinarySession)> {
    let cal = musharaka_communes::holidays::calendar(conn)?;
    let planned = store::ordinary_starts(conn, commune_id)?;
    let next = rules::next_open_ordinary_session(on, &planned, &cal);
    if let Some(s) = store::ordinary_session_on(conn, commune_id, next.session.start)? {
        return Ok((s, next));
    }
    let deadlines = rules::session_deadlines(
        SessionKind::Ordinary(next.session.month),
        next.session.start,
        &cal,
    );
    let sessions = store::all_sessions(conn, commune_id)?;
    let places: Vec<&str> = sessions.iter().map(|s| s.place.as_str()).collect();
    let seat = musharaka_communes::store::by_id(conn, commune_id)?.address_ar;
    let place = rules::usual_session_place(&places, &seat).unwrap_or(rules::NO_PLACE);
    let s = insert_session(
        conn,
        None,
        commune_id,
        &NewSession {
            kind: SessionKind::Ordinary(next.session.month),
            trigger_note: None,
            starts_on: next.session.start,
            ends_on: deadlines.last_day,
            place,
        },
        (on, None),
    )?;
    Ok((s, next))
}

/// What `propose_item` did: the session chosen, the item, and why that session (the
/// 20-day rule of art. 38, shown to the public).
pub struct Proposal {
    pub session: SessionRow,
    pub item: ItemRow,
    pub next: NextOrdinarySession,
}

/// For other crates (petitions, advisory opinions, participatory budgets, co-creation):
/// puts an item on the next ordinary session whose agenda is still open on `on`, inside
/// the caller's transaction. Arts. 38 and 125.
pub fn propose_item(
    conn: &mut AnyConnection,
    commune_id: i64,
    it: &NewItem<'_>,
    on: NaiveDate,
) -> Result<Proposal> {
    let (session, next) = next_open_session(conn, commune_id, on)?;
    let item = insert_item(conn, None, &session, it, None)?;
    Ok(Proposal {
        session,
        item,
        next,
    })
}
