//! Ranking, selection within the envelope and the published results (§5).

use super::*;
use crate::model::{CallEvent, CallStatus, NoteEvent, NoteStatus};
use crate::records::{BudgetLineRow, CriterionRow};
use crate::rules::{self, Aggregate, Candidate, Outcome};
use crate::store;
use chrono::NaiveDateTime;
use musharaka_communes::Commune;
use musharaka_core::time::local_date;
use musharaka_core::Money;
use musharaka_councils::service::{propose_item, NewItem};
use musharaka_councils::{ItemSource, Matter};
use musharaka_db::write_transaction;
use std::collections::HashMap;

/// An eligible note in the ranking, with its aggregate and what the selection says of it.
pub struct Ranked {
    pub rank: i32,
    pub note: NoteRow,
    pub association: Association,
    pub requested: Money,
    pub aggregate: Aggregate,
    pub outcome: Outcome,
}

/// The proposed (or published) ranking of a call.
pub struct Ranking {
    pub call: CallRow,
    pub criteria: Vec<CriterionRow>,
    pub ranked: Vec<Ranked>,
    /// What the selection leaves of the envelope.
    pub remaining: Money,
    /// Notes still waiting for their eligibility decision.
    pub undecided: usize,
    pub ineligible: Vec<(NoteRow, Association)>,
}

fn compute(conn: &mut AnyConnection, c: CallRow) -> Result<Ranking> {
    let criteria = store::criteria(conn, c.id)?;
    let grid: Vec<rules::Criterion> = criteria.iter().map(CriterionRow::rule).collect();
    let spread = u32::try_from(c.spread_threshold).unwrap_or(0);
    let notes = store::notes_of_call(conn, c.id)?;
    let ids: Vec<i64> = notes.iter().map(|n| n.id).collect();
    let held_by: Vec<i64> = notes.iter().map(|n| n.association_id).collect();
    let associations = musharaka_identity::service::associations(conn, &held_by)?;
    let mut sheets = super::sheets_of_notes(conn, &ids)?;
    let mut lines: HashMap<i64, Vec<BudgetLineRow>> = HashMap::new();
    for line in store::lines_of_notes(conn, &ids)? {
        lines.entry(line.note_id).or_default().push(line);
    }
    let mut pool = Vec::new();
    let mut undecided = 0;
    let mut ineligible = Vec::new();
    for n in notes {
        let a = associations
            .get(&n.association_id)
            .cloned()
            .ok_or_else(|| Error::internal("note without association"))?;
        match n.status {
            NoteStatus::Submitted => undecided += 1,
            NoteStatus::Ineligible => ineligible.push((n, a)),
            NoteStatus::Draft => {}
            _ => {
                let sheets: Vec<_> = sheets
                    .remove(&n.id)
                    .unwrap_or_default()
                    .into_values()
                    .collect();
                let agg = rules::aggregate(&grid, &sheets, spread);
                let requested = budget_of(&lines.remove(&n.id).unwrap_or_default())?.requested;
                pool.push((n, a, agg, requested));
            }
        }
    }
    let candidates: Vec<Candidate> = pool
        .iter()
        .map(|(n, _, agg, requested)| Candidate {
            note_id: n.id,
            total: agg.total,
            requested: *requested,
            women_percent: u32::try_from(n.women_percent).unwrap_or(0),
            submitted_at: n.submitted_at.unwrap_or(n.created_at),
        })
        .collect();
    let order = rules::rank(candidates, c.tie_break());
    let (outcomes, remaining) = rules::select_within_envelope(&order, c.envelope());
    let mut ranked = Vec::with_capacity(order.len());
    for (i, (id, outcome)) in outcomes.into_iter().enumerate() {
        let Some(pos) = pool.iter().position(|(n, ..)| n.id == id) else {
            continue;
        };
        let (note, association, aggregate, requested) = pool.swap_remove(pos);
        ranked.push(Ranked {
            rank: i32::try_from(i + 1).unwrap_or(i32::MAX),
            note,
            association,
            requested,
            aggregate,
            outcome,
        });
    }
    if c.status == CallStatus::Results {
        // Published: the recorded ranks and decisions are the results.
        for x in &mut ranked {
            x.rank = x.note.rank.unwrap_or(x.rank);
            x.outcome = match x.note.status {
                NoteStatus::Selected | NoteStatus::Agreed => Outcome::Selected,
                _ => Outcome::DoesNotFit,
            };
        }
        ranked.sort_by_key(|x| x.rank);
    }
    Ok(Ranking {
        call: c,
        criteria,
        ranked,
        remaining,
        undecided,
        ineligible,
    })
}

/// The proposed ranking and selection, for the commune's staff before publication.
pub fn ranking(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    call_id: i64,
) -> Result<Ranking> {
    require_staff(actor, commune_id)?;
    let c = store::call(conn, commune_id, call_id)?;
    compute(conn, c)
}

