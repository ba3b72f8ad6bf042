//! Counting: each district through `musharaka-pbcount`, winners, the council's agenda.

use super::*;

/// One rule's outcome in a district: winners (proposal ids, in selection order) and cost.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
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

pub(super) fn rational_of_cents(c: i64) -> BigRational {
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
    let projects: Vec<(&Proposal, String)> = candidates.iter().map(|(p, _)| p).zip(ids).collect();
    election_of(district.amount_cents, &projects, ballots)
}

/// The counting rules' view of a district: its budget, each candidate under its id for the
/// rules at its cost, and the ballots (proposal ids) as approvals of those candidates.
pub(super) fn election_of(
    budget_cents: i64,
    candidates: &[(&Proposal, String)],
    ballots: &[Vec<i64>],
) -> Result<(crate::count::Instance, crate::count::Profile)> {
    let instance = crate::count::Instance {
        budget: rational_of_cents(budget_cents),
        projects: candidates
            .iter()
            .map(|(p, id)| crate::count::Project {
                id: id.clone(),
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

pub(super) fn run(
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

/// What a count reads: the cycle, its districts and all its proposals.
fn count_inputs(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<(Cycle, Vec<District>, Vec<Proposal>)> {
    Ok((
        store::cycle(conn, commune_id, cycle_id)?,
        store::districts(conn, commune_id, cycle_id)?,
        store::all_proposals(conn, commune_id, cycle_id)?,
    ))
}

/// Counts every district with the cycle's rule, and with greedy and Equal Shares beside.
pub fn count_cycle(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<(Cycle, Vec<DistrictResult>)> {
    let (cycle, districts, proposals) = count_inputs(conn, commune_id, cycle_id)?;
    let results = count_districts(conn, &cycle, districts, &proposals)?;
    Ok((cycle, results))
}

fn count_districts(
    conn: &mut AnyConnection,
    cycle: &Cycle,
    districts: Vec<District>,
    proposals: &[Proposal],
) -> Result<Vec<DistrictResult>> {
    let (commune_id, cycle_id) = (cycle.commune_id, cycle.id);
    let tallies = store::tallies(conn, commune_id, cycle_id)?;
    let mut out = Vec::new();
    for d in districts {
        let mut candidates: Vec<(Proposal, u64)> = proposals
            .iter()
            .filter(|p| p.district_id == d.id && p.on_ballot())
            .map(|p| (p.clone(), tallies.get(&p.id).copied().unwrap_or(0)))
            .collect();
        candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
        let ballots = store::district_ballots(conn, commune_id, cycle_id, d.id)?;
        let (instance, profile) = district_election(cycle, &d, &candidates, &ballots)?;
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
    Ok(out)
}

/// A district's count as stored in `pb_results` (proposals by id).
#[derive(Serialize, serde::Deserialize)]
struct StoredDistrict {
    district: i64,
    voters: usize,
    projects: Vec<(i64, u64)>,
    outcome: RuleOutcome,
    greedy: RuleOutcome,
    equal_shares: RuleOutcome,
}

/// Everything a count depends on, as one string: the ballots (how many, last id, last
/// change), the rule and tie-break, each district's budget and each project on the
/// ballot with its cost. A stored count whose fingerprint differs is stale.
fn inputs_of(
    conn: &mut AnyConnection,
    cycle: &Cycle,
    districts: &[District],
    proposals: &[Proposal],
) -> Result<String> {
    let (ballots, last_id, last_change) = store::ballots_mark(conn, cycle.commune_id, cycle.id)?;
    let mut s = format!(
        "v1;ballots={ballots},{},{};rule={};tie={}",
        last_id.unwrap_or(0),
        last_change
            .map(|t| t.and_utc().timestamp_micros())
            .unwrap_or(0),
        cycle.rule,
        cycle.tie_break
    );
    for d in districts {
        s.push_str(&format!(";d{}={}", d.id, d.amount_cents));
    }
    for p in proposals.iter().filter(|p| p.on_ballot()) {
        s.push_str(&format!(";p{}@{}={}", p.id, p.district_id, p.cost_cents()));
    }
    Ok(s)
}

/// Counts the cycle and stores the count with the fingerprint of its inputs (inside the
/// caller's transaction): the results page then reads it instead of recounting.
pub fn count_and_store(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<(Cycle, Vec<DistrictResult>)> {
    let (cycle, districts, proposals) = count_inputs(conn, commune_id, cycle_id)?;
    let inputs = inputs_of(conn, &cycle, &districts, &proposals)?;
    let results = count_districts(conn, &cycle, districts, &proposals)?;
    let stored: Vec<StoredDistrict> = results
        .iter()
        .map(|r| StoredDistrict {
            district: r.district.id,
            voters: r.voters,
            projects: r.projects.iter().map(|(p, v)| (p.id, *v)).collect(),
            outcome: r.outcome.clone(),
            greedy: r.greedy.clone(),
            equal_shares: r.equal_shares.clone(),
        })
        .collect();
    let body = serde_json::to_string(&stored).map_err(Error::internal)?;
    store::store_results(
        conn,
        &crate::records::NewResultsRow {
            cycle_id,
            commune_id,
            inputs: &inputs,
            body: &body,
            counted_at: now(),
        },
    )?;
    Ok((cycle, results))
}

/// The cycle's results for its pages: the stored count when it was made from today's
/// inputs (a few small queries), else a live count (a cycle not counted yet, or changed
/// since). Reads only.
pub fn results(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<(Cycle, Vec<DistrictResult>)> {
    let (cycle, districts, proposals) = count_inputs(conn, commune_id, cycle_id)?;
    if let Some((inputs, body)) = store::stored_results(conn, commune_id, cycle_id)? {
        if inputs == inputs_of(conn, &cycle, &districts, &proposals)? {
            if let Some(results) = rebuild(&body, &districts, &proposals) {
                return Ok((cycle, results));
            }
        }
    }
    let results = count_districts(conn, &cycle, districts, &proposals)?;
    Ok((cycle, results))
}

/// The stored count with its districts and proposals put back; `None` if it does not fit
/// them (then the caller recounts).
fn rebuild(
    body: &str,
    districts: &[District],
    proposals: &[Proposal],
) -> Option<Vec<DistrictResult>> {
    let stored: Vec<StoredDistrict> = serde_json::from_str(body).ok()?;
    let by_id: HashMap<i64, &Proposal> = proposals.iter().map(|p| (p.id, p)).collect();
    if stored.len() != districts.len() {
        return None;
    }
    stored
        .into_iter()
        .zip(districts)
        .map(|(s, d)| {
            if s.district != d.id {
                return None;
            }
            let projects = s
                .projects
                .iter()
                .map(|(id, v)| by_id.get(id).map(|p| ((*p).clone(), *v)))
                .collect::<Option<Vec<_>>>()?;
            Some(DistrictResult {
                district: d.clone(),
                voters: s.voters,
                projects,
                outcome: s.outcome,
                greedy: s.greedy,
                equal_shares: s.equal_shares,
            })
        })
        .collect()
}

/// Counts and records the selected projects (admin, in the results phase); the selected
/// projects then enter the follow-up.
pub fn select_winners(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    cycle_id: i64,
) -> Result<usize> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let (cycle, results) = count_and_store(conn, commune_id, cycle_id)?;
        if cycle.phase(now()) < Phase::Results {
            return Err(Error::with_cause(ErrorKind::Conflict, "results not open"));
        }
        let winners: Vec<i64> = results
            .iter()
            .flat_map(|r| r.outcome.winners.iter().copied())
            .collect();
        store::record_winners(conn, commune_id, cycle_id, &winners)?;
        let n = winners.len();
        let all: BTreeMap<i64, Vec<i64>> = results
            .iter()
            .map(|r| (r.district.id, r.outcome.winners.clone()))
            .collect();
        store::mark_counted(conn, cycle_id, now())?;
        entry(
            actor,
            commune_id,
            "pb_cycle.count",
            format!("pb_cycle:{cycle_id}"),
        )
        .after(json!({ "rule": cycle.rule, "winners": all }))
        .record(conn)?;
        propose_to_council(conn, &cycle)?;
        Ok(n)
    })
}

/// The result goes to the council as an agenda item of the next ordinary session whose
/// agenda is still open (once per cycle; a recount does not add a second item).
pub(super) fn propose_to_council(conn: &mut AnyConnection, cycle: &Cycle) -> Result<()> {
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
