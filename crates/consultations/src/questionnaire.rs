//! Reading a posted questionnaire (pure): the form works without JavaScript, so each
//! question is plain form fields — `q<id>` for a choice or a text (repeated for a multiple
//! choice), `q<id>_<option>` holding the rank chosen for each option of a ranking — and the
//! optional declared facts `age_band`, `gender`, `district`, `association_member`.

use crate::model::{AgeBand, Answer, Declared, Gender, QuestionKind};
use crate::records::QuestionRow;
use crate::rules::{check_ranking, RankingError};
use std::collections::BTreeMap;

/// Longest text answer, in characters.
pub const MAX_TEXT: usize = 4000;

/// A field error: (field name, Fluent message id).
pub type FieldError = (String, String);

/// The answers by question id, and the declared facts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub answers: BTreeMap<i64, Answer>,
    pub declared: Declared,
}

fn values<'a>(pairs: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
        .collect()
}

fn first<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    values(pairs, name).into_iter().next()
}

fn index(v: &str, n: usize) -> Option<usize> {
    v.parse::<usize>().ok().filter(|i| *i < n)
}

/// Reads one question's answer; `Ok(None)` when unanswered.
fn answer(q: &QuestionRow, pairs: &[(String, String)]) -> Result<Option<Answer>, &'static str> {
    let name = format!("q{}", q.id);
    let n = q.option_list().len();
    match q.kind() {
        QuestionKind::Single => match first(pairs, &name) {
            None => Ok(None),
            Some(v) => index(v, n)
                .map(|i| Some(Answer::Choice(i)))
                .ok_or("field-choice"),
        },
        QuestionKind::Multiple => {
            let mut chosen = Vec::new();
            for v in values(pairs, &name) {
                let i = index(v, n).ok_or("field-choice")?;
                if !chosen.contains(&i) {
                    chosen.push(i);
                }
            }
            chosen.sort_unstable();
            Ok((!chosen.is_empty()).then_some(Answer::Choices(chosen)))
        }
        QuestionKind::Ranking => {
            let mut ranks = Vec::with_capacity(n);
            for o in 0..n {
                let raw = first(pairs, &format!("{name}_{o}"));
                ranks.push(match raw {
                    None => None,
                    Some(r) => Some(r.parse::<u32>().map_err(|_| "cons-error-rank-range")?),
                });
            }
            match check_ranking(&ranks) {
                Ok(order) => Ok(order.map(Answer::Ranking)),
                Err(RankingError::Incomplete) => Err("cons-error-rank-incomplete"),
                Err(RankingError::OutOfRange) => Err("cons-error-rank-range"),
                Err(RankingError::Repeated) => Err("cons-error-rank-repeated"),
            }
        }
        QuestionKind::ShortText | QuestionKind::LongText => match first(pairs, &name) {
            None => Ok(None),
            Some(t) if t.chars().count() > MAX_TEXT => Err("field-too-long"),
            Some(t) => Ok(Some(Answer::Text(t.to_string()))),
        },
    }
}

/// Reads a posted questionnaire against its `questions` and the commune's `districts`:
/// every answer or every error (field, message), so the form is re-shown with all of them.
pub fn parse(
    questions: &[QuestionRow],
    districts: &[String],
    pairs: &[(String, String)],
) -> Result<Parsed, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();
    let mut out = Parsed::default();
    for q in questions {
        match answer(q, pairs) {
            Ok(Some(a)) => {
                out.answers.insert(q.id, a);
            }
            Ok(None) if q.required => errors.push((format!("q{}", q.id), "field-required".into())),
            Ok(None) => {}
            Err(m) => errors.push((format!("q{}", q.id), m.into())),
        }
    }
    let declared = |field: &str| first(pairs, field).map(str::to_string);
    if let Some(a) = declared("age_band") {
        match a.parse::<AgeBand>() {
            Ok(a) => out.declared.age_band = Some(a),
            Err(_) => errors.push(("age_band".into(), "field-choice".into())),
        }
    }
    if let Some(g) = declared("gender") {
        match g.parse::<Gender>() {
            Ok(g) => out.declared.gender = Some(g),
            Err(_) => errors.push(("gender".into(), "field-choice".into())),
        }
    }
    if let Some(d) = declared("district") {
        if districts.contains(&d) {
            out.declared.district = Some(d);
        } else {
            errors.push(("district".into(), "field-choice".into()));
        }
    }
    match declared("association_member").as_deref() {
        None => {}
        Some("yes") => out.declared.association_member = Some(true),
        Some("no") => out.declared.association_member = Some(false),
        Some(_) => errors.push(("association_member".into(), "field-choice".into())),
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: i64, kind: &str, options: usize, required: bool) -> QuestionRow {
        let opts: Vec<(String, String)> = (0..options)
            .map(|i| (format!("خيار {i}"), format!("Option {i}")))
            .collect();
        QuestionRow {
            id,
            commune_id: 1,
            consultation_id: 1,
            position: id as i32,
            kind: kind.into(),
            prompt_ar: "س".into(),
            prompt_fr: "Q".into(),
            options: serde_json::to_string(&opts).expect("json"),
            required,
        }
    }

    fn p(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn every_kind_is_read_from_plain_fields() {
        let qs = [
            q(1, "single", 3, true),
            q(2, "multiple", 3, false),
            q(3, "ranking", 3, false),
            q(4, "long_text", 0, false),
        ];
        let got = parse(
            &qs,
            &["Centre".to_string()],
            &p(&[
                ("q1", "2"),
                ("q2", "0"),
                ("q2", "2"),
                ("q3_0", "3"),
                ("q3_1", "1"),
                ("q3_2", "2"),
                ("q4", " Plus de bus "),
                ("gender", "female"),
                ("district", "Centre"),
                ("association_member", "no"),
                ("age_band", ""),
            ]),
        )
        .expect("valid");
        assert_eq!(got.answers[&1], Answer::Choice(2));
        assert_eq!(got.answers[&2], Answer::Choices(vec![0, 2]));
        assert_eq!(got.answers[&3], Answer::Ranking(vec![1, 2, 0]));
        assert_eq!(got.answers[&4], Answer::Text("Plus de bus".into()));
        assert_eq!(got.declared.gender, Some(Gender::Female));
        assert_eq!(got.declared.age_band, None);
        assert_eq!(got.declared.association_member, Some(false));
    }

    #[test]
    fn every_error_is_reported_with_its_field() {
        let qs = [q(1, "single", 2, true), q(3, "ranking", 3, false)];
        let errors = parse(
            &qs,
            &[],
            &p(&[
                ("q3_0", "1"),
                ("q3_1", "1"),
                ("q3_2", "2"),
                ("district", "Ailleurs"),
            ]),
        )
        .expect_err("invalid");
        assert_eq!(
            errors,
            vec![
                ("q1".to_string(), "field-required".to_string()),
                ("q3".to_string(), "cons-error-rank-repeated".to_string()),
                ("district".to_string(), "field-choice".to_string()),
            ]
        );
    }
}
