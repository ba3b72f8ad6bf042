//! Use cases of the participatory budget: each checks the permission and the phase, runs in
//! one transaction, writes the audit record and queues mail.

use crate::model::{
    BallotType, Channel, Cycle, District, ImplStatus, Phase, Proposal, ProposalStatus, ReviewEvent,
    TieBreak, WhoProposes,
};
use crate::rules::{self, BallotProblem, BallotProject};
use crate::{store, Rule};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use musharaka_core::i18n::FluentValue;
use musharaka_core::time::now;
use musharaka_core::{Error, ErrorKind, I18n, Money, Result};
use musharaka_db::schema::{
    pb_ballot_items, pb_ballots, pb_categories, pb_cycles, pb_districts, pb_proposals,
    pb_update_photos, pb_updates,
};
use musharaka_db::AnyConnection;
use musharaka_identity::audit::log;
use musharaka_identity::{Permissions, Role};
use musharaka_mail::OutgoingMail;
use num_bigint::BigInt;
use num_rational::BigRational;
use serde::Serialize;
use serde_json::json;
use std::collections::{BTreeMap, HashMap};

/// Runs a statement diesel cannot express through `MultiConnection` (batch inserts,
/// ON CONFLICT) on the concrete connection: the same code in both arms.
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            AnyConnection::Sqlite($c) => $body,
            AnyConnection::Postgresql($c) => $body,
        }
    };
}

