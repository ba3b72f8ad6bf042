//! The budget's public JSON (`docs/api.md`, "Participatory budget"): cycles with their
//! rulebook, proposals (votes from the results phase on) and the counted results. The web
//! layer routes, calls one of these and serialises.

use crate::model::{Cycle, Phase, Proposal};
use crate::service::{self, CycleData, RuleOutcome};
use crate::store;
use chrono::NaiveDateTime;
use musharaka_communes::Commune;
use musharaka_core::{Error, ErrorKind, Money, Result};
use musharaka_db::AnyConnection;
use serde_json::{json, Value};

fn cycle_json(slug: &str, c: &Cycle, at: NaiveDateTime) -> Value {
    json!({
        "id": c.id,
        "year": c.year,
        "title": { "ar": c.title_ar, "fr": c.title_fr },
        "total_mad": Money::from_centimes(c.total_cents).plain(),
        "phase": c.phase(at).key(),
        "calendar": c.calendar().iter().map(|(p, t)| (p.key().to_string(), json!(t))).collect::<serde_json::Map<_, _>>(),
        "rulebook": {
            "who_proposes": c.who_proposes,
            "voter_min_age": c.voter_min_age,
            "ballot_type": c.ballot_type,
            "min_projects": c.min_projects,
            "max_projects": c.max_projects,
            "districts_per_voter": c.districts_per_voter,
            "rule": c.rule,
            "tie_break": c.tie_break,
        },
        "url": format!("/{slug}/budgets/{}", c.id),
    })
}

fn proposal_json(p: &Proposal, votes: Option<u64>) -> Value {
    json!({
        "id": p.id,
        "district_id": p.district_id,
        "category_id": p.category_id,
        "title": p.title,
        "description": p.description,
        "location": p.location,
        "estimated_cost_mad": Money::from_centimes(p.estimated_cents).plain(),
        "official_cost_mad": p.official_cents.map(|c| Money::from_centimes(c).plain()),
        "status": p.status.key(),
        "review_reason": p.review_reason,
        "merged_into": p.merged_into_id,
        "selected_rank": p.selected_rank,
        "implementation": p.impl_status.as_ref().map(|s| json!({
            "status": s, "progress": p.progress, "spent_mad": Money::from_centimes(p.spent_cents).plain(),
        })),
        "votes": votes,
    })
}

/// The commune's cycles, newest first, as `{count, items}`.
pub fn cycles(conn: &mut AnyConnection, commune: &Commune, at: NaiveDateTime) -> Result<Value> {
    let list = store::cycles(conn, commune.id)?;
    let items: Vec<Value> = list
        .iter()
        .map(|c| cycle_json(&commune.slug, c, at))
        .collect();
    Ok(json!({ "count": items.len(), "items": items }))
}

/// One cycle with its turnout, districts, categories and proposals (their votes from the
/// results phase on).
pub fn cycle(
    conn: &mut AnyConnection,
    commune: &Commune,
    id: i64,
    at: NaiveDateTime,
) -> Result<Value> {
    let data = service::cycle_data(conn, commune.id, id)?;
    let show_votes = data.cycle.phase(at) >= Phase::Results;
    let proposals = store::all_proposals(conn, commune.id, id)?;
    let tallies = store::tallies(conn, commune.id, id)?;
    let mut body = cycle_json(&commune.slug, &data.cycle, at);
    body["turnout"] = json!(data.turnout);
    body["districts"] = json!(data
        .districts
        .iter()
        .map(|d| json!({
            "id": d.id, "name": { "ar": d.name_ar, "fr": d.name_fr },
            "amount_mad": Money::from_centimes(d.amount_cents).plain(),
        }))
        .collect::<Vec<_>>());
    body["categories"] = json!(data
        .categories
        .iter()
        .map(|c| json!({ "id": c.id, "name": { "ar": c.name_ar, "fr": c.name_fr } }))
        .collect::<Vec<_>>());
    body["proposals"] = json!(proposals
        .iter()
        .map(|p| proposal_json(
            p,
            show_votes.then(|| tallies.get(&p.id).copied().unwrap_or(0))
        ))
        .collect::<Vec<_>>());
    Ok(body)
}

/// A cycle's counted results, district by district (not found before the results phase).
pub fn results(
    conn: &mut AnyConnection,
    commune: &Commune,
    id: i64,
    at: NaiveDateTime,
) -> Result<Value> {
    let data: CycleData = service::cycle_data(conn, commune.id, id)?;
    if data.cycle.phase(at) < Phase::Results {
        return Err(Error::new(ErrorKind::NotFound));
    }
    let (_, results) = service::results(conn, commune.id, id)?;
    let outcome = |o: &RuleOutcome| json!({ "rule": o.rule, "winners": o.winners, "total_cost_mad": Money::from_centimes(o.total_cents).plain() });
    let districts: Vec<Value> = results
        .iter()
        .map(|r| {
            json!({
                "district": { "id": r.district.id, "name": { "ar": r.district.name_ar, "fr": r.district.name_fr },
                              "amount_mad": Money::from_centimes(r.district.amount_cents).plain() },
                "voters": r.voters,
                "projects": r.projects.iter().map(|(p, v)| json!({
                    "id": p.id, "title": p.title, "cost_mad": Money::from_centimes(p.cost_cents()).plain(), "votes": v,
                })).collect::<Vec<_>>(),
                "outcome": outcome(&r.outcome),
                "greedy": outcome(&r.greedy),
                "equal_shares": outcome(&r.equal_shares),
            })
        })
        .collect();
    Ok(json!({
        "cycle": cycle_json(&commune.slug, &data.cycle, at),
        "turnout": data.turnout,
        "districts": districts,
    }))
}
