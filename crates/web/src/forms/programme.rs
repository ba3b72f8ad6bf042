//! The programme's back-office forms: each posted form is read as its fields (kept to
//! re-show the form with its errors) and turned into a service input or field errors.

use super::{parse_date, parse_number};
use musharaka_core::Money;
use musharaka_programme::model::{
    CommitmentStatus, IndicatorKind, OriginKind, PlanKind, Quantity, SteeringSide,
};
use musharaka_programme::rules::{IndicatorPoints, MINIMUM_CONDITIONS};
use musharaka_programme::service::{
    ActionFacts, AssessmentFacts, CommitmentFacts, IndicatorFacts, PlanFacts, SteeringFacts,
    ValueFacts,
};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A posted form's fields by name (the CSRF token included, never shown).
pub type Fields = BTreeMap<String, String>;
pub type Errors = Vec<(String, String)>;

/// A field's value, empty when absent.
pub fn get<'a>(f: &'a Fields, name: &str) -> &'a str {
    f.get(name).map(String::as_str).unwrap_or("")
}

fn choice<T: std::str::FromStr>(f: &Fields, name: &str, errors: &mut Errors) -> Option<T> {
    match get(f, name).parse() {
        Ok(v) => Some(v),
        Err(_) => {
            errors.push((name.into(), "field-choice".into()));
            None
        }
    }
}

fn quantity(f: &Fields, name: &str, errors: &mut Errors) -> Option<Quantity> {
    let q = Quantity::parse(get(f, name));
    if q.is_none() {
        errors.push((name.into(), "field-number".into()));
    }
    q
}

/// The `?done=` and `?round=` of a page.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    pub done: Option<String>,
    pub round: Option<String>,
}

impl PageQuery {
    /// The round asked for; an invalid input for one that is not a number.
    pub fn round(&self) -> Result<Option<i64>, musharaka_core::Error> {
        match self.round.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(r) => r
                .parse()
                .map(Some)
                .map_err(|_| musharaka_core::ErrorKind::InvalidInput.into()),
        }
    }
}

pub fn plan(f: &Fields, errors: &mut Errors) -> Option<PlanFacts> {
    let kind = choice::<PlanKind>(f, "kind", errors);
    let starts_on = parse_date(get(f, "starts_on"), "starts_on", true, errors);
    let ends_on = parse_date(get(f, "ends_on"), "ends_on", true, errors);
    Some(PlanFacts {
        kind: kind?,
        title_ar: get(f, "title_ar").into(),
        title_fr: get(f, "title_fr").into(),
        summary: get(f, "summary").into(),
        starts_on: starts_on?,
        ends_on: ends_on?,
    })
}

pub fn deliberation(f: &Fields, errors: &mut Errors) -> Option<i64> {
    parse_number(get(f, "deliberation"), "deliberation", errors)
}

pub fn commitment(f: &Fields, errors: &mut Errors) -> Option<CommitmentFacts> {
    let series_id = match get(f, "series").trim() {
        "" => None,
        s => Some(parse_number::<i64>(s, "series", errors)?),
    };
    let budget = match get(f, "budget").trim() {
        "" => None,
        b => match Money::parse(b) {
            Some(m) => Some(m),
            None => {
                errors.push(("budget".into(), "field-number".into()));
                return None;
            }
        },
    };
    Some(CommitmentFacts {
        series_id,
        title_ar: get(f, "title_ar").into(),
        title_fr: get(f, "title_fr").into(),
        description: get(f, "description").into(),
        lead_service: get(f, "lead_service").into(),
        partners: get(f, "partners").into(),
        expected_results: get(f, "expected_results").into(),
        budget,
    })
}

pub fn status(f: &Fields, errors: &mut Errors) -> Option<(CommitmentStatus, String)> {
    let s = choice::<CommitmentStatus>(f, "status", errors)?;
    Some((s, get(f, "status_reason").into()))
}

