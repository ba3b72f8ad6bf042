//! Use cases of the council secretariat and the public function other crates call
//! (`propose_item`). Each checks the permission (role `secretariat`), applies the rules of
//! `rules.rs`, runs in one transaction and writes the audit log.

use crate::model::{
    Ballot, Convocation, ItemSource, Matter, OrdinaryMonth, Publicity, SessionEvent, SessionKind,
    SessionStatus, VoteChoice, VoteCounts,
};
use crate::records::{
    key, parse, DeliberationRow, ItemRow, MinutesRow, SessionRow, SittingRow, VoteRow,
};
use crate::rules::{self, DeadlineState, Decision, NextOrdinarySession, QuorumDecision, VoteInput};
use crate::{store, WorkingCalendar};
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_communes::CouncilRole;
use musharaka_core::time::now;
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_db::schema::{
    agenda_item_documents, agenda_items, attendance, council_members, council_sessions,
    deliberations, item_votes, member_votes, minutes, sittings,
};
use musharaka_db::AnyConnection;
use musharaka_identity::audit::log;
use musharaka_identity::{Permissions, Role};
use serde_json::json;

/// The secretariat (or the platform admin) runs the council's records.
pub fn require_secretariat(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.has(commune_id, Role::Secretariat) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// Deliberations and minutes are written in Arabic first (the French text is optional).
fn require_arabic_text(text_ar: &str) -> Result<()> {
    if text_ar.trim().is_empty() {
        return Err(Error::invalid("text_ar", "field-required"));
    }
    Ok(())
}

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
    require_secretariat(actor, commune_id)?;
    insert_session(conn, Some(actor), commune_id, s)
}

