//! What the council's public pages, feeds and API show (read-only): every lookup goes
//! through the commune given, so another commune's record is not found (404).

use crate::records::ItemId;
use musharaka_communes::model::CommitteeWithMembers;
use musharaka_communes::{store as commune_store, Committee, Commune, CouncilMember};
use musharaka_core::{ErrorKind, Page, Paged, Result};
use musharaka_db::AnyConnection;

use crate::rules::SessionDeadlines;
use crate::WorkingCalendar;

use crate::records::{DeliberationRow, ItemRow, MinutesRow, SessionRow, SittingRow, VoteRow};
use crate::store::{self, RegisterFilter};

/// Deliberations per page of the register (HTML and JSON).
pub const PER_PAGE: i64 = 20;
/// Past sessions listed on the council page.
pub const PAST_SESSIONS: i64 = 20;
/// Entries of the Atom feed.
pub const FEED_ENTRIES: i64 = 50;
/// The outcomes the register can be filtered on.
pub const OUTCOMES: [&str; 2] = ["adopted", "rejected"];

/// A session in a list, with its agenda items when shown.
pub struct SessionSummary {
    pub session: SessionRow,
    pub items: Vec<ItemRow>,
}

/// An agenda item with its votes, deliberations and documents (upload id, file name).
pub struct ItemDetail {
    pub item: ItemRow,
    pub votes: Vec<VoteRow>,
    pub deliberations: Vec<DeliberationRow>,
    pub documents: Vec<(i64, String)>,
    /// The council's decision without debate when its committee did not study it (art. 28).
    pub study_decision: Option<crate::records::StudyDecisionRow>,
}

/// A session's public page.
pub struct SessionDetail {
    pub commune: Commune,
    pub session: SessionRow,
    pub sittings: Vec<SittingRow>,
    pub items: Vec<ItemDetail>,
    pub committees: Vec<CommitteeWithMembers>,
    /// Signed minutes only.
    pub minutes: Vec<MinutesRow>,
    /// The session's legal deadlines, counted with the entered holidays.
    pub deadlines: SessionDeadlines,
    /// The governor's objections to its items (art. 41).
    pub objections: Vec<crate::records::ObjectionRow>,
}

/// One page of the register of deliberations.
pub struct RegisterPage {
    pub commune: Commune,
    pub rows: Vec<(DeliberationRow, ItemRow)>,
    pub committees: Vec<CommitteeWithMembers>,
    pub page: i64,
    pub has_next: bool,
}

/// A deliberation's public page.
pub struct DeliberationDetail {
    pub commune: Commune,
    pub deliberation: DeliberationRow,
    pub item: ItemRow,
    pub session: SessionRow,
    pub vote: Option<VoteRow>,
    pub sitting: Option<SittingRow>,
    /// (member id, choice) of a vote recorded member by member.
    pub member_votes: Vec<(i64, String)>,
    pub members: Vec<CouncilMember>,
    pub committee: Option<Committee>,
    /// The council's decision without debate when its committee did not study it (art. 28).
    pub study_decision: Option<crate::records::StudyDecisionRow>,
    /// Every deliberation of the same item (the original and its corrections).
    pub related: Vec<DeliberationRow>,
}

/// Signed minutes' public page.
pub struct MinutesDetail {
    pub commune: Commune,
    pub session: SessionRow,
    pub minutes: MinutesRow,
    pub corrections: Vec<MinutesRow>,
    pub members: Vec<CouncilMember>,
}

/// The council page: upcoming sessions with their agenda, the latest past sessions, the
/// committees.
pub struct Overview {
    pub upcoming: Vec<SessionSummary>,
    pub past: Vec<SessionSummary>,
    pub committees: Vec<CommitteeWithMembers>,
    /// Members' requests for an extraordinary session and what followed (art. 36).
    pub requests: Vec<crate::records::SessionRequestRow>,
    /// Members' written questions and their answers (art. 46), with the members' names
    /// (ids and both names) and the sessions they go to.
    pub questions: Vec<crate::records::QuestionRow>,
    pub question_sessions: Vec<SessionRow>,
    pub members: Vec<musharaka_communes::CouncilMember>,
}

