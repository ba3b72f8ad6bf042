//! Independent evaluation (§5): evaluators (role `evaluator`) score the eligible notes on
//! the call's grid; nobody sees another evaluator's scores before submitting their own;
//! an evaluator who represents the association, or who declared a conflict of interest,
//! cannot score its note.

use super::*;
use crate::model::{CallStatus, NoteStatus};
use crate::records::{CriterionRow, EvaluationRow};
use crate::rules::{self, Aggregate, Sheet};
use crate::store;
use chrono::NaiveDateTime;
use musharaka_db::write_transaction;
use std::collections::{BTreeMap, HashMap};

/// Why an evaluator cannot score a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictOfInterest {
    /// The evaluator's account represents the association (member/officer).
    Represents,
    /// The evaluator declared a conflict.
    Declared,
}

fn conflict_of(
    conn: &mut AnyConnection,
    evaluator: i64,
    n: &NoteRow,
    mine: Option<&EvaluationRow>,
) -> Result<Option<ConflictOfInterest>> {
    let a = musharaka_identity::service::association(conn, n.association_id)?;
    if a.is_some_and(|a| a.account_id == evaluator) || n.account_id == Some(evaluator) {
        return Ok(Some(ConflictOfInterest::Represents));
    }
    if mine.is_some_and(|e| e.conflict_declared) {
        return Ok(Some(ConflictOfInterest::Declared));
    }
    Ok(None)
}

/// One evaluator's sheet as others may see it once they submitted theirs.
pub struct SheetView {
    pub evaluator: String,
    pub scores: BTreeMap<i64, i32>,
    pub comment: String,
}

/// What an evaluator (or the admin) sees of a note's evaluation.
pub struct EvaluationPage {
    pub view: NoteView,
    pub criteria: Vec<CriterionRow>,
    /// The viewer's own evaluation and scores, if an evaluator.
    pub mine: Option<EvaluationRow>,
    pub my_scores: BTreeMap<i64, i32>,
    pub conflict: Option<ConflictOfInterest>,
    pub is_evaluator: bool,
    /// Others' submitted sheets: only once the viewer submitted (or for the admin).
    pub others: Option<Vec<SheetView>>,
    /// The aggregate of the submitted sheets, with the same visibility as `others`.
    pub aggregate: Option<Aggregate>,
}

fn sheets(conn: &mut AnyConnection, note_id: i64) -> Result<BTreeMap<i64, Sheet>> {
    Ok(sheets_of_notes(conn, &[note_id])?
        .remove(&note_id)
        .unwrap_or_default())
}

/// Each note's submitted sheets by evaluator, for many notes in two queries.
pub(super) fn sheets_of_notes(
    conn: &mut AnyConnection,
    notes: &[i64],
) -> Result<HashMap<i64, BTreeMap<i64, Sheet>>> {
    let mut by: HashMap<i64, BTreeMap<i64, Sheet>> = HashMap::new();
    for (note, evaluator, criterion, score) in store::submitted_scores(conn, notes)? {
        by.entry(note)
            .or_default()
            .entry(evaluator)
            .or_default()
            .scores
            .insert(criterion, u32::try_from(score).unwrap_or(0));
    }
    // A submitted evaluation without any score is a sheet too (all missing).
    for e in store::evaluations_of_notes(conn, notes)? {
        if e.submitted_at.is_some() && !e.conflict_declared {
            by.entry(e.note_id)
                .or_default()
                .entry(e.evaluator_id)
                .or_default();
        }
    }
    Ok(by)
}

/// The aggregate of a note's submitted sheets on the call's grid.
pub fn aggregate_of(conn: &mut AnyConnection, c: &CallRow, note_id: i64) -> Result<Aggregate> {
    let grid: Vec<rules::Criterion> = store::criteria(conn, c.id)?
        .iter()
        .map(CriterionRow::rule)
        .collect();
    let s: Vec<Sheet> = sheets(conn, note_id)?.into_values().collect();
    Ok(rules::aggregate(
        &grid,
        &s,
        u32::try_from(c.spread_threshold).unwrap_or(0),
    ))
}

