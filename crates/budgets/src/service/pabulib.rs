//! pabulib export and import.

use super::*;

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
    let projects: Vec<(&Proposal, String)> =
        candidates.iter().map(|p| (p, p.id.to_string())).collect();
    let (instance, profile) = election_of(district.amount_cents, &projects, &ballots)?;
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
    write_transaction(conn, |conn| {
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
            let description = format!("pabulib {}", p.id);
            let new = FeasibleProposal {
                district_id: district.id,
                category_id: None,
                title: &title,
                description: &description,
                location: "",
                cost_cents: cost,
            };
            let id = add_feasible_proposal(conn, commune_id, cycle.id, &new)?.id;
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
        entry(
            None,
            commune_id,
            "pb_cycle.import",
            format!("pb_cycle:{}", cycle.id),
        )
        .after(json!({ "projects": ids.len(), "ballots": ballots.len() }))
        .record(conn)?;
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
        let numbers: Vec<(String, Option<String>)> = (0..chunk.len())
            .map(|i| {
                let n = chunk_no * BATCH + i + 1;
                let paper = (channel == Channel::Paper).then(|| format!("{n:06}"));
                (format!("{prefix}:{n}"), paper)
            })
            .collect();
        let rows: Vec<NewBallotRow<'_>> = numbers
            .iter()
            .map(|(key, paper)| NewBallotRow {
                commune_id,
                cycle_id,
                voter_key: key,
                voter_id: None,
                channel: channel.key(),
                paper_number: paper.as_deref(),
                officer_id: None,
                birth_year: None,
                created_at: t,
                updated_at: t,
            })
            .collect();
        store::insert_ballots(conn, &rows)?;
    }
    let keys = store::ballot_ids_by_key(conn, commune_id, cycle_id, prefix)?;
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
        store::insert_ballot_items(conn, commune_id, cycle_id, chunk)?;
    }
    Ok(())
}
