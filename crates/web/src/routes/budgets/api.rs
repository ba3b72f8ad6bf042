//! The JSON API of the budget.

use super::*;

pub(super) fn cycle_json(slug: &str, c: &musharaka_budgets::model::Cycle) -> Value {
    json!({
        "id": c.id,
        "year": c.year,
        "title": { "ar": c.title_ar, "fr": c.title_fr },
        "total_mad": Money::from_centimes(c.total_cents).plain(),
        "phase": c.phase(now()).key(),
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

pub(super) fn proposal_json(p: &musharaka_budgets::model::Proposal, votes: Option<u64>) -> Value {
    json!({
        "id": p.id,
        "district_id": p.district_id,
        "category_id": p.category_id,
        "title": p.title,
        "description": p.description,
        "location": p.location,
        "estimated_cost_mad": Money::from_centimes(p.estimated_cents).plain(),
        "official_cost_mad": p.official_cents.map(|c| Money::from_centimes(c).plain()),
        "status": p.status,
        "review_reason": p.review_reason,
        "merged_into": p.merged_into_id,
        "selected_rank": p.selected_rank,
        "implementation": p.impl_status.as_ref().map(|s| json!({
            "status": s, "progress": p.progress, "spent_mad": Money::from_centimes(p.spent_cents).plain(),
        })),
        "votes": votes,
    })
}

pub(super) async fn api_cycles(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let list = db(&state, move |c| Ok(store::cycles(c, cid)?)).await?;
    let items: Vec<Value> = list.iter().map(|c| cycle_json(&commune.slug, c)).collect();
    Ok(HttpResponse::Ok().json(json!({ "count": items.len(), "items": items })))
}

pub(super) async fn api_cycle(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let cid = commune.id;
    let show_votes = data.cycle.phase(now()) >= Phase::Results;
    let (proposals, tallies) = db(&state, move |c| {
        Ok((
            store::all_proposals(c, cid, id)?,
            store::tallies(c, cid, id)?,
        ))
    })
    .await?;
    let mut body = cycle_json(&commune.slug, &data.cycle);
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
    Ok(HttpResponse::Ok().json(body))
}

pub(super) async fn api_results(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data, results) = counted(&state, &slug, id).await?;
    let outcome = |o: &pb::RuleOutcome| json!({ "rule": o.rule, "winners": o.winners, "total_cost_mad": Money::from_centimes(o.total_cents).plain() });
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
    Ok(HttpResponse::Ok().json(json!({
        "cycle": cycle_json(&commune.slug, &data.cycle),
        "turnout": data.turnout,
        "districts": districts,
    })))
}