fn insert_session(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    s: &NewSession<'_>,
) -> Result<SessionRow> {
    let cal = WorkingCalendar::default();
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
    let (kind, trigger) = match s.kind {
        SessionKind::Ordinary(_) => ("ordinary", None),
        SessionKind::Extraordinary(t) => ("extraordinary", Some(key(&t))),
    };
    conn.transaction(|conn| {
        let t = now();
        let row: SessionRow = diesel::insert_into(council_sessions::table)
            .values((
                council_sessions::commune_id.eq(commune_id),
                council_sessions::kind.eq(kind),
                council_sessions::ordinary_month.eq(month),
                council_sessions::trigger_by.eq(trigger),
                council_sessions::trigger_note
                    .eq(s.trigger_note.map(str::trim).filter(|n| !n.is_empty())),
                council_sessions::starts_on.eq(s.starts_on),
                council_sessions::ends_on.eq(s.ends_on),
                council_sessions::place.eq(s.place.trim()),
                council_sessions::status.eq(key(&SessionStatus::Planned)),
                council_sessions::created_at.eq(t),
                council_sessions::updated_at.eq(t),
            ))
            .returning(council_sessions::all_columns)
            .get_result(conn)?;
        log(
            conn,
            actor,
            commune_id,
            "session.create",
            format!("session:{}", row.id),
            None,
            Some(json!(row)),
        )?;
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
    require_secretariat(actor, commune_id)?;
    conn.transaction(|conn| {
        let s = store::session(conn, commune_id, session_id)?;
        let before = s.status();
        let after = before
            .transition(event)
            .map_err(|e| Error::with_cause(ErrorKind::Conflict, e))?;
        let n = diesel::update(
            council_sessions::table
                .find(s.id)
                .filter(council_sessions::status.eq(key(&before))),
        )
        .set((
            council_sessions::status.eq(key(&after)),
            council_sessions::updated_at.eq(now()),
        ))
        .execute(conn)?;
        if n != 1 {
            return Err(ErrorKind::Conflict.into());
        }
        log(
            conn,
            Some(actor),
            commune_id,
            "session.transition",
            format!("session:{}", s.id),
            Some(json!({"status": key(&before)})),
            Some(json!({"status": key(&after)})),
        )?;
        Ok(store::session(conn, commune_id, s.id)?)
    })
}

/// The form field an extension's errors are shown on.
const EXTENSION_FIELD: &str = "extended_until";

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
    conn.transaction(|conn| {
        let s = store::session(conn, commune_id, session_id)?;
        let cal = WorkingCalendar::default();
        let extended = s.extended_until.is_some();
        rules::validate_extension(s.kind(), s.starts_on, extended, new_last_day, &cal)
            .map_err(extension_error)?;
        if !matches!(s.status(), SessionStatus::Convened | SessionStatus::Open) {
            return Err(Error::field(
                ErrorKind::Conflict,
                EXTENSION_FIELD,
                "council-error-extension-status",
            ));
        }
        store_extension(conn, &s, new_last_day)?;
        log(
            conn,
            Some(actor),
            commune_id,
            "session.extend",
            format!("session:{}", s.id),
            Some(json!({"last_day": s.last_day(), "extended_until": s.extended_until})),
            Some(json!({"last_day": new_last_day, "extended_until": new_last_day})),
        )?;
        Ok(store::session(conn, commune_id, s.id)?)
    })
}

/// Writes the extension unless another request extended the session first.
fn store_extension(
    conn: &mut AnyConnection,
    s: &SessionRow,
    new_last_day: NaiveDate,
) -> Result<()> {
    let n = diesel::update(
        council_sessions::table
            .find(s.id)
            .filter(council_sessions::extended_until.is_null()),
    )
    .set((
        council_sessions::extended_until.eq(new_last_day),
        council_sessions::updated_at.eq(now()),
    ))
    .execute(conn)?;
    if n == 1 {
        Ok(())
    } else {
        Err(extension_error(rules::ExtensionError::AlreadyExtended))
    }
}

/// An extension refused by art. 34 or 36, on the form field, with its Fluent message: a
/// date out of range is invalid input (422), a session that cannot be extended a conflict
/// (409).
fn extension_error(e: rules::ExtensionError) -> Error {
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

/// An agenda item as entered or proposed.
pub struct NewItem<'a> {
    pub title_ar: &'a str,
    pub title_fr: &'a str,
    pub summary: &'a str,
    pub committee_id: Option<i64>,
    pub matter: Matter,
    pub source: ItemSource,
    pub source_ref: Option<&'a str>,
}

fn insert_item(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    session: &SessionRow,
    it: &NewItem<'_>,
    requesters: Option<i32>,
) -> Result<ItemRow> {
    if session.status().is_final() {
        return Err(Error::with_cause(ErrorKind::Conflict, "session is over"));
    }
    if it.title_ar.trim().is_empty() {
        return Err(Error::invalid("title_ar", "field-required"));
    }
    if it.title_fr.trim().is_empty() {
        return Err(Error::invalid("title_fr", "field-required"));
    }
    let next: Option<i32> = agenda_items::table
        .filter(agenda_items::session_id.eq(session.id))
        .select(diesel::dsl::max(agenda_items::number))
        .first(conn)?;
    let item: ItemRow = diesel::insert_into(agenda_items::table)
        .values((
            agenda_items::commune_id.eq(session.commune_id),
            agenda_items::session_id.eq(session.id),
            agenda_items::number.eq(next.unwrap_or(0) + 1),
            agenda_items::title_ar.eq(it.title_ar.trim()),
            agenda_items::title_fr.eq(it.title_fr.trim()),
            agenda_items::summary.eq(it.summary.trim()),
            agenda_items::committee_id.eq(it.committee_id),
            agenda_items::matter.eq(key(&it.matter)),
            agenda_items::source.eq(key(&it.source)),
            agenda_items::source_ref.eq(it.source_ref),
            agenda_items::status.eq("on_agenda"),
            agenda_items::created_at.eq(now()),
            agenda_items::requesters.eq(requesters),
        ))
        .returning(agenda_items::all_columns)
        .get_result(conn)?;
    log(
        conn,
        actor,
        session.commune_id,
        "agenda.add",
        format!("agenda_item:{}", item.id),
        None,
        Some(json!(item)),
    )?;
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
    conn.transaction(|conn| {
        let session = store::session(conn, commune_id, session_id)?;
        let requesters = match it.source {
            ItemSource::Members => Some(checked_requesters(conn, commune_id, requesters, today)?),
            _ => None,
        };
        insert_item(conn, Some(actor), &session, it, requesters)
    })
}

/// The number of members who asked for an item (art. 40): required, from one to the
/// members in office.
fn checked_requesters(
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

fn set_item_status(
    conn: &mut AnyConnection,
    actor: &Permissions,
    item: &ItemRow,
    status: &str,
    reasons: &str,
    action: &str,
) -> Result<()> {
    let n = diesel::update(
        agenda_items::table
            .find(item.id)
            .filter(agenda_items::status.eq("on_agenda")),
    )
    .set((
        agenda_items::status.eq(status),
        agenda_items::status_reasons.eq(reasons),
    ))
    .execute(conn)?;
    if n != 1 {
        return Err(Error::with_cause(
            ErrorKind::Conflict,
            "item already settled",
        ));
    }
    log(
        conn,
        Some(actor),
        item.commune_id,
        action,
        format!("agenda_item:{}", item.id),
        Some(json!({"status": item.status})),
        Some(json!({"status": status, "reasons": reasons})),
    )
}

/// Attaches a stored PDF (already checked and saved by the caller) to an agenda item.
pub fn attach_document(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    upload_id: i64,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    conn.transaction(|conn| {
        let item = store::item(conn, commune_id, item_id)?;
        diesel::insert_into(agenda_item_documents::table)
            .values((
                agenda_item_documents::item_id.eq(item.id),
                agenda_item_documents::upload_id.eq(upload_id),
                agenda_item_documents::commune_id.eq(commune_id),
            ))
            .execute(conn)?;
        log(
            conn,
            Some(actor),
            commune_id,
            "agenda.document",
            format!("agenda_item:{}", item.id),
            None,
            Some(json!({ "upload": upload_id })),
        )
    })
}

/// Records the competent committee's report on an item (art. 28: every item goes to the
/// committee first); editable until the session is over.
pub fn set_committee_report(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    report: &str,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    if report.trim().is_empty() {
        return Err(Error::invalid("report", "field-required"));
    }
    conn.transaction(|conn| {
        let item = store::item(conn, commune_id, item_id)?;
        if store::session(conn, commune_id, item.session_id)?
            .status()
            .is_final()
        {
            return Err(Error::with_cause(ErrorKind::Conflict, "session is over"));
        }
        diesel::update(agenda_items::table.find(item.id))
            .set(agenda_items::committee_report.eq(report.trim()))
            .execute(conn)?;
        log(
            conn,
            Some(actor),
            commune_id,
            "agenda.committee_report",
            format!("agenda_item:{}", item.id),
            Some(json!({ "report": item.committee_report })),
            Some(json!({ "report": report.trim() })),
        )
    })
}

/// Art. 40: a member's requested item may be refused, with reasons recorded in the minutes;
/// an item asked for by at least half the members in office on `today` is mandatory and
/// cannot be refused ([`rules::decide_item_request`]).
pub fn refuse_item(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    reasons: &str,
    today: NaiveDate,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    let reasons = crate::model::Reasons::new(reasons)
        .map_err(|_| Error::invalid("reasons", "field-required"))?;
    conn.transaction(|conn| {
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
            "refused",
            reasons.as_str(),
            "agenda.refuse",
        )
    })
}

/// The members who asked for an item (art. 40); none recorded counts as none.
fn requesters_of(item: &ItemRow) -> u32 {
    item.requesters
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Postpones an item to the next session, with a reason: the item is closed here and
/// re-entered on the first ordinary session after this one whose agenda is still open.
pub fn postpone_item(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    reason: &str,
    today: NaiveDate,
) -> Result<ItemRow> {
    require_secretariat(actor, commune_id)?;
    if reason.trim().is_empty() {
        return Err(Error::invalid("reason", "field-required"));
    }
    conn.transaction(|conn| {
        let item = store::item(conn, commune_id, item_id)?;
        set_item_status(
            conn,
            actor,
            &item,
            "postponed",
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
        insert_item(conn, Some(actor), &session, &new, item.requesters)
    })
}

/// The next ordinary session whose agenda is open on `on` (arts. 33, 38): the stored one,
/// or a planned session created at its default date when none exists yet.
fn next_open_session(
    conn: &mut AnyConnection,
    commune_id: i64,
    on: NaiveDate,
) -> Result<(SessionRow, NextOrdinarySession)> {
    let cal = WorkingCalendar::default();
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
    let s = insert_session(
        conn,
        None,
        commune_id,
        &NewSession {
            kind: SessionKind::Ordinary(next.session.month),
            trigger_note: None,
            starts_on: next.session.start,
            ends_on: deadlines.last_day,
            place: "—",
        },
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

/// A sitting as the secretariat plans it.
pub struct NewSitting {
    pub starts_at: NaiveDateTime,
    pub convocation: Convocation,
    pub publicity: Publicity,
}

/// Adds a sitting; a closed sitting carries who asked and why (art. 48).
pub fn add_sitting(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    s: &NewSitting,
) -> Result<SittingRow> {
    require_secretariat(actor, commune_id)?;
    conn.transaction(|conn| {
        let session = store::session(conn, commune_id, session_id)?;
        if session.status().is_final() {
            return Err(Error::with_cause(ErrorKind::Conflict, "session is over"));
        }
        let (is_public, requester, reasons) = match &s.publicity {
            Publicity::Public => (true, None, None),
            Publicity::Closed { requester, reasons } => (
                false,
                Some(key(requester)),
                Some(reasons.as_str().to_string()),
            ),
        };
        let row: SittingRow = diesel::insert_into(sittings::table)
            .values((
                sittings::commune_id.eq(commune_id),
                sittings::session_id.eq(session.id),
                sittings::starts_at.eq(s.starts_at),
                sittings::convocation.eq(key(&s.convocation)),
                sittings::is_public.eq(is_public),
                sittings::closed_requester.eq(requester),
                sittings::closed_reasons.eq(reasons),
                sittings::created_at.eq(now()),
            ))
            .returning(sittings::all_columns)
            .get_result(conn)?;
        log(
            conn,
            Some(actor),
            commune_id,
            "sitting.add",
            format!("sitting:{}", row.id),
            None,
            Some(json!(row)),
        )?;
        Ok(row)
    })
}

/// A member's attendance at a sitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Present,
    Absent,
    Excused,
}

/// Records attendance at the opening and applies the quorum rule (art. 42): the answer
/// says whether the sitting may deliberate, and why.
pub fn record_attendance(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    sitting_id: i64,
    presence: &[(i64, Presence)],
) -> Result<QuorumDecision> {
    require_secretariat(actor, commune_id)?;
    conn.transaction(|conn| {
        let sitting = store::sitting(conn, commune_id, sitting_id)?;
        let session = store::session(conn, commune_id, sitting.session_id)?;
        let in_office = store::members_in_office(conn, commune_id, sitting.starts_at.date())?;
        if presence.iter().any(|(m, _)| !in_office.contains(m)) {
            return Err(Error::invalid("presence", "field-choice"));
        }
        diesel::delete(attendance::table.filter(attendance::sitting_id.eq(sitting.id)))
            .execute(conn)?;
        for (member, p) in presence {
            diesel::insert_into(attendance::table)
                .values((
                    attendance::sitting_id.eq(sitting.id),
                    attendance::member_id.eq(member),
                    attendance::commune_id.eq(commune_id),
                    attendance::status.eq(key(p)),
                ))
                .execute(conn)?;
        }
        let present = presence
            .iter()
            .filter(|(_, p)| *p == Presence::Present)
            .count() as u32;
        let convocation = parse::<Convocation>(&sitting.convocation).unwrap_or(Convocation::First);
        let decision = rules::quorum(session.kind(), convocation, in_office.len() as u32, present)
            .map_err(|e| Error::with_cause(ErrorKind::InvalidInput, e))?;
        let decision_key = match decision {
            QuorumDecision::Reached { .. } => "reached",
            QuorumDecision::NotReached { .. } => "not_reached",
            QuorumDecision::AnyAttendance { .. } => "any_attendance",
        };
        diesel::update(sittings::table.find(sitting.id))
            .set((
                sittings::quorum_decision.eq(decision_key),
                sittings::members_present.eq(present as i32),
                sittings::members_in_office.eq(in_office.len() as i32),
            ))
            .execute(conn)?;
        log(
            conn,
            Some(actor),
            commune_id,
            "sitting.attendance",
            format!("sitting:{}", sitting.id),
            None,
            Some(json!({"present": present, "in_office": in_office.len(), "quorum": decision})),
        )?;
        Ok(decision)
    })
}

/// How the secretariat records a vote: each member's vote, or the counts only.
pub enum VoteEntry {
    PerMember(Vec<(i64, VoteChoice)>),
    Counts {
        counts: VoteCounts,
        president_vote: Option<VoteChoice>,
    },
}

/// Records an open vote on an item at a sitting that may deliberate. The outcome is
/// computed from the counts by art. 43 (majority basis, tie rule); it cannot be typed.
pub fn record_vote(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    sitting_id: i64,
    ballot: Ballot,
    entry: &VoteEntry,
) -> Result<VoteRow> {
    require_secretariat(actor, commune_id)?;
    conn.transaction(|conn| {
        let item = store::item(conn, commune_id, item_id)?;
        let sitting = store::sitting(conn, commune_id, sitting_id)?;
        let session = store::session(conn, commune_id, sitting.session_id)?;
        if item.session_id != session.id || item.status != "on_agenda" {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "item not on this sitting's agenda",
            ));
        }
        if session.status() != SessionStatus::Open {
            return Err(Error::with_cause(ErrorKind::Conflict, "session not open"));
        }
        if !sitting.may_deliberate() {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "no quorum (art. 42)",
            ));
        }
        let present: Vec<i64> = store::attendance_of(conn, sitting.id)?
            .into_iter()
            .filter(|(_, s)| s == "present")
            .map(|(m, _)| m)
            .collect();
        let president: Option<i64> = council_members::table
            .filter(council_members::commune_id.eq(commune_id))
            .filter(council_members::role.eq(CouncilRole::President.key()))
            .select(council_members::id)
            .first(conn)
            .optional()?;
        let (counts, president_vote) = match entry {
            VoteEntry::PerMember(votes) => {
                if votes.iter().any(|(m, _)| !present.contains(m)) {
                    return Err(Error::invalid("votes", "council-error-voter-absent"));
                }
                let pv = votes
                    .iter()
                    .find(|(m, _)| Some(*m) == president)
                    .map(|(_, c)| *c);
                (VoteCounts::from_votes(votes.iter().map(|(_, c)| *c)), pv)
            }
            VoteEntry::Counts {
                counts,
                president_vote,
            } => (*counts, *president_vote),
        };
        let input = VoteInput {
            counts,
            matter: parse::<Matter>(&item.matter).unwrap_or(Matter::General),
            ballot,
            members_in_office: sitting.members_in_office.unwrap_or(0) as u32,
            members_present: present.len() as u32,
            president_vote,
        };
        let out = rules::outcome(&input).map_err(|e| {
            Error::with_cause(ErrorKind::InvalidInput, e)
                .with_field("in_favour", "council-error-counts")
        })?;
        let vote: VoteRow = diesel::insert_into(item_votes::table)
            .values((
                item_votes::commune_id.eq(commune_id),
                item_votes::item_id.eq(item.id),
                item_votes::sitting_id.eq(sitting.id),
                item_votes::ballot.eq(key(&ballot)),
                item_votes::in_favour.eq(counts.in_favour as i32),
                item_votes::against.eq(counts.against as i32),
                item_votes::abstain.eq(counts.abstain as i32),
                item_votes::members_present.eq(present.len() as i32),
                item_votes::members_in_office.eq(input.members_in_office as i32),
                item_votes::president_vote.eq(president_vote.map(|v| key(&v))),
                item_votes::decision.eq(key(&out.decision)),
                item_votes::reason.eq(key(&out.reason)),
                item_votes::recorded_by.eq(actor.account.id),
                item_votes::created_at.eq(now()),
            ))
            .returning(item_votes::all_columns)
            .get_result(conn)?;
        if let VoteEntry::PerMember(votes) = entry {
            for (m, c) in votes {
                diesel::insert_into(member_votes::table)
                    .values((
                        member_votes::vote_id.eq(vote.id),
                        member_votes::member_id.eq(m),
                        member_votes::choice.eq(key(c)),
                    ))
                    .execute(conn)?;
            }
        }
        if out.decision != Decision::SecondSittingRequired {
            diesel::update(agenda_items::table.find(item.id))
                .set(agenda_items::status.eq("decided"))
                .execute(conn)?;
        }
        log(
            conn,
            Some(actor),
            commune_id,
            "vote.record",
            format!("agenda_item:{}", item.id),
            None,
            Some(json!({"vote": vote, "outcome": out})),
        )?;
        Ok(vote)
    })
}