pub fn action(f: &Fields, errors: &mut Errors) -> Option<ActionFacts> {
    let starts_on = parse_date(get(f, "action_start"), "action_start", false, errors);
    let due_on = parse_date(get(f, "action_due"), "action_due", false, errors);
    if !errors.is_empty() {
        return None;
    }
    Some(ActionFacts {
        title: get(f, "action_title").into(),
        starts_on,
        due_on,
    })
}

pub fn action_done(f: &Fields, errors: &mut Errors) -> Option<chrono::NaiveDate> {
    parse_date(get(f, "done_on"), "done_on", true, errors)
}

pub fn indicator(f: &Fields, errors: &mut Errors) -> Option<IndicatorFacts> {
    let kind = choice::<IndicatorKind>(f, "ind_kind", errors);
    let baseline = quantity(f, "ind_baseline", errors);
    let target = quantity(f, "ind_target", errors);
    Some(IndicatorFacts {
        kind: kind?,
        name: get(f, "ind_name").into(),
        unit: get(f, "ind_unit").into(),
        period: get(f, "ind_period").into(),
        baseline: baseline?,
        target: target?,
    })
}

pub fn value(f: &Fields, errors: &mut Errors) -> Option<ValueFacts> {
    let indicator_id = parse_number(get(f, "value_indicator"), "value_indicator", errors);
    let measured_on = parse_date(get(f, "value_on"), "value_on", true, errors);
    let value = quantity(f, "value", errors);
    Some(ValueFacts {
        indicator_id: indicator_id?,
        measured_on: measured_on?,
        value: value?,
        source: get(f, "value_source").into(),
    })
}

pub fn link(f: &Fields, errors: &mut Errors) -> Option<(OriginKind, String)> {
    let kind = choice::<OriginKind>(f, "link_kind", errors)?;
    Some((kind, get(f, "link_reference").into()))
}

pub fn steering(f: &Fields, errors: &mut Errors) -> Option<SteeringFacts> {
    let side = choice::<SteeringSide>(f, "member_side", errors)?;
    Some(SteeringFacts {
        side,
        name: get(f, "member_name").into(),
        organisation: get(f, "member_org").into(),
    })
}

pub fn round(f: &Fields, errors: &mut Errors) -> Option<chrono::NaiveDate> {
    parse_date(get(f, "period_end"), "period_end", true, errors)
}

/// The self-assessment: the year, five condition boxes (`cond1`…`cond5`), and one
/// indicator per line of `points` written `earned/max`.
pub fn assessment(f: &Fields, errors: &mut Errors) -> Option<AssessmentFacts> {
    let year = parse_number(get(f, "year"), "year", errors);
    let mut conditions = [false; MINIMUM_CONDITIONS];
    for (i, c) in conditions.iter_mut().enumerate() {
        *c = !get(f, &format!("cond{}", i + 1)).is_empty();
    }
    let mut indicators = Vec::new();
    for line in get(f, "points")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        let parsed = line
            .split_once('/')
            .and_then(|(e, m)| Some((e.trim().parse().ok()?, m.trim().parse().ok()?)));
        match parsed {
            Some((earned, max)) => indicators.push(IndicatorPoints { earned, max }),
            None => {
                errors.push(("points".into(), "prog-error-points".into()));
                return None;
            }
        }
    }
    Some(AssessmentFacts {
        year: year?,
        conditions,
        indicators,
        publish: !get(f, "publish").is_empty(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_bad_indicator_marks_its_fields() {
        let mut e = Vec::new();
        let f = fields(&[
            ("ind_kind", "result"),
            ("ind_baseline", "x"),
            ("ind_target", "10"),
        ]);
        assert!(indicator(&f, &mut e).is_none());
        assert_eq!(
            e,
            vec![("ind_baseline".to_string(), "field-number".to_string())]
        );
    }

    #[test]
    fn points_are_read_line_by_line() {
        let mut e = Vec::new();
        let f = fields(&[
            ("year", "2025"),
            ("cond1", "on"),
            ("points", "30/40\n 25 / 30 \n"),
        ]);
        let a = assessment(&f, &mut e).unwrap_or_else(|| panic!("{e:?}"));
        assert_eq!(a.indicators.len(), 2);
        assert!(a.conditions[0] && !a.conditions[1]);
    }
}