fn committees(conn: &mut AnyConnection, commune_id: i64) -> Result<Vec<CommitteeWithMembers>> {
    Ok(commune_store::committees(conn, commune_id)?)
}

fn summaries(
    conn: &mut AnyConnection,
    commune_id: i64,
    sessions: Vec<SessionRow>,
    with_items: bool,
) -> Result<Vec<SessionSummary>> {
    let mut out = Vec::with_capacity(sessions.len());
    for session in sessions {
        let items = if with_items {
            store::items(conn, commune_id, session.id)?
        } else {
            Vec::new()
        };
        out.push(SessionSummary { session, items });
    }
    Ok(out)
}

/// The council page on `today` (Casablanca date).
pub fn overview(
    conn: &mut AnyConnection,
    commune_id: i64,
    today: chrono::NaiveDate,
) -> Result<Overview> {
    let upcoming = store::upcoming_sessions(conn, commune_id, today)?;
    let past = store::past_sessions(conn, commune_id, today, PAST_SESSIONS)?;
    Ok(Overview {
        upcoming: summaries(conn, commune_id, upcoming, true)?,
        past: summaries(conn, commune_id, past, false)?,
        committees: committees(conn, commune_id)?,
        requests: store::session_requests(conn, commune_id)?,
        questions: store::questions(conn, commune_id)?,
        question_sessions: store::all_sessions(conn, commune_id)?,
        members: commune_store::members(conn, commune_id)?,
    })
}

/// The next session with its agenda (the commune's home), without the rest of the council
/// page.
pub fn next_session(
    conn: &mut AnyConnection,
    commune_id: i64,
    today: chrono::NaiveDate,
) -> Result<Option<SessionSummary>> {
    let next: Vec<SessionRow> = store::upcoming_sessions(conn, commune_id, today)?
        .into_iter()
        .take(1)
        .collect();
    Ok(summaries(conn, commune_id, next, true)?.into_iter().next())
}

/// Every session of the commune (feeds, API).
pub fn all_sessions(conn: &mut AnyConnection, commune_id: i64) -> Result<Vec<SessionRow>> {
    Ok(store::all_sessions(conn, commune_id)?)
}