/// Writes the deliberation of a decided item with the next number of the commune's
/// register for the year of the vote (art. 47: entered in date order). A concurrent
/// writer taking the same number makes the unique constraint refuse one: we retry.
pub fn write_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<DeliberationRow> {
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    for _ in 0..5 {
        match insert_deliberation(conn, actor, commune_id, item_id, text_ar, text_fr, None) {
            Err(e)
                if e.kind == ErrorKind::Conflict
                    && e.cause
                        .as_deref()
                        .is_some_and(|c| c.contains("UNIQUE") || c.contains("unique")) =>
            {
                continue
            }
            other => return other,
        }
    }
    Err(ErrorKind::Conflict.into())
}

fn insert_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
    corrects: Option<&DeliberationRow>,
) -> Result<DeliberationRow> {
    conn.transaction(|conn| {
        let item = store::item(conn, commune_id, item_id)?;
        let vote = store::votes_of(conn, commune_id, item.id)?
            .into_iter()
            .rev()
            .find(|v| v.decision != key(&Decision::SecondSittingRequired))
            .ok_or_else(|| Error::with_cause(ErrorKind::Conflict, "no final vote"))?;
        if corrects.is_none()
            && store::deliberations_of_item(conn, commune_id, item.id)?
                .iter()
                .any(|d| d.corrects_id.is_none())
        {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "deliberation exists",
            ));
        }
        let decided_on = store::sitting(conn, commune_id, vote.sitting_id)?
            .starts_at
            .date();
        let year = decided_on.year();
        let sequence = store::last_sequence(conn, commune_id, year)?.unwrap_or(0) + 1;
        let row: DeliberationRow = diesel::insert_into(deliberations::table)
            .values((
                deliberations::commune_id.eq(commune_id),
                deliberations::item_id.eq(item.id),
                deliberations::vote_id.eq(vote.id),
                deliberations::year.eq(year),
                deliberations::sequence.eq(sequence),
                deliberations::decided_on.eq(decided_on),
                deliberations::outcome.eq(&vote.decision),
                deliberations::text_ar.eq(text_ar.trim()),
                deliberations::text_fr.eq(text_fr.map(str::trim).filter(|t| !t.is_empty())),
                deliberations::corrects_id.eq(corrects.map(|c| c.id)),
                deliberations::created_at.eq(now()),
            ))
            .returning(deliberations::all_columns)
            .get_result(conn)?;
        log(
            conn,
            Some(actor),
            commune_id,
            "deliberation.write",
            format!("deliberation:{}", row.id),
            corrects.map(|c| json!(c)),
            Some(json!(row)),
        )?;
        if corrects.is_none() {
            // Outbox: the domains that answer to this item (e.g. its petition) react.
            musharaka_db::events::publish(
                conn,
                musharaka_db::events::DELIBERATION_DECIDED,
                &json!({
                    "commune_id": commune_id,
                    "deliberation_id": row.id,
                    "number": row.number(),
                    "item_id": item.id,
                    "source": item.source,
                    "source_ref": item.source_ref,
                    "outcome": row.outcome,
                }),
            )?;
        }
        Ok(row)
    })
}