fn require_admin(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.can_administer(commune_id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// Reviewers record feasibility; the commune's admin may too.
pub fn may_review(actor: &Permissions, commune_id: i64) -> bool {
    actor.has(commune_id, Role::Reviewer) || actor.can_administer(commune_id)
}

/// Paper ballots are entered by the commune's staff (any back-office role).
pub fn may_enter_paper(actor: &Permissions, commune_id: i64) -> bool {
    actor.has_any(commune_id)
}

// ---- cycles --------------------------------------------------------------------

/// A cycle as the admin defines it.
#[derive(Debug, Clone, Serialize)]
pub struct CycleFacts {
    pub year: i32,
    pub title_ar: String,
    pub title_fr: String,
    pub description_ar: String,
    pub description_fr: String,
    pub total_cents: i64,
    /// Starts of information, proposals, review, voting, results, implementation.
    pub calendar: [NaiveDateTime; 6],
    pub who_proposes: WhoProposes,
    pub voter_min_age: i32,
    pub ballot_type: BallotType,
    pub min_projects: i32,
    pub max_projects: i32,
    pub districts_per_voter: i32,
    pub rule: String,
    pub tie_break: TieBreak,
    /// (name ar, name fr, amount in centimes); none means one district: the whole commune.
    pub districts: Vec<(String, String, i64)>,
    /// (name ar, name fr)
    pub categories: Vec<(String, String)>,
}

fn check_cycle(f: &CycleFacts) -> Result<()> {
    if !(2000..=2100).contains(&f.year) {
        return Err(Error::invalid("year", "field-number"));
    }
    if f.total_cents <= 0 || f.total_cents > Money::CEILING.centimes() {
        return Err(Error::invalid("total", "field-number"));
    }
    let phases = [
        Phase::Information,
        Phase::Proposals,
        Phase::Review,
        Phase::Voting,
        Phase::Results,
        Phase::Implementation,
    ];
    let cal: Vec<(Phase, NaiveDateTime)> = phases.into_iter().zip(f.calendar).collect();
    if !rules::calendar_is_ordered(&cal) {
        return Err(Error::invalid("voting_at", "pb-calendar-order"));
    }
    if f.rule.parse::<Rule>().is_err() {
        return Err(Error::invalid("rule", "field-choice"));
    }
    if f.min_projects < 0 || f.max_projects < f.min_projects || f.districts_per_voter < 1 {
        return Err(Error::invalid("max_projects", "field-number"));
    }
    if !(0..=120).contains(&f.voter_min_age) {
        return Err(Error::invalid("voter_min_age", "field-number"));
    }
    // Checked (issue 9 item 6): amounts that would wrap an i64 sum are refused, not summed.
    if f.districts
        .iter()
        .any(|d| d.2 <= 0 || d.2 > Money::CEILING.centimes())
    {
        return Err(Error::invalid("districts", "pb-field-districts"));
    }
    let sum = Money::sum(f.districts.iter().map(|d| Money::from_centimes(d.2)))
        .map_err(|_| Error::invalid("districts", "pb-districts-over-total"))?;
    if !f.districts.is_empty() && sum.centimes() > f.total_cents {
        return Err(Error::invalid("districts", "pb-districts-over-total"));
    }
    Ok(())
}

/// Creates a cycle with its districts and categories (admin; demo and import pass `None`).
pub fn create_cycle(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    f: &CycleFacts,
) -> Result<Cycle> {
    if let Some(a) = actor {
        require_admin(a, commune_id)?;
    }
    check_cycle(f)?;
    conn.transaction(|conn| {
        let cycle: Cycle = diesel::insert_into(pb_cycles::table)
            .values((
                CycleColumns::of(f),
                pb_cycles::commune_id.eq(commune_id),
                pb_cycles::created_at.eq(now()),
            ))
            .returning(pb_cycles::all_columns)
            .get_result(conn)?;
        write_districts_and_categories(conn, commune_id, cycle.id, f)?;
        log(
            conn,
            actor,
            commune_id,
            "pb_cycle.create",
            format!("pb_cycle:{}", cycle.id),
            None,
            Some(json!(f)),
        )?;
        Ok(cycle)
    })
}

/// The cycle's own columns, written alike by creation and editing.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = pb_cycles)]
struct CycleColumns<'a> {
    year: i32,
    title_ar: &'a str,
    title_fr: &'a str,
    description_ar: &'a str,
    description_fr: &'a str,
    total_cents: i64,
    information_at: NaiveDateTime,
    proposals_at: NaiveDateTime,
    review_at: NaiveDateTime,
    voting_at: NaiveDateTime,
    results_at: NaiveDateTime,
    implementation_at: NaiveDateTime,
    who_proposes: &'static str,
    voter_min_age: i32,
    ballot_type: &'static str,
    min_projects: i32,
    max_projects: i32,
    districts_per_voter: i32,
    rule: &'a str,
    tie_break: &'static str,
}

impl<'a> CycleColumns<'a> {
    fn of(f: &'a CycleFacts) -> Self {
        let [information_at, proposals_at, review_at, voting_at, results_at, implementation_at] =
            f.calendar;
        Self {
            year: f.year,
            title_ar: f.title_ar.trim(),
            title_fr: f.title_fr.trim(),
            description_ar: f.description_ar.trim(),
            description_fr: f.description_fr.trim(),
            total_cents: f.total_cents,
            information_at,
            proposals_at,
            review_at,
            voting_at,
            results_at,
            implementation_at,
            who_proposes: f.who_proposes.key(),
            voter_min_age: f.voter_min_age,
            ballot_type: f.ballot_type.key(),
            min_projects: f.min_projects,
            max_projects: f.max_projects,
            districts_per_voter: f.districts_per_voter,
            rule: &f.rule,
            tie_break: f.tie_break.key(),
        }
    }
}

/// Writes a cycle's districts and categories, matched by position with the rows it has: a line
/// edits the row at its place, extra lines add rows, and rows past the last line are removed
/// unless a proposal uses them (refused). A new cycle simply has no rows yet.
fn write_districts_and_categories(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    f: &CycleFacts,
) -> Result<()> {
    let proposals = store::all_proposals(conn, commune_id, cycle_id)?;
    let wanted = if f.districts.is_empty() {
        vec![(String::new(), String::new(), f.total_cents)]
    } else {
        f.districts.clone()
    };
    let existing = store::districts(conn, commune_id, cycle_id)?;
    for (i, (ar, fr, amount)) in wanted.iter().enumerate() {
        match existing.get(i) {
            Some(d) => {
                diesel::update(pb_districts::table.find(d.id))
                    .set((
                        pb_districts::name_ar.eq(ar.trim()),
                        pb_districts::name_fr.eq(fr.trim()),
                        pb_districts::amount_cents.eq(amount),
                    ))
                    .execute(conn)?;
            }
            None => {
                diesel::insert_into(pb_districts::table)
                    .values((
                        pb_districts::commune_id.eq(commune_id),
                        pb_districts::cycle_id.eq(cycle_id),
                        pb_districts::position.eq(i as i32),
                        pb_districts::name_ar.eq(ar.trim()),
                        pb_districts::name_fr.eq(fr.trim()),
                        pb_districts::amount_cents.eq(amount),
                    ))
                    .execute(conn)?;
            }
        }
    }
    for d in existing.iter().skip(wanted.len()) {
        if proposals.iter().any(|p| p.district_id == d.id) {
            return Err(Error::invalid("districts", "pb-district-in-use"));
        }
        diesel::delete(pb_districts::table.find(d.id)).execute(conn)?;
    }
    let existing = store::categories(conn, commune_id, cycle_id)?;
    for (i, (ar, fr)) in f.categories.iter().enumerate() {
        match existing.get(i) {
            Some(c) => {
                diesel::update(pb_categories::table.find(c.id))
                    .set((
                        pb_categories::name_ar.eq(ar.trim()),
                        pb_categories::name_fr.eq(fr.trim()),
                    ))
                    .execute(conn)?;
            }
            None => {
                diesel::insert_into(pb_categories::table)
                    .values((
                        pb_categories::commune_id.eq(commune_id),
                        pb_categories::cycle_id.eq(cycle_id),
                        pb_categories::name_ar.eq(ar.trim()),
                        pb_categories::name_fr.eq(fr.trim()),
                    ))
                    .execute(conn)?;
            }
        }
    }
    for c in existing.iter().skip(f.categories.len()) {
        if proposals.iter().any(|p| p.category_id == Some(c.id)) {
            return Err(Error::invalid("categories", "pb-category-in-use"));
        }
        diesel::delete(pb_categories::table.find(c.id)).execute(conn)?;
    }
    Ok(())
}

/// The facts of an existing cycle, as the edit form starts from them and the audit log
/// records them. A cycle with one unnamed district (the whole commune) has no districts.
pub fn cycle_facts(conn: &mut AnyConnection, commune_id: i64, cycle_id: i64) -> Result<CycleFacts> {
    let c = store::cycle(conn, commune_id, cycle_id)?;
    let districts = store::districts(conn, commune_id, cycle_id)?;
    let categories = store::categories(conn, commune_id, cycle_id)?;
    let rb = c.rulebook();
    let whole_commune =
        matches!(districts.as_slice(), [d] if d.name_ar.is_empty() && d.name_fr.is_empty());
    Ok(CycleFacts {
        year: c.year,
        title_ar: c.title_ar.clone(),
        title_fr: c.title_fr.clone(),
        description_ar: c.description_ar.clone(),
        description_fr: c.description_fr.clone(),
        total_cents: c.total_cents,
        calendar: c.calendar().map(|(_, t)| t),
        who_proposes: rb.who_proposes,
        voter_min_age: c.voter_min_age,
        ballot_type: rb.ballot_type,
        min_projects: c.min_projects,
        max_projects: c.max_projects,
        districts_per_voter: c.districts_per_voter,
        rule: c.rule.clone(),
        tie_break: rb.tie_break,
        districts: if whole_commune {
            vec![]
        } else {
            districts
                .into_iter()
                .map(|d| (d.name_ar, d.name_fr, d.amount_cents))
                .collect()
        },
        categories: categories
            .into_iter()
            .map(|c| (c.name_ar, c.name_fr))
            .collect(),
    })
}

/// Edits a cycle's rulebook, calendar, districts and categories (admin), only while
/// `rules::rulebook_frozen` says it is not frozen. Districts and categories are matched by
/// position (see `write_districts_and_categories`). The audit log keeps the facts before and
/// after.
pub fn update_cycle(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    cycle_id: i64,
    f: &CycleFacts,
) -> Result<Cycle> {
    if let Some(a) = actor {
        require_admin(a, commune_id)?;
    }
    check_cycle(f)?;
    conn.transaction(|conn| {
        let cycle = store::cycle(conn, commune_id, cycle_id)?;
        let ballots = store::turnout(conn, commune_id, cycle_id)?;
        if rules::rulebook_frozen(cycle.phase(now()), ballots) {
            return Err(Error::field(
                ErrorKind::Conflict,
                "rulebook",
                "pb-rulebook-frozen",
            ));
        }
        let before = cycle_facts(conn, commune_id, cycle_id)?;
        diesel::update(
            pb_cycles::table
                .find(cycle_id)
                .filter(pb_cycles::commune_id.eq(commune_id)),
        )
        .set(CycleColumns::of(f))
        .execute(conn)?;
        write_districts_and_categories(conn, commune_id, cycle_id, f)?;
        let after = cycle_facts(conn, commune_id, cycle_id)?;
        log(
            conn,
            actor,
            commune_id,
            "pb_cycle.edit",
            format!("pb_cycle:{cycle_id}"),
            Some(json!(before)),
            Some(json!(after)),
        )?;
        Ok(store::cycle(conn, commune_id, cycle_id)?)
    })
}

/// Opens a phase now by the admin's hand (`Some`), or returns to the calendar (`None`).
pub fn set_phase(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    cycle_id: i64,
    phase: Option<Phase>,
) -> Result<Cycle> {
    if let Some(a) = actor {
        require_admin(a, commune_id)?;
    }
    conn.transaction(|conn| {
        let before = store::cycle(conn, commune_id, cycle_id)?;
        let t = now();
        diesel::update(pb_cycles::table.find(cycle_id))
            .set(pb_cycles::phase_override.eq(phase.map(|p| p.key())))
            .execute(conn)?;
        let after = store::cycle(conn, commune_id, cycle_id)?;
        log(
            conn,
            actor,
            commune_id,
            "pb_cycle.phase",
            format!("pb_cycle:{cycle_id}"),
            Some(json!({ "phase": before.phase(t).key(), "override": before.phase_override })),
            Some(json!({ "phase": after.phase(t).key(), "override": after.phase_override })),
        )?;
        Ok(after)
    })
}

// ---- proposals -----------------------------------------------------------------

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

/// Submits a proposal during the proposals phase, if the rulebook lets this proposer.
pub fn submit_proposal(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    cycle_id: i64,
    f: &ProposalFacts,
) -> Result<Proposal> {
    conn.transaction(|conn| {
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
    pub decision: String,
    pub reason: String,
    pub official_cents: Option<i64>,
    pub merge_into: Option<i64>,
}

/// What mail needs: translations and the public address.
pub struct MailContext<'a> {
    pub i18n: &'a I18n,
    pub base_url: &'a str,
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
    let event = match r.decision.as_str() {
        "feasible" => ReviewEvent::Feasible,
        "unfeasible" => ReviewEvent::Unfeasible,
        "merge" => ReviewEvent::Merge,
        _ => return Err(Error::invalid("decision", "field-choice")),
    };
    if event != ReviewEvent::Feasible && r.reason.trim().is_empty() {
        return Err(Error::invalid("reason", "field-required"));
    }
    conn.transaction(|conn| {
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
        log(
            conn,
            Some(actor),
            commune_id,
            "pb_proposal.review",
            format!("pb_proposal:{id}"),
            Some(json!(before)),
            Some(json!(after)),
        )?;
        if let Some(author) = after.author_id {
            let account = musharaka_identity::store::account(conn, author)?;
            let lang = account.lang();
            let slug: String = musharaka_db::schema::communes::table
                .find(commune_id)
                .select(musharaka_db::schema::communes::slug)
                .first(conn)?;
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

// ---- ballots -------------------------------------------------------------------

/// What a ballot page needs: the cycle, its districts and the projects on the ballot.
pub struct BallotContext {
    pub cycle: Cycle,
    pub districts: Vec<District>,
    pub projects: Vec<Proposal>,
}

pub fn ballot_context(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<BallotContext> {
    let cycle = store::cycle(conn, commune_id, cycle_id)?;
    let districts = store::districts(conn, commune_id, cycle_id)?;
    let projects = store::all_proposals(conn, commune_id, cycle_id)?
        .into_iter()
        .filter(Proposal::on_ballot)
        .collect();
    Ok(BallotContext {
        cycle,
        districts,
        projects,
    })
}

impl BallotContext {
    /// Checks a ballot against the cycle's rulebook.
    pub fn check(&self, choices: &[i64], birth_year: Option<i32>) -> Vec<BallotProblem> {
        let districts: Vec<_> = self.districts.iter().map(|d| (d.id, d.amount())).collect();
        let projects: Vec<_> = self
            .projects
            .iter()
            .map(|p| BallotProject {
                id: p.id,
                district_id: p.district_id,
                cost: p.cost(),
            })
            .collect();
        let age = birth_year.map(|y| rules::age_in(self.cycle.year, y));
        rules::check_ballot(&self.cycle.rulebook(), &districts, &projects, choices, age)
    }
}

/// How a ballot arrives.
pub enum Voter<'a> {
    /// The signed-in voter, online.
    Online(&'a Permissions),
    /// A paper ballot from the numbered stack, entered by an officer for a voter known by
    /// `voter_key` (`account:<id>`, or a keyed hash of the CIN).
    Paper {
        officer: &'a Permissions,
        voter_key: String,
        voter_id: Option<i64>,
        number: String,
    },
}

fn invalid_ballot() -> Error {
    Error::field(ErrorKind::InvalidInput, "ballot", "pb-ballot-invalid")
}

/// Casts (or, online, replaces) a ballot. One ballot per voter per cycle under a unique
/// constraint: a concurrent double submit leaves one; a voter who voted on paper cannot
/// vote online and the reverse; a stack number is used once.
pub fn cast_ballot(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    voter: &Voter<'_>,
    choices: &[i64],
    birth_year: Option<i32>,
) -> Result<()> {
    let ctx = ballot_context(conn, commune_id, cycle_id)?;
    if ctx.cycle.phase(now()) != Phase::Voting {
        return Err(Error::field(
            ErrorKind::Conflict,
            "ballot",
            "pb-voting-closed",
        ));
    }
    match voter {
        Voter::Online(p) => {
            if !p.account.is_confirmed() {
                return Err(ErrorKind::EmailNotConfirmed.into());
            }
            if birth_year.is_none() {
                return Err(Error::invalid("birth_year", "field-required"));
            }
        }
        Voter::Paper { officer, .. } => {
            if !may_enter_paper(officer, commune_id) {
                return Err(ErrorKind::Forbidden.into());
            }
        }
    }
    if !ctx.check(choices, birth_year).is_empty() {
        return Err(invalid_ballot());
    }
    let district_of: HashMap<i64, i64> =
        ctx.projects.iter().map(|p| (p.id, p.district_id)).collect();
    let mut chosen: Vec<i64> = choices.to_vec();
    chosen.sort_unstable();
    chosen.dedup();
    let t = now();
    match voter {
        Voter::Online(p) => {
            let key = format!("account:{}", p.account.id);
            conn.transaction(|conn| {
                // The write comes first: it takes the write lock (SQLite) and the unique
                // constraint decides between concurrent submits.
                insert_ballot_if_absent(
                    conn,
                    commune_id,
                    cycle_id,
                    &key,
                    p.account.id,
                    birth_year,
                    t,
                )?;
                let (ballot_id, channel, _) = store::ballot_of(conn, commune_id, cycle_id, &key)?
                    .ok_or_else(|| Error::internal("ballot vanished"))?;
                if channel != Channel::Online.key() {
                    return Err(Error::field(
                        ErrorKind::Conflict,
                        "ballot",
                        "pb-voted-on-paper",
                    ));
                }
                diesel::update(pb_ballots::table.find(ballot_id))
                    .set((
                        pb_ballots::updated_at.eq(t),
                        pb_ballots::birth_year.eq(birth_year),
                    ))
                    .execute(conn)?;
                write_items(conn, commune_id, cycle_id, ballot_id, &chosen, &district_of)
            })
        }
        Voter::Paper {
            officer,
            voter_key,
            voter_id,
            number,
        } => conn.transaction(|conn| {
            if store::paper_number_used(conn, cycle_id, number)? {
                return Err(Error::field(
                    ErrorKind::Conflict,
                    "paper_number",
                    "pb-paper-number-used",
                ));
            }
            if store::ballot_of(conn, commune_id, cycle_id, voter_key)?.is_some() {
                return Err(Error::field(
                    ErrorKind::Conflict,
                    "voter",
                    "pb-already-voted",
                ));
            }
            let ballot_id: i64 = diesel::insert_into(pb_ballots::table)
                .values((
                    pb_ballots::commune_id.eq(commune_id),
                    pb_ballots::cycle_id.eq(cycle_id),
                    pb_ballots::voter_key.eq(voter_key),
                    pb_ballots::voter_id.eq(voter_id),
                    pb_ballots::channel.eq(Channel::Paper.key()),
                    pb_ballots::paper_number.eq(number),
                    pb_ballots::officer_id.eq(officer.account.id),
                    pb_ballots::birth_year.eq(birth_year),
                    pb_ballots::created_at.eq(t),
                    pb_ballots::updated_at.eq(t),
                ))
                .returning(pb_ballots::id)
                .get_result(conn)?;
            write_items(conn, commune_id, cycle_id, ballot_id, &chosen, &district_of)?;
            log(
                conn,
                Some(officer),
                commune_id,
                "pb_ballot.paper",
                format!("pb_ballot:{ballot_id}"),
                None,
                Some(json!({ "number": number, "projects": chosen })),
            )
        }),
    }
}

fn insert_ballot_if_absent(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    key: &str,
    voter_id: i64,
    birth_year: Option<i32>,
    t: NaiveDateTime,
) -> Result<()> {
    let values = (
        pb_ballots::commune_id.eq(commune_id),
        pb_ballots::cycle_id.eq(cycle_id),
        pb_ballots::voter_key.eq(key),
        pb_ballots::voter_id.eq(Some(voter_id)),
        pb_ballots::channel.eq(Channel::Online.key()),
        pb_ballots::birth_year.eq(birth_year),
        pb_ballots::created_at.eq(t),
        pb_ballots::updated_at.eq(t),
    );
    let target = (pb_ballots::cycle_id, pb_ballots::voter_key);
    match conn {
        AnyConnection::Sqlite(c) => diesel::insert_into(pb_ballots::table)
            .values(values)
            .on_conflict(target)
            .do_nothing()
            .execute(c)?,
        AnyConnection::Postgresql(c) => diesel::insert_into(pb_ballots::table)
            .values(values)
            .on_conflict(target)
            .do_nothing()
            .execute(c)?,
    };
    Ok(())
}

fn write_items(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    ballot_id: i64,
    chosen: &[i64],
    district_of: &HashMap<i64, i64>,
) -> Result<()> {
    diesel::delete(pb_ballot_items::table.filter(pb_ballot_items::ballot_id.eq(ballot_id)))
        .execute(conn)?;
    let rows: Vec<_> = chosen
        .iter()
        .filter_map(|p| district_of.get(p).map(|d| (*p, *d)))
        .map(|(p, d)| {
            (
                pb_ballot_items::ballot_id.eq(ballot_id),
                pb_ballot_items::proposal_id.eq(p),
                pb_ballot_items::commune_id.eq(commune_id),
                pb_ballot_items::cycle_id.eq(cycle_id),
                pb_ballot_items::district_id.eq(d),
            )
        })
        .collect();
    if !rows.is_empty() {
        on_backend!(conn, |c| diesel::insert_into(pb_ballot_items::table)
            .values(rows)
            .execute(c))?;
    }
    Ok(())
}

// ---- counting ------------------------------------------------------------------

/// One rule's outcome in a district: winners (proposal ids, in selection order) and cost.
#[derive(Debug, Clone, Serialize)]
pub struct RuleOutcome {
    pub rule: String,
    pub winners: Vec<i64>,
    pub total_cents: i64,
}

/// The count of one district.
#[derive(Debug, Clone, Serialize)]
pub struct DistrictResult {
    pub district: District,
    pub voters: usize,
    /// The projects on the ballot, with their votes: (proposal, votes), most votes first.
    pub projects: Vec<(Proposal, u64)>,
    /// The cycle's rule.
    pub outcome: RuleOutcome,
    /// For comparison: greedy and Method of Equal Shares (completed).
    pub greedy: RuleOutcome,
    pub equal_shares: RuleOutcome,
}

fn rational_of_cents(c: i64) -> BigRational {
    BigRational::new(BigInt::from(c), BigInt::from(100))
}

/// The instance and profile of a district as the counting rules see them: costs and the
/// budget in dirhams (exact), and ids ordered by the rulebook's tie-break.
pub fn district_election(
    cycle: &Cycle,
    district: &District,
    candidates: &[(Proposal, u64)],
    ballots: &[Vec<i64>],
) -> Result<(crate::count::Instance, crate::count::Profile)> {
    let keyed: Vec<(i64, i64, u64)> = candidates
        .iter()
        .map(|(p, v)| (p.id, p.cost_cents(), *v))
        .collect();
    let ids = rules::count_ids(cycle.rulebook().tie_break, &keyed);
    let instance = crate::count::Instance {
        budget: rational_of_cents(district.amount_cents),
        projects: candidates
            .iter()
            .zip(ids)
            .map(|((p, _), id)| crate::count::Project {
                id,
                cost: rational_of_cents(p.cost_cents()),
            })
            .collect(),
    };
    let index: HashMap<i64, usize> = candidates
        .iter()
        .enumerate()
        .map(|(i, (p, _))| (p.id, i))
        .collect();
    let profile = crate::count::Profile::from_ballots(
        candidates.len(),
        ballots
            .iter()
            .map(|b| b.iter().filter_map(|p| index.get(p).copied()).collect()),
    )
    .map_err(Error::internal)?;
    Ok((instance, profile))
}

fn run(
    rule: Rule,
    instance: &crate::count::Instance,
    profile: &crate::count::Profile,
    candidates: &[(Proposal, u64)],
) -> RuleOutcome {
    let selection = rule.count(instance, profile);
    let winners: Vec<i64> = selection
        .winners
        .iter()
        .filter_map(|&i| candidates.get(i).map(|(p, _)| p.id))
        .collect();
    let total_cents = candidates
        .iter()
        .filter(|(p, _)| winners.contains(&p.id))
        .map(|(p, _)| p.cost_cents())
        .sum();
    RuleOutcome {
        rule: rule.name().to_string(),
        winners,
        total_cents,
    }
}

/// Counts every district with the cycle's rule, and with greedy and Equal Shares beside.
pub fn count_cycle(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<(Cycle, Vec<DistrictResult>)> {
    let cycle = store::cycle(conn, commune_id, cycle_id)?;
    let districts = store::districts(conn, commune_id, cycle_id)?;
    let tallies = store::tallies(conn, commune_id, cycle_id)?;
    let proposals = store::all_proposals(conn, commune_id, cycle_id)?;
    let mut out = Vec::new();
    for d in districts {
        let mut candidates: Vec<(Proposal, u64)> = proposals
            .iter()
            .filter(|p| p.district_id == d.id && p.on_ballot())
            .map(|p| (p.clone(), tallies.get(&p.id).copied().unwrap_or(0)))
            .collect();
        candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
        let ballots = store::district_ballots(conn, commune_id, cycle_id, d.id)?;
        let (instance, profile) = district_election(&cycle, &d, &candidates, &ballots)?;
        let outcome = run(cycle.rule(), &instance, &profile, &candidates);
        let greedy = run(Rule::Greedy, &instance, &profile, &candidates);
        let equal_shares = run(Rule::MesAdd1Greedy, &instance, &profile, &candidates);
        out.push(DistrictResult {
            district: d,
            voters: profile.num_voters(),
            projects: candidates,
            outcome,
            greedy,
            equal_shares,
        });
    }
    Ok((cycle, out))
}

/// Counts and records the selected projects (admin, in the results phase); the selected
/// projects then enter the follow-up.
pub fn select_winners(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    cycle_id: i64,
) -> Result<usize> {
    if let Some(a) = actor {
        require_admin(a, commune_id)?;
    }
    conn.transaction(|conn| {
        let (cycle, results) = count_cycle(conn, commune_id, cycle_id)?;
        if cycle.phase(now()) < Phase::Results {
            return Err(Error::with_cause(ErrorKind::Conflict, "results not open"));
        }
        diesel::update(
            pb_proposals::table
                .filter(pb_proposals::commune_id.eq(commune_id))
                .filter(pb_proposals::cycle_id.eq(cycle_id)),
        )
        .set(pb_proposals::selected_rank.eq(None::<i32>))
        .execute(conn)?;
        let mut n = 0;
        let mut all = BTreeMap::new();
        for r in &results {
            for (rank, id) in r.outcome.winners.iter().enumerate() {
                diesel::update(
                    pb_proposals::table
                        .find(id)
                        .filter(pb_proposals::impl_status.is_null()),
                )
                .set(pb_proposals::impl_status.eq(ImplStatus::Planned.key()))
                .execute(conn)?;
                diesel::update(pb_proposals::table.find(id))
                    .set(pb_proposals::selected_rank.eq(rank as i32 + 1))
                    .execute(conn)?;
                n += 1;
            }
            all.insert(r.district.id, r.outcome.winners.clone());
        }
        diesel::update(pb_cycles::table.find(cycle_id))
            .set(pb_cycles::counted_at.eq(now()))
            .execute(conn)?;
        log(
            conn,
            actor,
            commune_id,
            "pb_cycle.count",
            format!("pb_cycle:{cycle_id}"),
            None,
            Some(json!({ "rule": cycle.rule, "winners": all })),
        )?;
        propose_to_council(conn, &cycle)?;
        Ok(n)
    })
}

/// The result goes to the council as an agenda item of the next ordinary session whose
/// agenda is still open (once per cycle; a recount does not add a second item).
fn propose_to_council(conn: &mut AnyConnection, cycle: &Cycle) -> Result<()> {
    let source_ref = cycle.id.to_string();
    if !musharaka_councils::store::items_from(
        conn,
        cycle.commune_id,
        "participatory_budget",
        &source_ref,
    )?
    .is_empty()
    {
        return Ok(());
    }
    let today = musharaka_core::time::local_date(now());
    musharaka_councils::service::propose_item(
        conn,
        cycle.commune_id,
        &musharaka_councils::service::NewItem {
            title_ar: &cycle.title_ar,
            title_fr: &cycle.title_fr,
            summary: &cycle.description_fr,
            committee_id: None,
            matter: musharaka_councils::Matter::General,
            source: musharaka_councils::ItemSource::ParticipatoryBudget,
            source_ref: Some(&source_ref),
        },
        today,
    )?;
    Ok(())
}

// ---- follow-up -----------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
pub struct UpdateFacts {
    pub impl_status: ImplStatus,
    pub progress: i32,
    pub spent_cents: i64,
    pub body: String,
    /// Photos already stored (`uploads` rows, public), in the order they were given.
    pub photo_upload_ids: Vec<i64>,
}

/// The most photos one update carries.
pub const MAX_UPDATE_PHOTOS: usize = 4;

/// [`add_update`] with its photos stored by `store_photos` in the same transaction: the
/// caller stores the files (and their `uploads` rows), and everything rolls back together.
pub fn add_update_storing<F>(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    cycle_id: i64,
    proposal_id: i64,
    mut f: UpdateFacts,
    store_photos: F,
) -> Result<()>
where
    F: FnOnce(&mut AnyConnection) -> Result<Vec<i64>>,
{
    conn.transaction(|conn| {
        f.photo_upload_ids = store_photos(conn)?;
        add_update(conn, actor, commune_id, cycle_id, proposal_id, &f)
    })
}

/// Records a dated update on a selected project, with its photos (admin).
pub fn add_update(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    cycle_id: i64,
    proposal_id: i64,
    f: &UpdateFacts,
) -> Result<()> {
    if let Some(a) = actor {
        require_admin(a, commune_id)?;
    }
    if !(0..=100).contains(&f.progress) {
        return Err(Error::invalid("progress", "field-number"));
    }
    if f.spent_cents < 0 {
        return Err(Error::invalid("spent", "field-number"));
    }
    if f.photo_upload_ids.len() > MAX_UPDATE_PHOTOS {
        return Err(Error::invalid("photos", "pb-update-photos-too-many"));
    }
    conn.transaction(|conn| {
        let p = store::proposal(conn, commune_id, cycle_id, proposal_id)?;
        if p.selected_rank.is_none() {
            return Err(Error::with_cause(ErrorKind::Conflict, "not selected"));
        }
        let t = now();
        let update_id: i64 = diesel::insert_into(pb_updates::table)
            .values((
                pb_updates::commune_id.eq(commune_id),
                pb_updates::cycle_id.eq(cycle_id),
                pb_updates::proposal_id.eq(proposal_id),
                pb_updates::author_id.eq(actor.map(|a| a.account.id)),
                pb_updates::impl_status.eq(f.impl_status.key()),
                pb_updates::progress.eq(f.progress),
                pb_updates::spent_cents.eq(f.spent_cents),
                pb_updates::body.eq(f.body.trim()),
                pb_updates::created_at.eq(t),
            ))
            .returning(pb_updates::id)
            .get_result(conn)?;
        for (position, upload_id) in f.photo_upload_ids.iter().enumerate() {
            diesel::insert_into(pb_update_photos::table)
                .values((
                    pb_update_photos::update_id.eq(update_id),
                    pb_update_photos::upload_id.eq(upload_id),
                    pb_update_photos::commune_id.eq(commune_id),
                    pb_update_photos::position.eq(position as i32),
                ))
                .execute(conn)?;
        }
        diesel::update(pb_proposals::table.find(proposal_id))
            .set((
                pb_proposals::impl_status.eq(f.impl_status.key()),
                pb_proposals::progress.eq(f.progress),
                pb_proposals::spent_cents.eq(f.spent_cents),
            ))
            .execute(conn)?;
        log(
            conn,
            actor,
            commune_id,
            "pb_proposal.update",
            format!("pb_proposal:{proposal_id}"),
            Some(
                json!({ "status": p.impl_status, "progress": p.progress, "spent": p.spent_cents }),
            ),
            Some(json!({ "update": update_id, "facts": f })),
        )
    })
}

// ---- pabulib -------------------------------------------------------------------

/// A district's election as a pabulib file (project ids are the proposal numbers).
pub fn pabulib_export(
    conn: &mut AnyConnection,
    commune_slug: &str,
    commune_id: i64,
    cycle_id: i64,
    district_id: Option<i64>,
) -> Result<String> {
    let cycle = store::cycle(conn, commune_id, cycle_id)?;
    let districts = store::districts(conn, commune_id, cycle_id)?;
    let district = match district_id {
        Some(id) => districts.into_iter().find(|d| d.id == id),
        None => districts.into_iter().next(),
    }
    .ok_or(ErrorKind::NotFound)?;
    let candidates: Vec<Proposal> = store::all_proposals(conn, commune_id, cycle_id)?
        .into_iter()
        .filter(|p| p.district_id == district.id && p.on_ballot())
        .collect();
    let ballots = store::district_ballots(conn, commune_id, cycle_id, district.id)?;
    let instance = crate::count::Instance {
        budget: rational_of_cents(district.amount_cents),
        projects: candidates
            .iter()
            .map(|p| crate::count::Project {
                id: p.id.to_string(),
                cost: rational_of_cents(p.cost_cents()),
            })
            .collect(),
    };
    let index: HashMap<i64, usize> = candidates
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    let profile = crate::count::Profile::from_ballots(
        candidates.len(),
        ballots
            .iter()
            .map(|b| b.iter().filter_map(|p| index.get(p).copied()).collect()),
    )
    .map_err(Error::internal)?;
    let rulebook = cycle.rulebook();
    let mut meta = vec![
        (
            "description".to_string(),
            format!("{} — {}", cycle.title_fr, district.name_fr),
        ),
        ("country".to_string(), "Morocco".to_string()),
        ("unit".to_string(), commune_slug.to_string()),
        ("instance".to_string(), cycle.year.to_string()),
        ("subunit".to_string(), district.name_fr.clone()),
        ("rule".to_string(), cycle.rule.clone()),
        ("currency".to_string(), "MAD".to_string()),
        ("vote_type".to_string(), "approval".to_string()),
    ];
    if rulebook.ballot_type == BallotType::Approval {
        meta.push(("min_length".into(), rulebook.min_projects.to_string()));
        meta.push(("max_length".into(), rulebook.max_projects.to_string()));
    }
    let file = crate::pabulib::PbFile::from_election(&meta, &instance, &profile);
    Ok(crate::pabulib::to_pabulib_string(&file))
}

/// Imports a pabulib file as a counted cycle in the results phase: one district with the
/// file's budget, its projects (feasible, at their cost) and its ballots.
pub fn import_pabulib(conn: &mut AnyConnection, commune_id: i64, text: &str) -> Result<Cycle> {
    let file =
        crate::pabulib::parse(text).map_err(|e| Error::with_cause(ErrorKind::InvalidInput, e))?;
    let election = file
        .election()
        .map_err(|e| Error::with_cause(ErrorKind::InvalidInput, e))?;
    let to_cents = |r: &BigRational| -> Result<i64> {
        let scaled = r * BigRational::from_integer(BigInt::from(100));
        let whole = scaled.to_integer();
        i64::try_from(whole)
            .map_err(|_| Error::with_cause(ErrorKind::InvalidInput, "amount too large"))
    };
    let budget = to_cents(&election.instance.budget)?;
    let name_col = file.project_columns.iter().position(|c| c == "name");
    let description = file.meta("description").unwrap_or("pabulib").to_string();
    let year: i32 = file
        .meta("instance")
        .and_then(|y| y.get(..4))
        .and_then(|y| y.parse().ok())
        .unwrap_or(2000);
    let t = now();
    let calendar = [t, t, t, t, t, t];
    let facts = CycleFacts {
        year,
        title_ar: description.clone(),
        title_fr: description.clone(),
        description_ar: String::new(),
        description_fr: String::new(),
        total_cents: budget.max(1),
        calendar,
        who_proposes: WhoProposes::Both,
        voter_min_age: 0,
        ballot_type: BallotType::Approval,
        min_projects: 0,
        max_projects: election.instance.projects.len() as i32,
        districts_per_voter: 1,
        rule: Rule::MesAdd1Greedy.name().to_string(),
        tie_break: TieBreak::Ids,
        districts: vec![(description.clone(), description.clone(), budget.max(1))],
        categories: vec![],
    };
    conn.transaction(|conn| {
        let cycle = create_cycle(conn, None, commune_id, &facts)?;
        set_phase(conn, None, commune_id, cycle.id, Some(Phase::Results))?;
        let district = store::districts(conn, commune_id, cycle.id)?
            .into_iter()
            .next()
            .ok_or_else(|| Error::internal("district missing"))?;
        let mut ids = Vec::with_capacity(election.instance.projects.len());
        for (i, p) in election.instance.projects.iter().enumerate() {
            let title = name_col
                .and_then(|c| file.projects.get(i).and_then(|r| r.get(c)))
                .filter(|n| !n.trim().is_empty())
                .unwrap_or(&p.id)
                .to_string();
            let cost = to_cents(&p.cost)?;
            let id: i64 = diesel::insert_into(pb_proposals::table)
                .values((
                    pb_proposals::commune_id.eq(commune_id),
                    pb_proposals::cycle_id.eq(cycle.id),
                    pb_proposals::district_id.eq(district.id),
                    pb_proposals::title.eq(title),
                    pb_proposals::description.eq(format!("pabulib {}", p.id)),
                    pb_proposals::estimated_cents.eq(cost),
                    pb_proposals::official_cents.eq(Some(cost)),
                    pb_proposals::status.eq(ProposalStatus::Feasible.key()),
                    pb_proposals::created_at.eq(t),
                ))
                .returning(pb_proposals::id)
                .get_result(conn)?;
            ids.push(id);
        }
        let ballots: Vec<Vec<i64>> = election
            .profile
            .ballots()
            .iter()
            .map(|b| b.iter().filter_map(|&i| ids.get(i).copied()).collect())
            .collect();
        insert_ballots(
            conn,
            commune_id,
            cycle.id,
            Channel::Import,
            "import",
            &ballots,
        )?;
        log(
            conn,
            None,
            commune_id,
            "pb_cycle.import",
            format!("pb_cycle:{}", cycle.id),
            None,
            Some(json!({ "projects": ids.len(), "ballots": ballots.len() })),
        )?;
        Ok(cycle)
    })
}

/// Inserts many ballots at once (imports and demo data): voter keys `<prefix>:<n>`, paper
/// ballots numbered `<n>`; batches keep this fast on both backends.
pub fn insert_ballots(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    channel: Channel,
    prefix: &str,
    ballots: &[Vec<i64>],
) -> Result<()> {
    let district_of: HashMap<i64, i64> = store::all_proposals(conn, commune_id, cycle_id)?
        .into_iter()
        .map(|p| (p.id, p.district_id))
        .collect();
    let t = now();
    const BATCH: usize = 400;
    for (chunk_no, chunk) in ballots.chunks(BATCH).enumerate() {
        let rows: Vec<_> = chunk
            .iter()
            .enumerate()
            .map(|(i, _)| {
                let n = chunk_no * BATCH + i + 1;
                (
                    pb_ballots::commune_id.eq(commune_id),
                    pb_ballots::cycle_id.eq(cycle_id),
                    pb_ballots::voter_key.eq(format!("{prefix}:{n}")),
                    pb_ballots::channel.eq(channel.key()),
                    pb_ballots::paper_number
                        .eq((channel == Channel::Paper).then(|| format!("{n:06}"))),
                    pb_ballots::created_at.eq(t),
                    pb_ballots::updated_at.eq(t),
                )
            })
            .collect();
        on_backend!(conn, |c| diesel::insert_into(pb_ballots::table)
            .values(rows)
            .execute(c))?;
    }
    let keys: Vec<(i64, String)> = pb_ballots::table
        .filter(pb_ballots::commune_id.eq(commune_id))
        .filter(pb_ballots::cycle_id.eq(cycle_id))
        .filter(pb_ballots::voter_key.like(format!("{prefix}:%")))
        .select((pb_ballots::id, pb_ballots::voter_key))
        .load(conn)?;
    let id_of: HashMap<String, i64> = keys.into_iter().map(|(id, k)| (k, id)).collect();
    let mut items = Vec::new();
    for (i, b) in ballots.iter().enumerate() {
        let Some(&ballot_id) = id_of.get(&format!("{prefix}:{}", i + 1)) else {
            continue;
        };
        let mut b = b.clone();
        b.sort_unstable();
        b.dedup();
        for p in b {
            if let Some(&d) = district_of.get(&p) {
                items.push((ballot_id, p, d));
            }
        }
    }
    for chunk in items.chunks(BATCH * 2) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|&(b, p, d)| {
                (
                    pb_ballot_items::ballot_id.eq(b),
                    pb_ballot_items::proposal_id.eq(p),
                    pb_ballot_items::commune_id.eq(commune_id),
                    pb_ballot_items::cycle_id.eq(cycle_id),
                    pb_ballot_items::district_id.eq(d),
                )
            })
            .collect();
        on_backend!(conn, |c| diesel::insert_into(pb_ballot_items::table)
            .values(rows)
            .execute(c))?;
    }
    Ok(())
}