/// Every session of the commune with its legal deadlines (the sessions API).
pub fn sessions_with_deadlines(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> Result<Vec<(SessionRow, SessionDeadlines)>> {
    let calendar = musharaka_communes::holidays::calendar(conn)?;
    Ok(store::all_sessions(conn, commune_id)?
        .into_iter()
        .map(|s| {
            let d = deadlines_of(&calendar, &s);
            (s, d)
        })
        .collect())
}

/// A session's deadlines (arts. 33–38) on the commune's working-day calendar.
pub fn deadlines_of(calendar: &WorkingCalendar, s: &SessionRow) -> SessionDeadlines {
    crate::rules::session_deadlines(s.kind(), s.starts_on, calendar)
}

/// The latest register entries (the Atom feed).
pub fn latest_deliberations(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> Result<Vec<(DeliberationRow, ItemRow)>> {
    recent_deliberations(conn, commune_id, FEED_ENTRIES)
}

/// The `n` latest register entries (the commune's home shows a few).
pub fn recent_deliberations(
    conn: &mut AnyConnection,
    commune_id: i64,
    n: i64,
) -> Result<Vec<(DeliberationRow, ItemRow)>> {
    Ok(store::register(
        conn,
        commune_id,
        &RegisterFilter::default(),
        n,
        0,
    )?)
}

/// A session with its agenda, each item with its votes and deliberations.
pub fn session(conn: &mut AnyConnection, commune: Commune, id: i64) -> Result<SessionDetail> {
    let session = store::session(conn, commune.id, id)?;
    let rows = store::items_with_study_decisions(conn, commune.id, session.id)?;
    let ids: Vec<ItemId> = rows.iter().map(|(i, _)| i.id).collect();
    let mut documents = store::documents_of_items(conn, commune.id, &ids)?;
    let mut votes = store::votes_of_items(conn, commune.id, &ids)?;
    let mut deliberations = store::deliberations_of_items(conn, commune.id, &ids)?;
    let items = rows
        .into_iter()
        .map(|(item, study_decision)| ItemDetail {
            documents: documents.remove(&item.id).unwrap_or_default(),
            votes: votes.remove(&item.id).unwrap_or_default(),
            deliberations: deliberations.remove(&item.id).unwrap_or_default(),
            study_decision,
            item,
        })
        .collect();
    let minutes = store::minutes_of(conn, commune.id, session.id)?
        .into_iter()
        .filter(|m| m.is_signed())
        .collect();
    let calendar = musharaka_communes::holidays::calendar(conn)?;
    Ok(SessionDetail {
        deadlines: deadlines_of(&calendar, &session),
        sittings: store::sittings_of(conn, commune.id, session.id)?,
        objections: store::objections_of_session(conn, session.id)?,
        committees: committees(conn, commune.id)?,
        commune,
        session,
        items,
        minutes,
    })
}

/// A deliberation with its item, session, vote and related corrections.
pub fn deliberation(
    conn: &mut AnyConnection,
    commune: Commune,
    id: i64,
) -> Result<DeliberationDetail> {
    let deliberation = store::deliberation(conn, commune.id, id)?;
    let item = store::item(conn, commune.id, deliberation.item_id)?;
    let session = store::session(conn, commune.id, item.session_id)?;
    let vote = match deliberation.vote_id {
        Some(v) => Some(store::vote(conn, commune.id, v)?),
        None => None,
    };
    let (sitting, member_votes) = match &vote {
        Some(v) => (
            Some(store::sitting(conn, commune.id, v.sitting_id)?),
            store::member_votes_of(conn, v.id)?,
        ),
        None => (None, Vec::new()),
    };
    let committee = match item.committee_id {
        Some(c) => Some(commune_store::committee(conn, commune.id, c)?),
        None => None,
    };
    Ok(DeliberationDetail {
        related: store::deliberations_of_item(conn, commune.id, item.id)?,
        study_decision: store::study_decision(conn, item.id)?,
        members: commune_store::members(conn, commune.id)?,
        commune,
        deliberation,
        item,
        session,
        vote,
        sitting,
        member_votes,
        committee,
    })
}

/// Signed minutes with their signed corrections (draft minutes are not public: 404).
pub fn minutes(conn: &mut AnyConnection, commune: Commune, id: i64) -> Result<MinutesDetail> {
    let minutes = store::minutes_by_id(conn, commune.id, id)?;
    if !minutes.is_signed() {
        return Err(ErrorKind::NotFound.into());
    }
    let session = store::session(conn, commune.id, minutes.session_id)?;
    let corrections = store::minutes_of(conn, commune.id, session.id)?
        .into_iter()
        .filter(|m| m.corrects_id == Some(minutes.id) && m.is_signed())
        .collect();
    Ok(MinutesDetail {
        members: commune_store::members(conn, commune.id)?,
        commune,
        session,
        minutes,
        corrections,
    })
}

/// One page of the register rows (clamped page number; `PER_PAGE + 1` fetched).
pub fn register_rows(
    conn: &mut AnyConnection,
    commune_id: i64,
    filter: &RegisterFilter,
    page: Page,
) -> Result<Paged<(DeliberationRow, ItemRow)>> {
    let rows = store::register(
        conn,
        commune_id,
        filter,
        PER_PAGE + 1,
        page.offset(PER_PAGE),
    )?;
    Ok(Paged::cut(rows, page, PER_PAGE))
}

/// Everything the register page shows, in a constant number of queries whatever the size
/// of the register (one joined page of rows, committees).
pub fn register(
    conn: &mut AnyConnection,
    commune: Commune,
    filter: &RegisterFilter,
    page: Page,
) -> Result<RegisterPage> {
    let paged = register_rows(conn, commune.id, filter, page)?;
    Ok(RegisterPage {
        committees: committees(conn, commune.id)?,
        commune,
        rows: paged.rows,
        page: page.number(),
        has_next: paged.has_next,
    })
}
