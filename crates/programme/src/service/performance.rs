//! The performance programme's yearly self-assessment (seed 004): five minimum mandatory
//! conditions and performance indicators with points, against the 70-point minimum;
//! published when the commune chooses.

use super::*;
use crate::rules::{IndicatorPoints, MINIMUM_CONDITIONS};

/// One year's self-assessment as the admin enters it.
#[derive(Debug, Clone)]
pub struct AssessmentFacts {
    pub year: i32,
    pub conditions: [bool; MINIMUM_CONDITIONS],
    pub indicators: Vec<IndicatorPoints>,
    pub publish: bool,
}

/// Records the year's self-assessment (one per year) with its computed result.
pub fn record_assessment(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    f: &AssessmentFacts,
) -> Result<rules::Assessment> {
    require_admin(actor, commune_id)?;
    if !(2015..=2100).contains(&f.year) {
        return Err(Error::invalid("year", "field-number"));
    }
    if f.indicators.is_empty() || f.indicators.iter().any(|i| i.max == 0 || i.max > 100) {
        return Err(Error::invalid("points", "prog-error-points"));
    }
    let a = rules::assess(&f.conditions, &f.indicators);
    write_transaction(conn, |conn| {
        if store::assessment_year_taken(conn, commune_id, f.year)? {
            return Err(Error::invalid("year", "prog-error-year-taken"));
        }
        let detail = json!({ "conditions": f.conditions, "indicators": f.indicators }).to_string();
        let id = store::insert_assessment(
            conn,
            &NewAssessmentRow {
                commune_id,
                year: f.year,
                conditions_met: a.conditions_met as i32,
                points: a.points as i32,
                detail: &detail,
                published: f.publish,
                created_at: now(),
            },
        )?;
        entry(
            actor,
            commune_id,
            "programme.assessment",
            format!("programme_assessment:{id}"),
        )
        .after(json!({ "year": f.year, "result": a, "published": f.publish }))
        .record(conn)?;
        Ok(a)
    })
}

/// The commune's self-assessments; `public`: the published ones only.
pub fn assessments(
    conn: &mut AnyConnection,
    commune_id: i64,
    public: bool,
) -> Result<Vec<AssessmentRow>> {
    Ok(store::assessments(conn, commune_id)?
        .into_iter()
        .filter(|a| !public || a.published)
        .collect())
}
