//! Queries on petitions, signatures and their timeline. Every query filters on the commune.

use crate::model::{PetitionKind, PetitionStatus};
use crate::records::{
    AssociationFileRow, Counts, EventRow, MandateRow, NewPaperSignatureRow, PetitionRow,
    SignatureRow,
};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use musharaka_core::time::now;
use musharaka_db::schema::{
    petition_association_files, petition_attachments, petition_events, petition_mandates,
    petition_signatures, petitions, uploads,
};
use musharaka_db::AnyConnection;
use musharaka_db::{find_owned, insert, insert_row, rows_of, update_row};

pub fn petition(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<PetitionRow> {
    find_owned!(conn, petitions::commune_id == commune_id, id => PetitionRow)
}

/// The petition, if the commune has it.
pub fn find_petition(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
) -> QueryResult<Option<PetitionRow>> {
    petition(conn, commune_id, id).optional()
}

/// Filters of the public list.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub status: Option<String>,
    pub kind: Option<String>,
    pub year: Option<i32>,
    pub words: Option<String>,
    /// Include drafts (never on public pages).
    pub with_drafts: bool,
}

pub fn list(
    conn: &mut AnyConnection,
    commune_id: i64,
    f: &ListFilter,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<PetitionRow>> {
    let mut q = petitions::table
        .filter(petitions::commune_id.eq(commune_id))
        .select(PetitionRow::as_select())
        .into_boxed();
    if !f.with_drafts {
        q = q.filter(petitions::status.ne(PetitionStatus::Draft));
    }
    if let Some(s) = &f.status {
        q = q.filter(petitions::status.eq(s.clone()));
    }
    if let Some(k) = &f.kind {
        q = q.filter(petitions::kind.eq(k.clone()));
    }
    if let Some(y) = f.year {
        let from = chrono::NaiveDate::from_ymd_opt(y, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
        let to = chrono::NaiveDate::from_ymd_opt(y + 1, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
        if let (Some(from), Some(to)) = (from, to) {
            q = q
                .filter(petitions::created_at.ge(from))
                .filter(petitions::created_at.lt(to));
        }
    }
    if let Some(words) = &f.words {
        for w in words.split_whitespace().take(8) {
            let pattern = format!("%{}%", w.replace(['%', '_'], ""));
            q = q.filter(
                petitions::subject
                    .like(pattern.clone())
                    .or(petitions::reasons.like(pattern.clone()))
                    .or(petitions::requested_item.like(pattern)),
            );
        }
    }
    q.order(petitions::id.desc())
        .limit(limit)
        .offset(offset)
        .load(conn)
}

/// Petitions an account files as agent (drafts included).
pub fn of_agent(
    conn: &mut AnyConnection,
    commune_id: i64,
    account_id: i64,
) -> QueryResult<Vec<PetitionRow>> {
    petitions::table
        .filter(petitions::commune_id.eq(commune_id))
        .filter(petitions::agent_account_id.eq(account_id))
        .order(petitions::id.desc())
        .select(PetitionRow::as_select())
        .load(conn)
}

/// All of a commune's non-draft petitions (for the summary figures).
pub fn all_public(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<PetitionRow>> {
    list(conn, commune_id, &ListFilter::default(), i64::MAX, 0)
}

/// Valid signatures (confirmed, not invalidated) by channel: always derived from rows.
pub fn counts(conn: &mut AnyConnection, petition_id: i64) -> QueryResult<Counts> {
    let rows: Vec<(String, i64)> = petition_signatures::table
        .filter(petition_signatures::petition_id.eq(petition_id))
        .filter(petition_signatures::confirmed_at.is_not_null())
        .filter(petition_signatures::invalidated_at.is_null())
        .group_by(petition_signatures::channel)
        .select((petition_signatures::channel, diesel::dsl::count_star()))
        .load(conn)?;
    let mut c = Counts::default();
    for (channel, n) in rows {
        match channel.as_str() {
            "paper" => c.paper = n,
            _ => c.online = n,
        }
    }
    Ok(c)
}

pub fn signatures(
    conn: &mut AnyConnection,
    petition_id: i64,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<SignatureRow>> {
    petition_signatures::table
        .filter(petition_signatures::petition_id.eq(petition_id))
        .order(petition_signatures::id)
        .limit(limit)
        .offset(offset)
        .select(SignatureRow::as_select())
        .load(conn)
}

/// Whether a signature comes in a burst (burst detection): at least `per_ip` signatures
/// from one keyed IP hash since `since`, or, when `domain` is given, at least `per_domain`
/// from one e-mail domain. Each count stops at its limit: a petition signed thousands of
/// times from one place must not make every signature slower. Two reads, not one with
/// `OR`: PostgreSQL answers an `OR` of the two indexes with a bitmap of every match
/// before the limit applies (measured: 2 ms against 0.08 ms at 7,500 signatures).
pub fn burst_reached(
    conn: &mut AnyConnection,
    petition_id: i64,
    ip_hash: &str,
    domain: Option<&str>,
    since: NaiveDateTime,
    (per_ip, per_domain): (i64, i64),
) -> QueryResult<bool> {
    let recent = || {
        petition_signatures::table
            .filter(petition_signatures::petition_id.eq(petition_id))
            .filter(petition_signatures::created_at.ge(since))
            .select(petition_signatures::id)
    };
    let reached =
        |ids: Vec<i64>, at_least: i64| ids.len() >= usize::try_from(at_least).unwrap_or(usize::MAX);
    let from_ip = recent()
        .filter(petition_signatures::ip_hash.eq(ip_hash))
        .limit(per_ip)
        .load(conn)?;
    if reached(from_ip, per_ip) {
        return Ok(true);
    }
    let Some(domain) = domain else {
        return Ok(false);
    };
    let from_domain = recent()
        .filter(petition_signatures::email_domain.eq(domain))
        .limit(per_domain)
        .load(conn)?;
    Ok(reached(from_domain, per_domain))
}

pub fn events(conn: &mut AnyConnection, petition_id: i64) -> QueryResult<Vec<EventRow>> {
    rows_of!(conn, petition_events::petition_id == petition_id, petition_events::id => EventRow)
}

/// The petition's attachments: (upload id, file name).
pub fn attachments(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
) -> QueryResult<Vec<(i64, String)>> {
    petition_attachments::table
        .inner_join(uploads::table)
        .filter(petition_attachments::commune_id.eq(commune_id))
        .filter(petition_attachments::petition_id.eq(petition_id))
        .order(uploads::id)
        .select((uploads::id, uploads::original_name))
        .load(conn)
}

/// The agent's mandate of an association petition, if the agent gave one.
pub fn mandate(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
) -> QueryResult<Option<MandateRow>> {
    petition_mandates::table
        .filter(petition_mandates::commune_id.eq(commune_id))
        .filter(petition_mandates::petition_id.eq(petition_id))
        .select(MandateRow::as_select())
        .first(conn)
        .optional()
}

/// The e-mail addresses of valid signers who asked to hear of the outcome, each with the
/// language they signed in (none for older rows).
pub fn emails_to_notify(
    conn: &mut AnyConnection,
    petition_id: i64,
) -> QueryResult<Vec<(Option<String>, Option<String>)>> {
    petition_signatures::table
        .filter(petition_signatures::petition_id.eq(petition_id))
        .filter(petition_signatures::notify.eq(true))
        .filter(petition_signatures::confirmed_at.is_not_null())
        .filter(petition_signatures::invalidated_at.is_null())
        .select((petition_signatures::email, petition_signatures::lang))
        .load(conn)
}

/// Records the council's deliberation on the petition and the item it answered.
pub fn set_council_decision(
    conn: &mut AnyConnection,
    petition_id: i64,
    item_id: musharaka_councils::ItemId,
    deliberation_id: i64,
) -> QueryResult<()> {
    let changes = (
        petitions::agenda_item_id.eq(item_id),
        petitions::deliberation_id.eq(deliberation_id),
    );
    update_row!(conn, petitions, petition_id, changes).map(|_| ())
}

/// How many of the commune's receipts start with `prefix` (the year's numbering).
pub fn receipts_numbered(
    conn: &mut AnyConnection,
    commune_id: i64,
    prefix: &str,
) -> QueryResult<i64> {
    petitions::table
        .filter(petitions::commune_id.eq(commune_id))
        .filter(petitions::receipt_number.like(format!("{}%", prefix.replace(['%', '_'], ""))))
        .count()
        .get_result(conn)
}

/// Adds a step to the petition's public timeline.
pub fn add_event(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
    name: &str,
    detail: Option<&str>,
) -> QueryResult<()> {
    let values = (
        petition_events::commune_id.eq(commune_id),
        petition_events::petition_id.eq(petition_id),
        petition_events::event.eq(name),
        petition_events::detail.eq(detail),
        petition_events::created_at.eq(now()),
    );
    insert!(conn, petition_events, values).map(|_| ())
}

/// Moves the status from `from` to `to` with a conditional update (two concurrent actions
/// cannot both apply); `false` when another change came first. A final status is dated.
pub fn set_status_if(
    conn: &mut AnyConnection,
    petition_id: i64,
    from: PetitionStatus,
    to: PetitionStatus,
    is_final: bool,
) -> QueryResult<bool> {
    let t = now();
    let n = diesel::update(
        petitions::table
            .find(petition_id)
            .filter(petitions::status.eq(from)),
    )
    .set((petitions::status.eq(to), petitions::updated_at.eq(t)))
    .execute(conn)?;
    if n == 1 && is_final {
        update_row!(conn, petitions, petition_id, petitions::final_at.eq(t))?;
    }
    Ok(n == 1)
}

/// A petition's receipt when it was deposited on paper.
pub struct PaperReceipt<'a> {
    pub receipt_number: &'a str,
    pub received_on: chrono::NaiveDate,
    pub review_deadline: chrono::NaiveDate,
}

/// A new petition: drafted online (`paper: None`) or registered from paper.
pub struct NewPetition<'a> {
    pub commune_id: i64,
    pub kind: PetitionKind,
    pub status: PetitionStatus,
    pub agent_account_id: Option<i64>,
    pub association_id: Option<i64>,
    /// Subject, reasons, requested item.
    pub texts: (&'a str, &'a str, &'a str),
    pub paper: Option<PaperReceipt<'a>>,
}

pub fn insert_petition(conn: &mut AnyConnection, n: &NewPetition<'_>) -> QueryResult<PetitionRow> {
    let t0 = now();
    let (subject, reasons, requested_item) = n.texts;
    let paper = n.paper.as_ref();
    let values = (
        petitions::commune_id.eq(n.commune_id),
        petitions::kind.eq(n.kind),
        petitions::status.eq(n.status),
        petitions::agent_account_id.eq(n.agent_account_id),
        petitions::association_id.eq(n.association_id),
        petitions::subject.eq(subject),
        petitions::reasons.eq(reasons),
        petitions::requested_item.eq(requested_item),
        petitions::receipt_number.eq(paper.map(|p| p.receipt_number)),
        petitions::deposited_at.eq(paper.map(|p| p.received_on.and_hms_opt(9, 0, 0).unwrap_or(t0))),
        petitions::review_deadline.eq(paper.map(|p| p.review_deadline)),
        petitions::registered_on_paper.eq(paper.is_some()),
        petitions::created_at.eq(t0),
        petitions::updated_at.eq(t0),
    );
    insert_row!(conn, petitions, values)
}

pub fn insert_attachment(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
    upload_id: i64,
) -> QueryResult<()> {
    let values = (
        petition_attachments::petition_id.eq(petition_id),
        petition_attachments::upload_id.eq(upload_id),
        petition_attachments::commune_id.eq(commune_id),
    );
    insert!(conn, petition_attachments, values).map(|_| ())
}

/// Replaces the petition's mandate.
pub fn replace_mandate(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
    upload_id: Option<i64>,
    legal_representative: bool,
) -> QueryResult<()> {
    diesel::delete(petition_mandates::table.find(petition_id)).execute(conn)?;
    let values = (
        petition_mandates::petition_id.eq(petition_id),
        petition_mandates::commune_id.eq(commune_id),
        petition_mandates::upload_id.eq(upload_id),
        petition_mandates::agent_is_legal_representative.eq(legal_representative),
    );
    insert!(conn, petition_mandates, values).map(|_| ())
}

/// Records the bureau's decision (art. 125): its checklist, reasons and date.
pub fn set_bureau_decision(
    conn: &mut AnyConnection,
    petition_id: i64,
    checklist: Option<&str>,
    reasons: Option<&str>,
) -> QueryResult<()> {
    let changes = (
        petitions::bureau_checklist.eq(checklist),
        petitions::bureau_decided_at.eq(now()),
        petitions::bureau_reasons.eq(reasons),
    );
    update_row!(conn, petitions, petition_id, changes).map(|_| ())
}

pub fn set_agenda_item(
    conn: &mut AnyConnection,
    petition_id: i64,
    item_id: musharaka_councils::ItemId,
) -> QueryResult<()> {
    let changes = petitions::agenda_item_id.eq(item_id);
    update_row!(conn, petitions, petition_id, changes).map(|_| ())
}

/// Records the deposit: threshold, receipt number, date and review deadline.
pub fn set_deposit(
    conn: &mut AnyConnection,
    petition_id: i64,
    threshold: Option<i32>,
    receipt_number: &str,
    review_deadline: chrono::NaiveDate,
) -> QueryResult<()> {
    let changes = (
        petitions::threshold.eq(threshold),
        petitions::receipt_number.eq(receipt_number),
        petitions::deposited_at.eq(now()),
        petitions::review_deadline.eq(review_deadline),
    );
    update_row!(conn, petitions, petition_id, changes).map(|_| ())
}

/// Petitions with a final decision whose signers' personal data is still kept:
/// (id, final decision time).
pub fn final_not_erased(conn: &mut AnyConnection) -> QueryResult<Vec<(i64, NaiveDateTime)>> {
    let rows: Vec<(i64, Option<NaiveDateTime>)> = petitions::table
        .filter(petitions::final_at.is_not_null())
        .filter(petitions::personal_data_erased_at.is_null())
        .select((petitions::id, petitions::final_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, at)| Some((id, at?)))
        .collect())
}

/// Law 09.08: erases the signers' personal data of a petition; the counts stay.
pub fn erase_personal_data(conn: &mut AnyConnection, petition_id: i64) -> QueryResult<()> {
    diesel::update(
        petition_signatures::table.filter(petition_signatures::petition_id.eq(petition_id)),
    )
    .set((
        petition_signatures::cin_encrypted.eq(None::<String>),
        petition_signatures::full_name.eq(None::<String>),
        petition_signatures::birth_date.eq(None::<chrono::NaiveDate>),
        petition_signatures::address.eq(None::<String>),
        petition_signatures::email.eq(None::<String>),
        petition_signatures::ip_hash.eq(None::<String>),
    ))
    .execute(conn)?;
    let changes = petitions::personal_data_erased_at.eq(now());
    update_row!(conn, petitions, petition_id, changes).map(|_| ())
}

/// What an online signature stores (new, or replacing a pending one).
pub struct OnlineSignature<'a> {
    pub cin_sealed: &'a str,
    pub full_name: &'a str,
    pub birth_date: Option<chrono::NaiveDate>,
    pub address: &'a str,
    pub tie: Option<&'a str>,
    pub email: &'a str,
    pub notify: bool,
    pub token_hash: Option<&'a str>,
    pub confirmed_at: Option<NaiveDateTime>,
    pub ip_hash: &'a str,
    pub flagged: bool,
    pub account_id: Option<i64>,
    /// The language of the page signed on: the signer's mails are written in it.
    pub lang: &'a str,
}

/// The signature of a CIN (by its keyed hash) on a petition: (id, confirmed at).
pub type CinSignature = (i64, Option<NaiveDateTime>);

/// The petition to sign and the signature this CIN (by its keyed hash) already has on it,
/// if any, in one read.
pub fn petition_for_signing(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
    cin_hash: &str,
) -> QueryResult<(PetitionRow, Option<CinSignature>)> {
    petitions::table
        .left_join(
            petition_signatures::table.on(petition_signatures::petition_id
                .eq(petitions::id)
                .and(petition_signatures::cin_hash.eq(cin_hash))),
        )
        .filter(petitions::commune_id.eq(commune_id))
        .filter(petitions::id.eq(petition_id))
        .select((
            PetitionRow::as_select(),
            (petition_signatures::id, petition_signatures::confirmed_at).nullable(),
        ))
        .first(conn)
}

/// Records an online signature: replaces the pending one `replacing`, or adds a new row
/// (the unique constraint on the CIN hash refuses a double).
pub fn save_online_signature(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
    cin_hash: &str,
    replacing: Option<i64>,
    s: &OnlineSignature<'_>,
) -> QueryResult<()> {
    let domain = s.email.rsplit('@').next().unwrap_or_default().to_string();
    let values = (
        petition_signatures::cin_encrypted.eq(s.cin_sealed),
        petition_signatures::full_name.eq(s.full_name),
        petition_signatures::birth_date.eq(s.birth_date),
        petition_signatures::address.eq(s.address),
        petition_signatures::tie.eq(s.tie),
        petition_signatures::email.eq(s.email),
        petition_signatures::email_domain.eq(domain),
        petition_signatures::notify.eq(s.notify),
        petition_signatures::confirm_token_hash.eq(s.token_hash),
        petition_signatures::confirmed_at.eq(s.confirmed_at),
        petition_signatures::ip_hash.eq(s.ip_hash),
        petition_signatures::flagged.eq(s.flagged),
        petition_signatures::account_id.eq(s.account_id),
        petition_signatures::lang.eq(Some(s.lang)),
    );
    match replacing {
        Some(id) => diesel::update(petition_signatures::table.find(id))
            .set(values)
            .execute(conn)
            .map(|_| ()),
        None => diesel::insert_into(petition_signatures::table)
            .values((
                values,
                petition_signatures::commune_id.eq(commune_id),
                petition_signatures::petition_id.eq(petition_id),
                petition_signatures::channel.eq("online"),
                petition_signatures::cin_hash.eq(cin_hash),
                petition_signatures::created_at.eq(now()),
            ))
            .execute(conn)
            .map(|_| ()),
    }
}

/// A signature found by its confirmation link: (id, commune, petition, confirmed at).
pub type PendingSignature = (i64, i64, i64, Option<NaiveDateTime>);

/// The signature a confirmation link belongs to.
pub fn signature_by_token(
    conn: &mut AnyConnection,
    token_hash: &str,
) -> QueryResult<Option<PendingSignature>> {
    petition_signatures::table
        .filter(petition_signatures::confirm_token_hash.eq(token_hash))
        .select((
            petition_signatures::id,
            petition_signatures::commune_id,
            petition_signatures::petition_id,
            petition_signatures::confirmed_at,
        ))
        .first(conn)
        .optional()
}

/// Confirms a pending signature (a second confirmation changes nothing).
pub fn confirm_signature(conn: &mut AnyConnection, id: i64) -> QueryResult<()> {
    diesel::update(
        petition_signatures::table
            .find(id)
            .filter(petition_signatures::confirmed_at.is_null()),
    )
    .set(petition_signatures::confirmed_at.eq(now()))
    .execute(conn)
    .map(|_| ())
}

/// Inserts a signature entered from a paper list.
pub fn insert_paper_signature(
    conn: &mut AnyConnection,
    new: &NewPaperSignatureRow<'_>,
) -> QueryResult<()> {
    insert!(conn, petition_signatures, new).map(|_| ())
}

/// Which valid signatures an invalidation hits (all given conditions together).
#[derive(Default)]
pub struct SignatureSelection {
    pub email_domain: Option<String>,
    pub email: Option<String>,
    /// A prefix of the keyed IP hash.
    pub ip_prefix: Option<String>,
    pub from: Option<NaiveDateTime>,
    pub to: Option<NaiveDateTime>,
}

/// Invalidates the selected signatures with `reason`; returns how many.
pub fn invalidate_signatures(
    conn: &mut AnyConnection,
    petition_id: i64,
    sel: &SignatureSelection,
    reason: &str,
) -> QueryResult<usize> {
    let mut q = diesel::update(petition_signatures::table)
        .filter(petition_signatures::petition_id.eq(petition_id))
        .filter(petition_signatures::invalidated_at.is_null())
        .into_boxed();
    if let Some(d) = &sel.email_domain {
        q = q.filter(petition_signatures::email_domain.eq(d.clone()));
    }
    if let Some(e) = &sel.email {
        q = q.filter(petition_signatures::email.eq(e.clone()));
    }
    if let Some(prefix) = &sel.ip_prefix {
        q = q.filter(petition_signatures::ip_hash.like(format!("{prefix}%")));
    }
    if let Some(from) = sel.from {
        q = q.filter(petition_signatures::created_at.ge(from));
    }
    if let Some(to) = sel.to {
        q = q.filter(petition_signatures::created_at.le(to));
    }
    q.set((
        petition_signatures::invalidated_at.eq(now()),
        petition_signatures::invalidation_reason.eq(reason),
    ))
    .execute(conn)
}

/// Dates a deposit in the past (the demo's history; deposits are stamped with `now`).
pub fn backdate_deposit(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(
        petitions::table
            .find(petition_id)
            .filter(petitions::commune_id.eq(commune_id)),
    )
    .set(petitions::deposited_at.eq(at))
    .execute(conn)
    .map(|_| ())
}

/// What an association's petition adds to the association's file (branch, receipt copy).
pub fn association_file(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
) -> QueryResult<Option<AssociationFileRow>> {
    petition_association_files::table
        .filter(petition_association_files::commune_id.eq(commune_id))
        .filter(petition_association_files::petition_id.eq(petition_id))
        .select(AssociationFileRow::as_select())
        .first(conn)
        .optional()
}

/// Replaces what an association's petition adds to the association's file.
pub fn replace_association_file(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
    row: &AssociationFileRow,
) -> QueryResult<()> {
    diesel::delete(petition_association_files::table.find(petition_id)).execute(conn)?;
    let values = (
        petition_association_files::petition_id.eq(petition_id),
        petition_association_files::commune_id.eq(commune_id),
        petition_association_files::branch_address.eq(row.branch_address.as_deref()),
        petition_association_files::receipt_upload_id.eq(row.receipt_upload_id),
    );
    insert!(conn, petition_association_files, values).map(|_| ())
}

/// Stores where the bureau's acceptance put the petition and why (JSON), once.
pub fn set_placement(conn: &mut AnyConnection, petition_id: i64, json: &str) -> QueryResult<()> {
    update_row!(conn, petitions, petition_id, petitions::placement.eq(json)).map(|_| ())
}

/// Dates what happened to a petition since `since` on `at` instead (the demo's history:
/// the services stamp the present moment): its timeline steps, its signatures, its
/// creation, deposit, bureau decision and final decision.
pub fn backdate_since(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
    since: NaiveDateTime,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(
        petition_events::table
            .filter(petition_events::commune_id.eq(commune_id))
            .filter(petition_events::petition_id.eq(petition_id))
            .filter(petition_events::created_at.ge(since)),
    )
    .set(petition_events::created_at.eq(at))
    .execute(conn)?;
    diesel::update(
        petition_signatures::table
            .filter(petition_signatures::commune_id.eq(commune_id))
            .filter(petition_signatures::petition_id.eq(petition_id))
            .filter(petition_signatures::created_at.ge(since)),
    )
    .set(petition_signatures::created_at.eq(at))
    .execute(conn)?;
    diesel::update(
        petition_signatures::table
            .filter(petition_signatures::commune_id.eq(commune_id))
            .filter(petition_signatures::petition_id.eq(petition_id))
            .filter(petition_signatures::confirmed_at.ge(since)),
    )
    .set(petition_signatures::confirmed_at.eq(at))
    .execute(conn)?;
    let one = || {
        petitions::table
            .filter(petitions::id.eq(petition_id))
            .filter(petitions::commune_id.eq(commune_id))
    };
    diesel::update(one().filter(petitions::created_at.ge(since)))
        .set(petitions::created_at.eq(at))
        .execute(conn)?;
    diesel::update(one().filter(petitions::deposited_at.ge(since)))
        .set(petitions::deposited_at.eq(at))
        .execute(conn)?;
    diesel::update(one().filter(petitions::bureau_decided_at.ge(since)))
        .set(petitions::bureau_decided_at.eq(at))
        .execute(conn)?;
    diesel::update(one().filter(petitions::final_at.ge(since)))
        .set(petitions::final_at.eq(at))
        .execute(conn)?;
    diesel::update(one().filter(petitions::updated_at.ge(since)))
        .set(petitions::updated_at.eq(at))
        .execute(conn)
        .map(|_| ())
}

/// Confirmed, valid signatures of each of these petitions by channel, in one query per
/// thousand petitions (lists, the API, the CSV export and the commune's home).
pub fn counts_by_petition(
    conn: &mut AnyConnection,
    petition_ids: &[i64],
) -> QueryResult<std::collections::HashMap<i64, Counts>> {
    let mut out: std::collections::HashMap<i64, Counts> = petition_ids
        .iter()
        .map(|id| (*id, Counts::default()))
        .collect();
    for ids in petition_ids.chunks(1000) {
        let rows: Vec<(i64, String, i64)> = petition_signatures::table
            .filter(petition_signatures::petition_id.eq_any(ids))
            .filter(petition_signatures::confirmed_at.is_not_null())
            .filter(petition_signatures::invalidated_at.is_null())
            .group_by((
                petition_signatures::petition_id,
                petition_signatures::channel,
            ))
            .select((
                petition_signatures::petition_id,
                petition_signatures::channel,
                diesel::dsl::count_star(),
            ))
            .load(conn)?;
        for (id, channel, n) in rows {
            let c = out.entry(id).or_default();
            match channel.as_str() {
                "paper" => c.paper = n,
                _ => c.online = n,
            }
        }
    }
    Ok(out)
}