pub fn evaluation_page(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
) -> Result<EvaluationPage> {
    require_staff(actor, commune_id)?;
    let view = note_view(conn, actor, commune_id, note_id)?;
    let is_evaluator = actor.has(commune_id, Role::Evaluator);
    let criteria = store::criteria(conn, view.call.id)?;
    let mine = if is_evaluator {
        store::evaluation(conn, note_id, actor.account.id)?
    } else {
        None
    };
    let conflict = if is_evaluator {
        conflict_of(conn, actor.account.id, &view.note, mine.as_ref())?
    } else {
        None
    };
    let my_scores = match &mine {
        Some(e) => store::scores(conn, e.id)?.into_iter().collect(),
        None => BTreeMap::new(),
    };
    let may_see = conflict.is_none()
        && (!is_evaluator || mine.as_ref().is_some_and(|e| e.submitted_at.is_some()));
    let (others, aggregate) = if may_see {
        let mut out = Vec::new();
        for e in store::evaluations(conn, note_id)? {
            if e.submitted_at.is_none() || e.conflict_declared || e.evaluator_id == actor.account.id
            {
                continue;
            }
            let name = musharaka_identity::service::account(conn, e.evaluator_id)?.name;
            out.push(SheetView {
                evaluator: name,
                scores: store::scores(conn, e.id)?.into_iter().collect(),
                comment: e.comment.clone(),
            });
        }
        let agg = aggregate_of(conn, &view.call, note_id)?;
        (Some(out), Some(agg))
    } else {
        (None, None)
    };
    Ok(EvaluationPage {
        view,
        criteria,
        mine,
        my_scores,
        conflict,
        is_evaluator,
        others,
        aggregate,
    })
}

/// An evaluator's sheet as typed: a score per criterion (blank: `None`), the comment, and
/// whether it is submitted.
#[derive(Debug, Clone, Default)]
pub struct ScoresInput {
    pub given: Vec<(i64, Option<i32>)>,
    pub comment: String,
    pub submit: bool,
}

/// An evaluator's scores for a note: saved, or submitted (`submit`, then locked). A
/// criterion left blank is a missing score. Refused to anyone with a conflict of interest.
pub fn save_scores(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
    input: &ScoresInput,
    now: NaiveDateTime,
) -> Result<()> {
    require_evaluator(actor, commune_id)?;
    let (given, comment, submit) = (&input.given, input.comment.as_str(), input.submit);
    write_transaction(conn, |conn| {
        let n = store::note(conn, commune_id, note_id)?;
        let mine = store::evaluation(conn, n.id, actor.account.id)?;
        if conflict_of(conn, actor.account.id, &n, mine.as_ref())?.is_some() {
            return Err(ErrorKind::Forbidden.into());
        }
        let c = store::call(conn, commune_id, n.call_id)?;
        if n.status != NoteStatus::Eligible || c.status != CallStatus::Published {
            return Err(Error::invalid("scores", "cc-error-not-scorable"));
        }
        if mine.as_ref().is_some_and(|e| e.submitted_at.is_some()) {
            return Err(Error::invalid("scores", "cc-error-submitted"));
        }
        let grid = store::criteria(conn, c.id)?;
        let mut err = Error::new(ErrorKind::InvalidInput);
        let mut scores = Vec::new();
        for (criterion, score) in given {
            let Some(cr) = grid.iter().find(|g| g.id == *criterion) else {
                return Err(ErrorKind::InvalidInput.into());
            };
            if let Some(s) = score {
                if *s < 0 || !rules::score_valid(&cr.rule(), u32::try_from(*s).unwrap_or(u32::MAX))
                {
                    err = err.with_field(&format!("score_{criterion}"), "cc-error-score");
                } else {
                    scores.push((*criterion, *s));
                }
            }
        }
        if !err.fields.is_empty() {
            return Err(err);
        }
        let e = store::evaluation_or_new(conn, commune_id, n.id, actor.account.id, now)?;
        store::replace_scores(conn, commune_id, e.id, &scores)?;
        store::set_evaluation(conn, e.id, comment.trim(), false, submit.then_some(now))?;
        Ok(())
    })
}

/// An evaluator declares a conflict of interest with a note: their sheet (if any) no
/// longer counts and they can no longer score it. Audited.
pub fn declare_conflict(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
    now: NaiveDateTime,
) -> Result<()> {
    require_evaluator(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let n = store::note(conn, commune_id, note_id)?;
        if store::call(conn, commune_id, n.call_id)?.status != CallStatus::Published {
            return Err(ErrorKind::Conflict.into());
        }
        let e = store::evaluation_or_new(conn, commune_id, n.id, actor.account.id, now)?;
        store::set_evaluation(conn, e.id, &e.comment, true, e.submitted_at)?;
        actor.audit_decision(
            conn,
            &n,
            "cocreation.note.conflict",
            json!({ "evaluator": actor.account.id }),
        )?;
        Ok(())
    })
}