/// Edits an unsigned deliberation's text.
pub fn edit_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<DeliberationRow> {
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    conn.transaction(|conn| {
        let before = store::deliberation(conn, commune_id, id)?;
        let n = diesel::update(
            deliberations::table
                .find(id)
                .filter(deliberations::signed_at.is_null()),
        )
        .set((
            deliberations::text_ar.eq(text_ar.trim()),
            deliberations::text_fr.eq(text_fr.map(str::trim).filter(|t| !t.is_empty())),
        ))
        .execute(conn)?;
        if n != 1 {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "signed deliberations cannot change",
            ));
        }
        let after = store::deliberation(conn, commune_id, id)?;
        log(
            conn,
            Some(actor),
            commune_id,
            "deliberation.edit",
            format!("deliberation:{id}"),
            Some(json!(before)),
            Some(json!(after)),
        )?;
        Ok(after)
    })
}

/// Marks a deliberation signed (by the president and the secretary, art. 47): from now on
/// it cannot change; a correction is a new, linked deliberation.
pub fn sign_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<DeliberationRow> {
    require_secretariat(actor, commune_id)?;
    conn.transaction(|conn| {
        let n = diesel::update(
            deliberations::table
                .find(id)
                .filter(deliberations::commune_id.eq(commune_id))
                .filter(deliberations::signed_at.is_null()),
        )
        .set((
            deliberations::signed_at.eq(now()),
            deliberations::signed_by.eq(actor.account.id),
        ))
        .execute(conn)?;
        if n != 1 {
            return Err(Error::with_cause(ErrorKind::Conflict, "already signed"));
        }
        log(
            conn,
            Some(actor),
            commune_id,
            "deliberation.sign",
            format!("deliberation:{id}"),
            None,
            None,
        )?;
        Ok(store::deliberation(conn, commune_id, id)?)
    })
}

