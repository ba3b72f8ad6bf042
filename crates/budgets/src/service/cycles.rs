//! Cycles: the rulebook, districts and categories, the calendar and phases (admin).

use super::*;
pub use crate::model::CycleFacts;

pub(super) fn check_cycle(f: &CycleFacts) -> Result<()> {
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
    require_admin(actor, commune_id)?;
    check_cycle(f)?;
    write_transaction(conn, |conn| {
        let cycle = store::insert_cycle(conn, commune_id, f)?;
        write_districts_and_categories(conn, commune_id, cycle.id, f)?;
        entry(
            actor,
            commune_id,
            "pb_cycle.create",
            format!("pb_cycle:{}", cycle.id),
        )
        .after(json!(f))
        .record(conn)?;
        Ok(cycle)
    })
}

/// Writes a cycle's districts and categories, matched by position with the rows it has: a line
/// edits the row at its place, extra lines add rows, and rows past the last line are removed
/// unless a proposal uses them (refused). A new cycle simply has no rows yet.
pub(super) fn write_districts_and_categories(
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
            Some(d) => store::update_district(conn, d.id, ar.trim(), fr.trim(), *amount)?,
            None => store::insert_district(
                conn,
                &NewDistrictRow {
                    commune_id,
                    cycle_id,
                    position: i as i32,
                    name_ar: ar.trim(),
                    name_fr: fr.trim(),
                    amount_cents: *amount,
                },
            )?,
        }
    }
    for d in existing.iter().skip(wanted.len()) {
        if proposals.iter().any(|p| p.district_id == d.id) {
            return Err(Error::invalid("districts", "pb-district-in-use"));
        }
        store::delete_district(conn, d.id)?;
    }
    let existing = store::categories(conn, commune_id, cycle_id)?;
    for (i, (ar, fr)) in f.categories.iter().enumerate() {
        match existing.get(i) {
            Some(c) => store::update_category(conn, c.id, ar.trim(), fr.trim())?,
            None => store::insert_category(
                conn,
                &NewCategoryRow {
                    commune_id,
                    cycle_id,
                    name_ar: ar.trim(),
                    name_fr: fr.trim(),
                },
            )?,
        }
    }
    for c in existing.iter().skip(f.categories.len()) {
        if proposals.iter().any(|p| p.category_id == Some(c.id)) {
            return Err(Error::invalid("categories", "pb-category-in-use"));
        }
        store::delete_category(conn, c.id)?;
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
    require_admin(actor, commune_id)?;
    check_cycle(f)?;
    write_transaction(conn, |conn| {
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
        store::update_cycle(conn, commune_id, cycle_id, f)?;
        write_districts_and_categories(conn, commune_id, cycle_id, f)?;
        let after = cycle_facts(conn, commune_id, cycle_id)?;
        entry(
            actor,
            commune_id,
            "pb_cycle.edit",
            format!("pb_cycle:{cycle_id}"),
        )
        .before(json!(before))
        .after(json!(after))
        .record(conn)?;
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
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let before = store::cycle(conn, commune_id, cycle_id)?;
        let t = now();
        store::set_phase_override(conn, cycle_id, phase)?;
        let after = store::cycle(conn, commune_id, cycle_id)?;
        entry(
            actor,
            commune_id,
            "pb_cycle.phase",
            format!("pb_cycle:{cycle_id}"),
        )
        .before(json!({ "phase": before.phase(t).key(), "override": before.phase_override }))
        .after(json!({ "phase": after.phase(t).key(), "override": after.phase_override }))
        .record(conn)?;
        Ok(after)
    })
}

/// A cycle with what every cycle page shows.
pub struct CycleData {
    pub cycle: Cycle,
    pub districts: Vec<District>,
    pub categories: Vec<crate::model::Category>,
    pub turnout: i64,
}

/// A cycle of the commune (not found for another commune's cycle) with its districts,
/// categories and turnout.
pub fn cycle_data(conn: &mut AnyConnection, commune_id: i64, cycle_id: i64) -> Result<CycleData> {
    Ok(CycleData {
        cycle: store::cycle(conn, commune_id, cycle_id)?,
        districts: store::districts(conn, commune_id, cycle_id)?,
        categories: store::categories(conn, commune_id, cycle_id)?,
        turnout: store::turnout(conn, commune_id, cycle_id)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(total_cents: i64, districts: &[i64]) -> CycleFacts {
        let t = |m: u32| {
            chrono::NaiveDate::from_ymd_opt(2030, m, 1)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .unwrap_or_default()
        };
        CycleFacts {
            year: 2030,
            title_ar: "م".into(),
            title_fr: "B".into(),
            description_ar: String::new(),
            description_fr: String::new(),
            total_cents,
            calendar: [t(1), t(2), t(3), t(4), t(5), t(6)],
            who_proposes: WhoProposes::Both,
            voter_min_age: 16,
            ballot_type: BallotType::Approval,
            min_projects: 1,
            max_projects: 3,
            districts_per_voter: 1,
            rule: "greedy".into(),
            tie_break: TieBreak::Ids,
            districts: districts
                .iter()
                .map(|a| ("ar".to_string(), "fr".to_string(), *a))
                .collect(),
            categories: Vec::new(),
        }
    }

    fn field(r: Result<()>) -> Option<String> {
        r.err().and_then(|e| e.fields.first().map(|f| f.0.clone()))
    }

    // Issue 9 item 6: two amounts whose i64 sum wraps must not pass "districts ≤ total".
    #[test]
    fn district_sums_are_checked() {
        let huge = 9_223_372_036_854_775_800;
        assert_eq!(
            field(check_cycle(&facts(100, &[huge, huge]))).as_deref(),
            Some("districts")
        );
        let max = Money::CEILING.centimes();
        assert_eq!(
            field(check_cycle(&facts(max, &[max, max]))).as_deref(),
            Some("districts")
        );
        assert_eq!(
            field(check_cycle(&facts(max + 1, &[]))).as_deref(),
            Some("total")
        );
        assert_eq!(field(check_cycle(&facts(1_000, &[600, 400]))), None);
        assert_eq!(
            field(check_cycle(&facts(1_000, &[600, 401]))).as_deref(),
            Some("districts")
        );
    }
}
