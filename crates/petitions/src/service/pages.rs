//! What the pages and the API read: each a single call for the web floor, reading only
//! (no GET writes). Drafts are their agent's alone; another commune's id is not found.

use super::{
    association_unmet, require_agent, require_staff, session_choice_of, session_if_accepted_on,
    SessionChoice,
};
use crate::model::CouncilDecision;
use crate::records::{AssociationFileRow, Counts, EventRow, MandateRow, PetitionRow};
use crate::rules::AssociationCondition;
use crate::store::{self, ListFilter};
use chrono::NaiveDate;
use musharaka_communes::model::CommitteeWithMembers;
use musharaka_communes::Commune;
use musharaka_core::{ErrorKind, Page, Paged, Result};
use musharaka_councils::records::SessionRow;
use musharaka_db::AnyConnection;
use musharaka_identity::{Permissions, Role};

/// The commune's figures: filed, accepted, rejected, overdue, median days to decision.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub filed: usize,
    pub accepted: usize,
    pub rejected: usize,
    pub overdue: usize,
    pub median_days: Option<i64>,
}

pub fn summary(all: &[PetitionRow], today: NaiveDate) -> Summary {
    let mut days: Vec<i64> = all
        .iter()
        .filter_map(|p| Some((p.bureau_decided_at?.date() - p.deposited_at?.date()).num_days()))
        .collect();
    days.sort_unstable();
    Summary {
        filed: all.iter().filter(|p| p.deposited_at.is_some()).count(),
        accepted: all
            .iter()
            .filter(|p| p.bureau_decided_at.is_some() && p.bureau_reasons.is_none())
            .count(),
        rejected: all
            .iter()
            .filter(|p| p.status == crate::PetitionStatus::RejectedByBureau)
            .count(),
        overdue: all.iter().filter(|p| p.overdue(today)).count(),
        median_days: days.get(days.len() / 2).copied(),
    }
}

/// The figures of every petition past its draft in `communes` (the national page).
pub fn national_summary(
    conn: &mut AnyConnection,
    communes: &[Commune],
    today: NaiveDate,
) -> Result<Summary> {
    let mut all = Vec::new();
    for commune in communes {
        all.extend(store::all_public(conn, commune.id)?);
    }
    Ok(summary(&all, today))
}

/// The public list: one page of petitions and the commune's figures.
pub struct ListPage {
    pub rows: Paged<PetitionRow>,
    pub summary: Summary,
}

pub fn list_page(
    conn: &mut AnyConnection,
    commune_id: i64,
    filter: &ListFilter,
    page: Page,
    per_page: i64,
    today: NaiveDate,
) -> Result<ListPage> {
    let rows = list_rows(conn, commune_id, filter, page, per_page)?;
    let all = store::all_public(conn, commune_id)?;
    Ok(ListPage {
        rows,
        summary: summary(&all, today),
    })
}

/// One page of the public list with each petition's counts (the API).
pub fn list_with_counts(
    conn: &mut AnyConnection,
    commune_id: i64,
    filter: &ListFilter,
    page: Page,
    per_page: i64,
) -> Result<Paged<(PetitionRow, Counts)>> {
    list_rows(conn, commune_id, filter, page, per_page)?.try_map(|rows| with_counts(conn, rows))
}

/// One page of the public list.
fn list_rows(
    conn: &mut AnyConnection,
    commune_id: i64,
    filter: &ListFilter,
    page: Page,
    per_page: i64,
) -> Result<Paged<PetitionRow>> {
    let offset = page.offset(per_page);
    let rows = store::list(conn, commune_id, filter, per_page + 1, offset)?;
    Ok(Paged::cut(rows, page, per_page))
}

/// The whole filtered list with counts (the CSV export; no personal data).
pub fn export_rows(
    conn: &mut AnyConnection,
    commune_id: i64,
    filter: &ListFilter,
) -> Result<Vec<(PetitionRow, Counts)>> {
    let rows = store::list(conn, commune_id, filter, 10_000, 0)?;
    with_counts(conn, rows)
}

/// The latest petitions (the Atom feed).
pub fn feed_rows(conn: &mut AnyConnection, commune_id: i64) -> Result<Vec<PetitionRow>> {
    Ok(store::list(
        conn,
        commune_id,
        &ListFilter::default(),
        50,
        0,
    )?)
}

