//! Read models: the public list and body page (members, composition against targets,
//! public meetings, work programme, opinions with their counts), an opinion's public
//! timeline, and the back office's views of the same with what only officials see.

use super::{body_run_by, runs_body};
use crate::records::{
    ActivityRow, BodyRow, MeetingRow, MemberRow, OpinionEventRow, OpinionRow, VersionRow,
};
use crate::rules::{self, Composition, OpinionCounts, Share};
use crate::store;
use chrono::NaiveDate;
use musharaka_core::{ErrorKind, Result};
use musharaka_db::AnyConnection;
use musharaka_identity::{store as accounts, Permissions, Role};
use serde::Serialize;

/// A body with its figures on a day.
#[derive(Debug, Clone, Serialize)]
pub struct BodySummary {
    pub body: BodyRow,
    pub composition: Composition,
    pub shares: Vec<Share>,
    /// A target is set and not reached: flagged on its page and in the back office.
    pub below_target: bool,
    pub counts: OpinionCounts,
    /// Referrals whose deadline passed before the body transmitted its opinion.
    pub overdue: u32,
}

fn summary(
    body: BodyRow,
    members: &[MemberRow],
    opinions: &[OpinionRow],
    today: NaiveDate,
) -> BodySummary {
    let facts: Vec<_> = members
        .iter()
        .filter(|m| m.body_id == body.id)
        .map(MemberRow::facts)
        .collect();
    let composition = rules::composition(&facts, today);
    let shares = rules::shares(&composition, &body.targets());
    let mine: Vec<&OpinionRow> = opinions.iter().filter(|o| o.body_id == body.id).collect();
    let counts = rules::opinion_counts(mine.iter().map(|o| o.status));
    let overdue = mine.iter().filter(|o| o.overdue(today)).count();
    BodySummary {
        below_target: shares.iter().any(|s| s.below_target),
        body,
        composition,
        shares,
        counts,
        overdue: u32::try_from(overdue).unwrap_or(u32::MAX),
    }
}

fn summaries(
    conn: &mut AnyConnection,
    commune_id: i64,
    only: Option<&[i64]>,
    today: NaiveDate,
) -> Result<Vec<BodySummary>> {
    let members = store::members_of_commune(conn, commune_id)?;
    let opinions = store::opinions(conn, commune_id, None)?;
    Ok(store::bodies_of(conn, commune_id)?
        .into_iter()
        .filter(|b| only.is_none_or(|ids| ids.contains(&b.id)))
        .map(|b| summary(b, &members, &opinions, today))
        .collect())
}

/// The commune's bodies, publicly.
pub fn public_list(
    conn: &mut AnyConnection,
    commune_id: i64,
    today: NaiveDate,
) -> Result<Vec<BodySummary>> {
    summaries(conn, commune_id, None, today)
}

/// A body's page.
#[derive(Debug, Clone, Serialize)]
pub struct BodyPage {
    pub summary: BodySummary,
    /// Every member, past and present (the replacement history), in order of term.
    pub members: Vec<MemberRow>,
    pub meetings: Vec<MeetingRow>,
    pub activities: Vec<ActivityRow>,
    pub opinions: Vec<OpinionRow>,
}

fn body_page(
    conn: &mut AnyConnection,
    body: BodyRow,
    public_only: bool,
    today: NaiveDate,
) -> Result<BodyPage> {
    let (cid, id) = (body.commune_id, body.id);
    let members = store::members(conn, cid, id)?;
    let opinions = store::opinions(conn, cid, Some(id))?;
    Ok(BodyPage {
        summary: summary(body, &members, &opinions, today),
        members,
        meetings: store::meetings(conn, cid, id, public_only)?,
        activities: store::activities(conn, cid, id)?,
        opinions,
    })
}

/// A body's public page: internal meetings left out.
pub fn public_body(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
    today: NaiveDate,
) -> Result<BodyPage> {
    let body = store::body(conn, commune_id, id)?;
    body_page(conn, body, true, today)
}

