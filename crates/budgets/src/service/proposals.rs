//! Proposals: submission by citizens and associations, technical review.

use super::*;

/// A proposal as the citizen enters it.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalFacts {
    pub district_id: i64,
    pub category_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub location: String,
    pub estimated_cents: i64,
    pub photo_upload_id: Option<i64>,
    /// Submitted in the name of the proposer's verified association.
    pub as_association: bool,
}

/// [`submit_proposal`] with its photo stored by `store_photo` in the same transaction:
/// the caller stores the file (and its `uploads` row); a refused proposal leaves nothing.
pub fn submit_proposal_storing<F>(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    cycle_id: i64,
    mut f: ProposalFacts,
    store_photo: F,
) -> Result<Proposal>
where
    F: FnOnce(&mut AnyConnection) -> Result<Option<i64>>,
{
    write_transaction(conn, |conn| {
        f.photo_upload_id = store_photo(conn)?;
        submit_proposal(conn, actor, commune_id, cycle_id, &f)
    })
}

/// Submits a proposal during the proposals phase, if the rulebook lets this proposer.
pub fn submit_proposal(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    cycle_id: i64,
    f: &ProposalFacts,
) -> Result<Proposal> {
    write_transaction(conn, |conn| {
        let cycle = store::cycle(conn, commune_id, cycle_id)?;
        if cycle.phase(now()) != Phase::Proposals {
            return Err(Error::with_cause(ErrorKind::Conflict, "proposals closed"));
        }
        let association = musharaka_identity::store::association_of(conn, actor.account.id)?
            .filter(|a| a.status == musharaka_identity::AssociationStatus::Verified);
        let rulebook = cycle.rulebook();
        let as_association = f.as_association && association.is_some();
        let allowed = match rulebook.who_proposes {
            WhoProposes::Associations => as_association,
            _ => rules::may_propose(
                rulebook.who_proposes,
                actor.account.is_confirmed(),
                association.is_some(),
            ),
        };
        if !allowed {
            return Err(Error::field(
                ErrorKind::Forbidden,
                "title",
                "pb-may-not-propose",
            ));
        }
        let districts = store::districts(conn, commune_id, cycle_id)?;
        if !districts.iter().any(|d| d.id == f.district_id) {
            return Err(Error::invalid("district_id", "field-choice"));
        }
        if let Some(c) = f.category_id {
            if !store::categories(conn, commune_id, cycle_id)?
                .iter()
                .any(|x| x.id == c)
            {
                return Err(Error::invalid("category_id", "field-choice"));
            }
        }
        let new = NewProposalRow {
            commune_id,
            cycle_id,
            district_id: f.district_id,
            category_id: f.category_id,
            author_id: Some(actor.account.id),
            association_id: association
                .as_ref()
                .filter(|_| as_association)
                .map(|a| a.id),
            title: f.title.trim(),
            description: f.description.trim(),
            location: f.location.trim(),
            estimated_cents: f.estimated_cents,
            official_cents: None,
            photo_upload_id: f.photo_upload_id,
            status: ProposalStatus::Submitted,
            reviewed_at: None,
            created_at: now(),
        };
        let p = store::insert_proposal(conn, &new)?;
        Ok(p)
    })
}

/// A reviewer's decision.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewFacts {
    pub decision: ReviewEvent,
    pub reason: String,
    pub official_cents: Option<i64>,
    pub merge_into: Option<i64>,
}

/// Records feasibility (with reasons and the official cost) or merges a duplicate into
/// another proposal, and tells the proposer by mail.
pub fn review_proposal(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    actor: &Permissions,
    commune_id: i64,
    cycle_id: i64,
    id: i64,
    r: &ReviewFacts,
) -> Result<Proposal> {
    if !may_review(actor, commune_id) {
        return Err(ErrorKind::Forbidden.into());
    }
    let event = r.decision;
    if event != ReviewEvent::Feasible && r.reason.trim().is_empty() {
        return Err(Error::invalid("reason", "field-required"));
    }
    write_transaction(conn, |conn| {
        let cycle = store::cycle(conn, commune_id, cycle_id)?;
        if cycle.phase(now()) >= Phase::Voting {
            return Err(Error::with_cause(ErrorKind::Conflict, "review closed"));
        }
        let before = store::proposal(conn, commune_id, cycle_id, id)?;
        let status = before.status.transition(event)?;
        let merge_into = match event {
            ReviewEvent::Merge => {
                let target = r
                    .merge_into
                    .ok_or_else(|| Error::invalid("merge_into", "field-required"))?;
                let t = store::proposal(conn, commune_id, cycle_id, target)
                    .map_err(|_| Error::invalid("merge_into", "field-choice"))?;
                if t.id == id || t.status == ProposalStatus::Merged {
                    return Err(Error::invalid("merge_into", "field-choice"));
                }
                Some(t.id)
            }
            _ => None,
        };
        let review = ProposalReviewRow {
            status,
            review_reason: Some(r.reason.trim()).filter(|s| !s.is_empty()),
            official_cents: r.official_cents.or(before.official_cents),
            merged_into_id: merge_into,
            reviewed_by: Some(actor.account.id),
            reviewed_at: Some(now()),
        };
        store::review_proposal(conn, id, &review)?;
        let after = store::proposal(conn, commune_id, cycle_id, id)?;
        actor
            .audit(
                commune_id,
                "pb_proposal.review",
                format!("pb_proposal:{id}"),
            )
            .before(json!(before))
            .after(json!(after))
            .record(conn)?;
        if let Some(author) = after.author_id {
            let account = musharaka_identity::store::account(conn, author)?;
            let lang = account.lang();
            let slug = musharaka_communes::store::by_id(conn, commune_id)?.slug;
            let link = format!(
                "{}/{slug}/budgets/{cycle_id}/proposals/{id}",
                mail.base_url.trim_end_matches('/')
            );
            let decision = mail
                .i18n
                .t(lang, &format!("pb-status-{}", status.key()), &[]);
            let args: Vec<(&str, FluentValue<'_>)> = vec![
                ("name", account.name.as_str().into()),
                ("title", after.title.as_str().into()),
                ("decision", decision.as_str().into()),
                (
                    "reason",
                    after.review_reason.as_deref().unwrap_or("").into(),
                ),
                ("link", link.as_str().into()),
            ];
            musharaka_mail::enqueue(
                conn,
                &OutgoingMail {
                    to: account.email.clone(),
                    subject: mail.i18n.t(lang, "pb-mail-review-subject", &args),
                    body: mail.i18n.t(lang, "pb-mail-review-body", &args),
                },
            )?;
        }
        Ok(after)
    })
}

/// A proposal entered already reviewed and feasible at its cost: the projects of an imported
/// pabulib file, and demo data.
pub struct FeasibleProposal<'a> {
    pub district_id: i64,
    pub category_id: Option<i64>,
    pub title: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    pub cost_cents: i64,
}

/// Adds a feasible proposal to a cycle (no actor: imports and demo data only).
pub fn add_feasible_proposal(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    p: &FeasibleProposal<'_>,
) -> Result<Proposal> {
    let t = now();
    let new = NewProposalRow {
        commune_id,
        cycle_id,
        district_id: p.district_id,
        category_id: p.category_id,
        author_id: None,
        association_id: None,
        title: p.title,
        description: p.description,
        location: p.location,
        estimated_cents: p.cost_cents,
        official_cents: Some(p.cost_cents),
        photo_upload_id: None,
        status: ProposalStatus::Feasible,
        reviewed_at: Some(t),
        created_at: t,
    };
    Ok(store::insert_proposal(conn, &new)?)
}