fn with_counts(
    conn: &mut AnyConnection,
    rows: Vec<PetitionRow>,
) -> Result<Vec<(PetitionRow, Counts)>> {
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let mut counts = store::counts_by_petition(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|p| {
            let n = counts.remove(&p.id).unwrap_or_default();
            (p, n)
        })
        .collect())
}

/// The petition as `viewer` may see it: drafts are their agent's alone.
pub fn visible(
    conn: &mut AnyConnection,
    viewer: Option<i64>,
    commune_id: i64,
    id: i64,
) -> Result<(PetitionRow, Counts)> {
    let p = store::petition(conn, commune_id, id)?;
    if p.status == crate::PetitionStatus::Draft
        && p.agent_account_id.is_none_or(|a| Some(a) != viewer)
    {
        return Err(ErrorKind::NotFound.into());
    }
    let counts = store::counts(conn, p.id)?;
    Ok((p, counts))
}

/// The public page of a petition: its timeline, documents, session and why (arts. 38,
/// 125), and for its agent only the mandate of an association's petition.
#[derive(Clone)]
pub struct PublicPage {
    pub petition: PetitionRow,
    pub counts: Counts,
    pub timeline: Vec<EventRow>,
    pub attachments: Vec<(i64, String)>,
    pub session: Option<SessionRow>,
    pub choice: Option<SessionChoice>,
    pub mandate: Option<MandateRow>,
    /// For the agent only: the branch and receipt copy added to the association's file.
    pub association_file: Option<AssociationFileRow>,
    /// A postponed petition (art. 125): the council's reason, as it recorded it.
    pub postponement: Option<Postponement>,
    /// The permanent committee the petition's item is referred to (art. 125).
    pub committee: Option<musharaka_communes::Committee>,
}

/// Why and to when the council postponed the petition's item (the public explanation).
#[derive(Debug, Clone, Default)]
pub struct Postponement {
    /// The reason the council recorded when it postponed the item.
    pub reason: Option<String>,
}

pub fn public_page(
    conn: &mut AnyConnection,
    viewer: Option<i64>,
    commune_id: i64,
    id: i64,
) -> Result<PublicPage> {
    let (p, counts) = visible(conn, viewer, commune_id, id)?;
    let is_agent = viewer.is_some() && p.agent_account_id == viewer;
    // The item that answers the petition now (a postponed item moves to a later session).
    let items =
        musharaka_councils::store::items_from(conn, commune_id, "petition", &p.id.to_string())?;
    let postponement = (p.status == crate::PetitionStatus::Decided(CouncilDecision::Postponed))
        .then(|| Postponement {
            reason: items
                .iter()
                .rev()
                .find(|i| i.status == musharaka_councils::model::ItemStatus::Postponed)
                .and_then(|i| i.status_reasons.clone()),
        });
    let item = items.into_iter().last();
    let committee = match item.as_ref().and_then(|i| i.committee_id) {
        Some(k) => Some(musharaka_communes::store::committee(conn, commune_id, k)?),
        None => None,
    };
    let session = match item {
        Some(i) => Some(musharaka_councils::store::session(
            conn,
            commune_id,
            i.session_id,
        )?),
        None => None,
    };
    let (mandate, association_file) = if is_agent {
        (
            store::mandate(conn, commune_id, p.id)?,
            store::association_file(conn, commune_id, p.id)?,
        )
    } else {
        (None, None)
    };
    Ok(PublicPage {
        timeline: store::events(conn, p.id)?,
        attachments: store::attachments(conn, commune_id, p.id)?,
        choice: session_choice_of(conn, &p)?,
        session,
        mandate,
        association_file,
        postponement,
        committee,
        counts,
        petition: p,
    })
}

