//! What the pages show (read-only). Public read models carry no personal data.

use super::*;
use crate::model::{ComplaintStatus, RequestStatus};
use crate::records::{ComplaintRow, HistoryRow, InfoRequestRow, PublicationRow};
use crate::rules::{self, Dashboard, RequestStats};

/// Officers named publicly (art. 12): name and contact address.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Officer {
    pub name: String,
    pub email: String,
}

/// The public page of access to information: officers, statistics, the register's size.
pub struct InformationOverview {
    pub officers: Vec<Officer>,
    pub stats: RequestStats,
    pub publications: usize,
}

pub fn officers(conn: &mut AnyConnection, commune_id: i64) -> Result<Vec<Officer>> {
    Ok(accounts::roles_in_commune(conn, commune_id)?
        .into_iter()
        .filter(|r| r.role == Role::InformationOfficer.key())
        .map(|r| Officer {
            name: r.name,
            email: r.email,
        })
        .collect())
}

pub fn overview(
    conn: &mut AnyConnection,
    commune_id: i64,
    today: NaiveDate,
) -> Result<InformationOverview> {
    let facts: Vec<_> = store::all_requests(conn, commune_id)?
        .iter()
        .map(InfoRequestRow::facts)
        .collect();
    Ok(InformationOverview {
        officers: officers(conn, commune_id)?,
        stats: RequestStats::of(&facts, today),
        publications: store::publications(conn, commune_id)?.len(),
    })
}

pub fn publications(conn: &mut AnyConnection, commune_id: i64) -> Result<Vec<PublicationRow>> {
    Ok(store::publications(conn, commune_id)?)
}

/// A request in the officer's list, with its working days left.
pub struct Listed {
    pub request: InfoRequestRow,
    pub days_left: i64,
}

/// Requests per page in the back office.
pub const PER_PAGE: i64 = 30;

/// The officer's list: open requests first (`open`), with working days left.
pub fn officer_list(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    open_only: bool,
    page: musharaka_core::Page,
    today: NaiveDate,
) -> Result<musharaka_core::Paged<Listed>> {
    require_officer(actor, commune_id)?;
    let statuses: &[RequestStatus] = if open_only {
        &[
            RequestStatus::Received,
            RequestStatus::Extended,
            RequestStatus::Appealed,
        ]
    } else {
        &[]
    };
    let rows = store::requests(
        conn,
        commune_id,
        statuses,
        page.offset(PER_PAGE),
        PER_PAGE + 1,
    )?;
    let cal = calendar(conn)?;
    let listed = rows
        .into_iter()
        .map(|request| {
            let due = if request.status == RequestStatus::Appealed {
                request
                    .appeal_filed_on
                    .map_or(request.due_on, rules::appeal_decision_due)
            } else {
                request.due_on
            };
            Listed {
                days_left: rules::working_days_left(today, due, &cal),
                request,
            }
        })
        .collect();
    Ok(musharaka_core::Paged::cut(listed, page, PER_PAGE))
}

/// The officer's page of one request.
pub struct OfficerView {
    pub request: InfoRequestRow,
    pub history: Vec<HistoryRow>,
    pub days_left: i64,
    /// Other requests by the same requester within the year (art. 18), by keyed hash.
    pub same_requester_this_year: usize,
    pub publications: Vec<PublicationRow>,
    pub may_decide_appeal: bool,
}

pub fn officer_view(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    today: NaiveDate,
) -> Result<OfficerView> {
    require_officer(actor, commune_id)?;
    let request = store::request(conn, commune_id, id)?;
    let cal = calendar(conn)?;
    let earlier = store::dates_of_same_requester(conn, commune_id, &request.id_hash, request.id)?;
    Ok(OfficerView {
        history: store::history(conn, commune_id, "info", id, true)?,
        days_left: rules::working_days_left(today, request.due_on, &cal),
        same_requester_this_year: rules::requests_within_year(&earlier, request.received_on),
        publications: store::publications(conn, commune_id)?,
        may_decide_appeal: actor.can_administer(commune_id),
        request,
    })
}

/// The requester's page: the request, its history, and what they may do next.
pub struct RequesterView {
    pub request: InfoRequestRow,
    pub history: Vec<HistoryRow>,
    /// The last day to complain to the head of the commune (art. 19), when open now.
    pub appeal_until: Option<NaiveDate>,
    /// After a complaint: the last day to go to the commission (art. 20).
    pub commission_until: Option<NaiveDate>,
}

/// For the requester (their account) or an officer of the commune; anyone else: 404.
pub fn requester_view(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    today: NaiveDate,
) -> Result<RequesterView> {
    let request = store::request(conn, commune_id, id)?;
    if request.account_id != Some(actor.account.id) && !is_officer(actor, commune_id) {
        return Err(ErrorKind::NotFound.into());
    }
    let cal = calendar(conn)?;
    let appeal_until = rules::check_appeal(
        request.status,
        request.answered_on,
        request.due_on,
        today,
        &cal,
    )
    .ok();
    let commission_until = request
        .appeal_filed_on
        .map(|f| rules::commission_last_day(f, request.appeal_decided_on));
    Ok(RequesterView {
        history: store::history(conn, commune_id, "info", id, false)?,
        appeal_until,
        commission_until,
        request,
    })
}

/// The signed-in citizen's own requests and complaints in this commune.
pub fn mine(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
) -> Result<(Vec<InfoRequestRow>, Vec<ComplaintRow>)> {
    Ok((
        store::requests_of_account(conn, commune_id, actor.account.id)?,
        store::complaints_of_account(conn, commune_id, actor.account.id)?,
    ))
}

/// The public dashboard of complaints (no personal data).
pub fn dashboard(conn: &mut AnyConnection, commune_id: i64, today: NaiveDate) -> Result<Dashboard> {
    let facts: Vec<_> = store::all_complaints(conn, commune_id)?
        .iter()
        .map(ComplaintRow::facts)
        .collect();
    Ok(Dashboard::of(&facts, today))
}

/// Complaints per page in the back office.
pub fn complaint_list(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    open_only: bool,
    page: musharaka_core::Page,
) -> Result<musharaka_core::Paged<ComplaintRow>> {
    require_officer(actor, commune_id)?;
    let statuses: &[ComplaintStatus] = if open_only {
        &[ComplaintStatus::Received, ComplaintStatus::Acknowledged]
    } else {
        &[]
    };
    let rows = store::complaints(
        conn,
        commune_id,
        statuses,
        page.offset(PER_PAGE),
        PER_PAGE + 1,
    )?;
    Ok(musharaka_core::Paged::cut(rows, page, PER_PAGE))
}

/// A complaint with its history; `internal` notes for staff only.
pub struct ComplaintView {
    pub complaint: ComplaintRow,
    pub history: Vec<HistoryRow>,
}

pub fn complaint_for_staff(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<ComplaintView> {
    require_officer(actor, commune_id)?;
    Ok(ComplaintView {
        complaint: store::complaint(conn, commune_id, id)?,
        history: store::history(conn, commune_id, "complaint", id, true)?,
    })
}

/// The filer's own complaint (their account); anyone else: 404.
pub fn complaint_for_filer(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<ComplaintView> {
    let complaint = store::complaint(conn, commune_id, id)?;
    if complaint.account_id != Some(actor.account.id) {
        return Err(ErrorKind::NotFound.into());
    }
    Ok(ComplaintView {
        complaint,
        history: store::history(conn, commune_id, "complaint", id, false)?,
    })
}
