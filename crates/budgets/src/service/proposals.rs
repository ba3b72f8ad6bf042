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
            .filter(|a| a.status() == musharaka_identity::AssociationStatus::Verified);
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
        let p: Proposal = diesel::insert_into(pb_proposals::table)
            .values((
                pb_proposals::commune_id.eq(commune_id),
                pb_proposals::cycle_id.eq(cycle_id),
                pb_proposals::district_id.eq(f.district_id),
                pb_proposals::category_id.eq(f.category_id),
                pb_proposals::author_id.eq(actor.account.id),
                pb_proposals::association_id.eq(association
                    .as_ref()
                    .filter(|_| as_association)
                    .map(|a| a.id)),
                pb_proposals::title.eq(f.title.trim()),
                pb_proposals::description.eq(f.description.trim()),
                pb_proposals::location.eq(f.location.trim()),
                pb_proposals::estimated_cents.eq(f.estimated_cents),
                pb_proposals::photo_upload_id.eq(f.photo_upload_id),
                pb_proposals::status.eq(ProposalStatus::Submitted.key()),
                pb_proposals::created_at.eq(now()),
            ))
            .returning(pb_proposals::all_columns)
            .get_result(conn)?;
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
        let status = before.status().transition(event)?;
        let merge_into = match event {
            ReviewEvent::Merge => {
                let target = r
                    .merge_into
                    .ok_or_else(|| Error::invalid("merge_into", "field-required"))?;
                let t = store::proposal(conn, commune_id, cycle_id, target)
                    .map_err(|_| Error::invalid("merge_into", "field-choice"))?;
                if t.id == id || t.status() == ProposalStatus::Merged {
                    return Err(Error::invalid("merge_into", "field-choice"));
                }
                Some(t.id)
            }
            _ => None,
        };
        diesel::update(pb_proposals::table.find(id))
            .set((
                pb_proposals::status.eq(status.key()),
                pb_proposals::review_reason.eq(Some(r.reason.trim()).filter(|s| !s.is_empty())),
                pb_proposals::official_cents.eq(r.official_cents.or(before.official_cents)),
                pb_proposals::merged_into_id.eq(merge_into),
                pb_proposals::reviewed_by.eq(actor.account.id),
                pb_proposals::reviewed_at.eq(now()),
            ))
            .execute(conn)?;
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