/// The receipt (وصل) issued at deposit: for the agent and the commune's staff.
pub fn receipt(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<(PetitionRow, Counts)> {
    let p = store::petition(conn, commune_id, id)?;
    let allowed = p.agent_account_id == Some(actor.account.id)
        || actor.has(commune_id, Role::Bureau)
        || actor.can_administer(commune_id);
    if !allowed {
        return Err(ErrorKind::Forbidden.into());
    }
    if p.receipt_number.is_none() {
        return Err(ErrorKind::NotFound.into());
    }
    let counts = store::counts(conn, p.id)?;
    Ok((p, counts))
}

/// The petition whose private files `actor` may read: its agent, the bureau or the
/// commune's admin.
fn private_file_reader(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<PetitionRow> {
    let p = store::petition(conn, commune_id, id)?;
    if require_agent(actor, &p).is_err() {
        require_staff(actor, commune_id)?;
    }
    Ok(p)
}

/// A private file of an association's petition: for the agent, the bureau and the
/// commune's admin only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivateFile {
    /// The agent's mandate (decree 2.16.403).
    Mandate,
    /// The copy of the association's final receipt (decree 2.16.403 art. 4).
    AssociationReceipt,
}

/// The upload's id of the petition's private `file` ([`PrivateFile`]), for its readers.
pub fn private_upload(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    file: PrivateFile,
) -> Result<i64> {
    let p = private_file_reader(conn, actor, commune_id, id)?;
    let upload = match file {
        PrivateFile::Mandate => store::mandate(conn, commune_id, p.id)?.and_then(|m| m.upload_id),
        PrivateFile::AssociationReceipt => {
            store::association_file(conn, commune_id, p.id)?.and_then(|f| f.receipt_upload_id)
        }
    };
    upload.ok_or_else(|| ErrorKind::NotFound.into())
}

/// The bureau's list: every non-draft petition of the commune.
pub fn bureau_list(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
) -> Result<Vec<PetitionRow>> {
    require_staff(actor, commune_id)?;
    Ok(store::all_public(conn, commune_id)?)
}

/// What the bureau sees before deciding: the signatures (names, no CIN numbers: those
/// are only in the deposit file), the commune's committees, where acceptance today would
/// put the petition, and an association's unmet conditions and mandate.
pub struct BureauPage {
    pub petition: PetitionRow,
    pub counts: Counts,
    pub signatures: Vec<crate::records::SignatureRow>,
    pub committees: Vec<CommitteeWithMembers>,
    pub preview: Option<SessionChoice>,
    pub unmet: Vec<AssociationCondition>,
    pub mandate: Option<MandateRow>,
    pub association_file: Option<AssociationFileRow>,
}

pub fn bureau_page(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    today: NaiveDate,
) -> Result<BureauPage> {
    require_staff(actor, commune_id)?;
    let p = store::petition(conn, commune_id, id)?;
    let mut signatures = store::signatures(conn, p.id, 1000, 0)?;
    for s in &mut signatures {
        s.cin_encrypted = None;
    }
    let preview = if p.status.awaiting_bureau() {
        Some(session_if_accepted_on(conn, commune_id, today)?)
    } else {
        None
    };
    let filed_on = p
        .deposited_at
        .map(musharaka_core::time::local_date)
        .unwrap_or(today);
    Ok(BureauPage {
        counts: store::counts(conn, p.id)?,
        signatures,
        committees: musharaka_communes::store::committees(conn, commune_id)?,
        preview,
        unmet: association_unmet(conn, &p, filed_on)?,
        mandate: store::mandate(conn, commune_id, p.id)?,
        association_file: store::association_file(conn, commune_id, p.id)?,
        petition: p,
    })
}

/// The commune and the petition of a confirmed signature (the page after the mailed link).
pub fn confirm_and_show(conn: &mut AnyConnection, token: &str) -> Result<(Commune, PetitionRow)> {
    let (commune_id, petition_id) = super::confirm_signature(conn, token)?;
    Ok((
        musharaka_communes::store::by_id(conn, commune_id)?,
        store::petition(conn, commune_id, petition_id)?,
    ))
}

/// What the mailed confirmation link shows before the signer confirms with a button: read
/// only, so a link fetched by a mail scanner or a preview never signs for anyone.
pub struct SignatureToConfirm {
    pub commune: Commune,
    pub petition: PetitionRow,
    /// Already confirmed (the link opened again): the page says so, no button.
    pub confirmed: bool,
}

pub fn signature_to_confirm(conn: &mut AnyConnection, token: &str) -> Result<SignatureToConfirm> {
    let digest = musharaka_identity::tokens::digest(token);
    let (_, commune_id, petition_id, confirmed) =
        store::signature_by_token(conn, &digest)?.ok_or(ErrorKind::TokenInvalid)?;
    Ok(SignatureToConfirm {
        commune: musharaka_communes::store::by_id(conn, commune_id)?,
        petition: store::petition(conn, commune_id, petition_id)?,
        confirmed: confirmed.is_some(),
    })
}