/// An opinion with its timeline (and, in the back office, its versions).
#[derive(Debug, Clone, Serialize)]
pub struct OpinionPage {
    pub body: BodyRow,
    pub opinion: OpinionRow,
    pub events: Vec<OpinionEventRow>,
    pub versions: Vec<VersionRow>,
}

/// An opinion's public page (`body_id` must be its body).
pub fn public_opinion(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: i64,
    opinion_id: i64,
) -> Result<OpinionPage> {
    let opinion = store::opinion(conn, commune_id, opinion_id)?;
    if opinion.body_id != body_id {
        return Err(ErrorKind::NotFound.into());
    }
    Ok(OpinionPage {
        body: store::body(conn, commune_id, body_id)?,
        events: store::events(conn, opinion.id)?,
        versions: Vec::new(),
        opinion,
    })
}

/// Every opinion of the commune with its body and timeline, newest first (the Atom feed and
/// the API).
pub fn commune_opinions(
    conn: &mut AnyConnection,
    commune_id: i64,
    limit: usize,
) -> Result<Vec<OpinionPage>> {
    let bodies = store::bodies_of(conn, commune_id)?;
    let mut out = Vec::new();
    for opinion in store::opinions(conn, commune_id, None)?
        .into_iter()
        .take(limit)
    {
        let Some(body) = bodies.iter().find(|b| b.id == opinion.body_id).cloned() else {
            continue;
        };
        out.push(OpinionPage {
            body,
            events: store::events(conn, opinion.id)?,
            versions: Vec::new(),
            opinion,
        });
    }
    Ok(out)
}

/// The bodies `actor` may open in the back office: all for the focal point, their own for a
/// body secretary.
pub fn admin_bodies(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    today: NaiveDate,
) -> Result<Vec<BodySummary>> {
    if actor.can_administer(commune_id) {
        return summaries(conn, commune_id, None, today);
    }
    if !actor.has(commune_id, Role::BodySecretary) {
        return Err(ErrorKind::Forbidden.into());
    }
    let mine = store::bodies_of_secretary(conn, commune_id, actor.account.id)?;
    summaries(conn, commune_id, Some(&mine), today)
}

/// A secretary of a body as the focal point sees it.
#[derive(Debug, Clone, Serialize)]
pub struct SecretaryView {
    pub account_id: i64,
    pub name: String,
    pub email: String,
}

/// The back office's body page.
#[derive(Debug, Clone)]
pub struct AdminBody {
    pub page: BodyPage,
    pub secretaries: Vec<SecretaryView>,
    /// (meeting id, member id, present).
    pub attendance: Vec<(i64, i64, bool)>,
    pub is_admin: bool,
}

pub fn admin_body(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    today: NaiveDate,
) -> Result<AdminBody> {
    let body = body_run_by(conn, actor, commune_id, id)?;
    let page = body_page(conn, body, false, today)?;
    let mut secretaries = Vec::new();
    for account_id in store::secretaries(conn, id)? {
        let a = accounts::account(conn, account_id)?;
        secretaries.push(SecretaryView {
            account_id,
            name: a.name,
            email: a.email,
        });
    }
    let mut attendance = Vec::new();
    for m in &page.meetings {
        for (member, present) in store::attendance(conn, m.id)? {
            attendance.push((m.id, member, present));
        }
    }
    Ok(AdminBody {
        page,
        secretaries,
        attendance,
        is_admin: actor.can_administer(commune_id),
    })
}

/// The back office's opinion page, with its versions and who edited them; `true` when the
/// actor runs its body (otherwise the council's secretariat following a referral: read only).
pub fn admin_opinion(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    opinion_id: i64,
) -> Result<(OpinionPage, bool)> {
    let opinion = store::opinion(conn, commune_id, opinion_id)?;
    let body = store::body(conn, commune_id, opinion.body_id)?;
    let runs = runs_body(conn, actor, &body)?;
    if !runs && !actor.has(commune_id, Role::Secretariat) {
        return Err(ErrorKind::Forbidden.into());
    }
    Ok((
        OpinionPage {
            body,
            events: store::events(conn, opinion.id)?,
            versions: store::versions(conn, opinion.id)?,
            opinion,
        },
        runs,
    ))
}
