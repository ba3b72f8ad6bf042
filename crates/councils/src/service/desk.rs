//! What the secretariat's back-office pages show (read-only).

use crate::records::{ItemId, SittingId};
use std::collections::HashMap;

use chrono::NaiveDate;
use musharaka_communes::{store as commune_store, CouncilMember};
use musharaka_core::{Lang, Result};
use musharaka_db::AnyConnection;

use crate::records::{ItemRow, MinutesRow, SessionRow, SittingRow};
use crate::rules::SessionDeadlines;
use crate::store;

/// Everything the session management page shows.
pub struct SessionView {
    pub session: SessionRow,
    pub items: Vec<ItemRow>,
    pub sittings: Vec<SittingRow>,
    pub minutes: Vec<MinutesRow>,
    /// (committee id, name in the page's language).
    pub committees: Vec<(i64, String)>,
    /// PDF documents per agenda item: item id → (upload id, file name).
    pub documents: HashMap<ItemId, Vec<(i64, String)>>,
    /// Members in office today: what art. 40's "half the members" is measured against.
    pub members_in_office: u32,
    /// The session's legal deadlines, counted with the entered holidays.
    pub deadlines: SessionDeadlines,
    /// The governor's objections to its items (art. 41).
    pub objections: Vec<crate::records::ObjectionRow>,
    /// The council's decisions on items their committee did not study (art. 28).
    pub study_decisions: Vec<crate::records::StudyDecisionRow>,
}

/// A sitting with what its pages need.
pub struct SittingView {
    pub session: SessionRow,
    pub sitting: SittingRow,
    pub members: Vec<CouncilMember>,
    pub attendance: HashMap<i64, String>,
    pub items: Vec<ItemRow>,
}

/// The session page of the back office, on `today` (Casablanca date).
pub fn session(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
    lang: Lang,
    today: NaiveDate,
) -> Result<SessionView> {
    let session = store::session(conn, commune_id, id)?;
    let items = store::items(conn, commune_id, id)?;
    let ids: Vec<ItemId> = items.iter().map(|i| i.id).collect();
    let documents = store::documents_of_items(conn, commune_id, &ids)?;
    let in_office = store::members_in_office(conn, commune_id, today)?.len();
    let calendar = musharaka_communes::holidays::calendar(conn)?;
    Ok(SessionView {
        deadlines: super::public::deadlines_of(&calendar, &session),
        documents,
        items,
        members_in_office: u32::try_from(in_office).unwrap_or(u32::MAX),
        sittings: store::sittings_of(conn, commune_id, id)?,
        minutes: store::minutes_of(conn, commune_id, id)?,
        objections: store::objections_of_session(conn, id)?,
        study_decisions: store::study_decisions_of_session(conn, id)?,
        committees: commune_store::committees(conn, commune_id)?
            .into_iter()
            .map(|k| (k.committee.id, k.committee.name(lang).to_string()))
            .collect(),
        session,
    })
}

/// A sitting with its session, the members in office that day and their attendance.
pub fn sitting(conn: &mut AnyConnection, commune_id: i64, id: SittingId) -> Result<SittingView> {
    let sitting = store::sitting(conn, commune_id, id)?;
    let session = store::session(conn, commune_id, sitting.session_id)?;
    let in_office = store::members_in_office(conn, commune_id, sitting.starts_at.date())?;
    let members = commune_store::members(conn, commune_id)?
        .into_iter()
        .filter(|m| in_office.contains(&m.id))
        .collect();
    Ok(SittingView {
        attendance: store::attendance_of(conn, sitting.id)?
            .into_iter()
            .collect(),
        items: store::items(conn, commune_id, session.id)?,
        session,
        sitting,
        members,
    })
}