/// The published results (§5): the ranked list with per-criterion averages and the
/// amounts granted. Not found before publication.
pub fn results(conn: &mut AnyConnection, commune_id: i64, call_id: i64) -> Result<Ranking> {
    let c = public_call(conn, commune_id, call_id)?;
    if c.status != CallStatus::Results {
        return Err(ErrorKind::NotFound.into());
    }
    compute(conn, c)
}

/// Publishes the results (§5) once the window has closed and every note's eligibility is
/// decided: the selection within the envelope is recorded, each association is told its
/// rank, score and the reason (selected, not fitting in the envelope, ineligible with the
/// unmet conditions), and the selection goes on the council's agenda. Audited.
pub fn publish_results(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    actor: &Permissions,
    commune: &Commune,
    call_id: i64,
    now: NaiveDateTime,
) -> Result<CallRow> {
    require_admin(actor, commune.id)?;
    write_transaction(conn, |conn| {
        let c = store::call(conn, commune.id, call_id)?;
        if c.status != CallStatus::Published {
            return Err(ErrorKind::Conflict.into());
        }
        if c.window(now) != rules::Window::Closed {
            return Err(Error::invalid("results", "cc-error-window-open"));
        }
        let r = compute(conn, c.clone())?;
        if r.undecided > 0 {
            return Err(Error::invalid("results", "cc-error-undecided"));
        }
        let link = mail.link(&format!("/{}/cocreation/{}/results", commune.slug, c.id));
        let mut selected = Vec::new();
        for x in &r.ranked {
            let chosen = x.outcome == Outcome::Selected;
            move_note(conn, &x.note, NoteEvent::Select(chosen), now)?;
            let reason = if chosen { "selected" } else { "does_not_fit" };
            let granted = chosen.then_some(x.requested.centimes());
            let total = x.aggregate.total.to_string();
            store::set_result(conn, x.note.id, Some(x.rank), Some(&total), granted, reason)?;
            if chosen {
                selected.push(format!(
                    "{} ({})",
                    x.association.name_fr,
                    x.requested.plain()
                ));
            }
            if let Some(author) = x.note.account_id {
                mail_account(
                    conn,
                    mail,
                    author,
                    "cc-mail-result-subject",
                    if chosen {
                        "cc-mail-selected-body"
                    } else {
                        "cc-mail-not-selected-body"
                    },
                    &[
                        ("title", x.note.title.clone()),
                        ("rank", x.rank.to_string()),
                        ("total", total.clone()),
                        ("amount", x.requested.plain()),
                        ("remaining", r.remaining.plain()),
                        ("link", link.clone()),
                    ],
                    None,
                )?;
            }
        }
        for (n, _) in &r.ineligible {
            store::set_result(conn, n.id, None, None, None, "ineligible")?;
            if let Some(author) = n.account_id {
                let a = musharaka_identity::service::account(conn, author)?;
                let m = mail.compose(
                    &a.email,
                    a.lang(),
                    "cc-mail-result-subject",
                    "cc-mail-ineligible-result-body",
                    &[
                        ("title", n.title.clone()),
                        ("reasons", conditions_text(mail, a.lang(), &n.unmet())),
                        ("link", link.clone()),
                    ],
                );
                musharaka_mail::enqueue(conn, &m)?;
            }
        }
        move_call(conn, &c, CallEvent::PublishResults, now)?;
        let source_ref = format!("cocreation-selection:{}", c.id);
        let summary = selected.join("; ");
        // The agenda item's title, in the register's two languages, from the Fluent files.
        let title = |lang, call: &str| {
            mail.i18n
                .t(lang, "cc-agenda-selection-title", &[("title", call.into())])
        };
        let title_ar = title(musharaka_core::Lang::Ar, &c.title_ar);
        let title_fr = title(musharaka_core::Lang::Fr, &c.title_fr);
        let proposal = propose_item(
            conn,
            commune.id,
            &NewItem {
                title_ar: &title_ar,
                title_fr: &title_fr,
                summary: &summary,
                committee_id: None,
                matter: Matter::General,
                source: ItemSource::CoCreationCall,
                source_ref: Some(&source_ref),
            },
            local_date(now),
        )?;
        store::set_call_results(conn, c.id, Some(proposal.item.id), now)?;
        actor.audit_decision(
            conn,
            &c,
            "cocreation.call.results",
            json!({
                "status": "results",
                "selected": r.ranked.iter().filter(|x| x.outcome == Outcome::Selected).map(|x| x.note.id).collect::<Vec<_>>(),
                "agenda_item": proposal.item.id,
            }),
        )?;
        Ok(store::call(conn, commune.id, c.id)?)
    })
}