/// A correction of a signed deliberation: a new record, with its own number, linked to it.
pub fn correct_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<DeliberationRow> {
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    let original = store::deliberation(conn, commune_id, id)?;
    if original.signed_at.is_none() {
        return Err(Error::with_cause(
            ErrorKind::Conflict,
            "edit the draft instead",
        ));
    }
    insert_deliberation(
        conn,
        actor,
        commune_id,
        original.item_id,
        text_ar,
        text_fr,
        Some(&original),
    )
}

/// Creates or edits a session's draft minutes (art. 23: drafted by the secretary).
pub fn save_minutes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<MinutesRow> {
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    conn.transaction(|conn| {
        store::session(conn, commune_id, session_id)?;
        let draft = store::minutes_of(conn, commune_id, session_id)?
            .into_iter()
            .find(|m| m.president_signed_at.is_none() && m.secretary_signed_at.is_none());
        let fr = text_fr.map(str::trim).filter(|t| !t.is_empty());
        let id = match draft {
            Some(d) => {
                diesel::update(minutes::table.find(d.id))
                    .set((
                        minutes::text_ar.eq(text_ar.trim()),
                        minutes::text_fr.eq(fr),
                        minutes::updated_at.eq(now()),
                    ))
                    .execute(conn)?;
                d.id
            }
            None => {
                if !store::minutes_of(conn, commune_id, session_id)?.is_empty() {
                    // Minutes signed (or being signed) exist: a change is a correction.
                    return Err(Error::with_cause(
                        ErrorKind::Conflict,
                        "minutes already signed",
                    ));
                }
                insert_minutes(conn, actor, commune_id, session_id, text_ar, fr, None)?
            }
        };
        let row = store::minutes_by_id(conn, commune_id, id)?;
        log(
            conn,
            Some(actor),
            commune_id,
            "minutes.save",
            format!("minutes:{id}"),
            None,
            Some(json!(row)),
        )?;
        Ok(row)
    })
}

fn insert_minutes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
    corrects: Option<i64>,
) -> Result<i64> {
    let t = now();
    Ok(diesel::insert_into(minutes::table)
        .values((
            minutes::commune_id.eq(commune_id),
            minutes::session_id.eq(session_id),
            minutes::text_ar.eq(text_ar.trim()),
            minutes::text_fr.eq(text_fr),
            minutes::recorded_by.eq(actor.account.id),
            minutes::corrects_id.eq(corrects),
            minutes::created_at.eq(t),
            minutes::updated_at.eq(t),
        ))
        .returning(minutes::id)
        .get_result(conn)?)
}

/// Who signs the minutes (art. 47: the president and the secretary of the council).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signatory {
    President,
    Secretary,
}

/// Records that the president or the secretary signed the minutes (the council member
/// holding that office, and when).
pub fn sign_minutes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    who: Signatory,
) -> Result<MinutesRow> {
    require_secretariat(actor, commune_id)?;
    conn.transaction(|conn| {
        let m = store::minutes_by_id(conn, commune_id, id)?;
        let role = match who {
            Signatory::President => CouncilRole::President,
            Signatory::Secretary => CouncilRole::Secretary,
        };
        let member: i64 = council_members::table
            .filter(council_members::commune_id.eq(commune_id))
            .filter(council_members::role.eq(role.key()))
            .select(council_members::id)
            .first(conn)
            .optional()?
            .ok_or_else(|| Error::with_cause(ErrorKind::Conflict, "no member holds that office"))?;
        let t = now();
        let n = match who {
            Signatory::President => diesel::update(
                minutes::table
                    .find(m.id)
                    .filter(minutes::president_signed_at.is_null()),
            )
            .set((
                minutes::president_member_id.eq(member),
                minutes::president_signed_at.eq(t),
            ))
            .execute(conn)?,
            Signatory::Secretary => diesel::update(
                minutes::table
                    .find(m.id)
                    .filter(minutes::secretary_signed_at.is_null()),
            )
            .set((
                minutes::secretary_member_id.eq(member),
                minutes::secretary_signed_at.eq(t),
            ))
            .execute(conn)?,
        };
        if n != 1 {
            return Err(Error::with_cause(ErrorKind::Conflict, "already signed"));
        }
        log(
            conn,
            Some(actor),
            commune_id,
            "minutes.sign",
            format!("minutes:{}", m.id),
            None,
            Some(json!({"signatory": format!("{who:?}"), "member": member})),
        )?;
        Ok(store::minutes_by_id(conn, commune_id, m.id)?)
    })
}

/// Corrects signed minutes: a new draft linked to them.
pub fn correct_minutes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<MinutesRow> {
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    conn.transaction(|conn| {
        let original = store::minutes_by_id(conn, commune_id, id)?;
        if !original.is_signed() {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "edit the draft instead",
            ));
        }
        let new_id = insert_minutes(
            conn,
            actor,
            commune_id,
            original.session_id,
            text_ar,
            text_fr.map(str::trim).filter(|t| !t.is_empty()),
            Some(original.id),
        )?;
        log(
            conn,
            Some(actor),
            commune_id,
            "minutes.correct",
            format!("minutes:{new_id}"),
            Some(json!({"corrects": original.id})),
            None,
        )?;
        Ok(store::minutes_by_id(conn, commune_id, new_id)?)
    })
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
    let cal = WorkingCalendar::default();
    let mut out = Vec::new();
    for s in store::upcoming_sessions(conn, commune_id, today)? {
        if s.status() != SessionStatus::Planned {
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
