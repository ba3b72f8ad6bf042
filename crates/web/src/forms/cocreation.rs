//! Co-creation's posted forms and what they become for the service.

use super::{parse_date, parse_number};
use crate::views::form::FieldErrors;
use chrono::NaiveDateTime;
use musharaka_cocreation::records::{CallFields, NewLine, NoteTexts};
use musharaka_cocreation::rules::Checklist;
use musharaka_cocreation::service::{
    AgreementInput, MeetingInput, NoteInput, ScoresInput, TrancheInput,
};
use musharaka_cocreation::TieBreak;
use musharaka_core::{Money, Page};
use serde::Deserialize;

/// `?page=&done=` of the lists and pages.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PageQuery {
    pub page: Page,
    pub done: Option<String>,
}

/// A form with nothing but its CSRF token.
#[derive(Deserialize, Default, Clone)]
pub struct EmptyForm {}

/// A Casablanca wall-clock time typed in a `datetime-local` field (seconds optional), as UTC.
pub fn parse_local(value: &str, field: &str, errors: &mut FieldErrors) -> Option<NaiveDateTime> {
    let v = value.trim();
    let parsed = [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(v, f).ok());
    match parsed {
        Some(t) => Some(musharaka_cocreation::rules::casablanca_to_utc(t)),
        None => {
            let msg = if v.is_empty() {
                "field-required"
            } else {
                "field-date"
            };
            errors.push((field.into(), msg.into()));
            None
        }
    }
}

/// An amount in dirhams, in centimes.
fn money(value: &str, field: &str, errors: &mut FieldErrors) -> Option<Money> {
    match Money::parse(value) {
        Some(m) => Some(m),
        None => {
            errors.push((field.into(), "field-number".into()));
            None
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct CallForm {
    pub title_ar: String,
    pub title_fr: String,
    pub text_ar: String,
    pub text_fr: String,
    pub themes: String,
    pub envelope: String,
    pub ceiling: String,
    pub cofinancing_min_percent: String,
    pub min_age_years: String,
    pub activity_fields: String,
    pub opens_at: String,
    pub closes_at: String,
    pub tie_break: String,
    pub spread_threshold: String,
}

impl CallForm {
    pub fn fields(&self) -> Result<CallFields, FieldErrors> {
        let mut e = FieldErrors::new();
        let envelope = money(&self.envelope, "envelope", &mut e);
        let ceiling = money(&self.ceiling, "ceiling", &mut e);
        let pct = parse_number::<i32>(
            &self.cofinancing_min_percent,
            "cofinancing_min_percent",
            &mut e,
        );
        let age = parse_number::<i32>(&self.min_age_years, "min_age_years", &mut e);
        let spread = parse_number::<i32>(&self.spread_threshold, "spread_threshold", &mut e);
        let opens = parse_local(&self.opens_at, "opens_at", &mut e);
        let closes = parse_local(&self.closes_at, "closes_at", &mut e);
        let tie: Option<TieBreak> = self.tie_break.parse().ok();
        if tie.is_none() {
            e.push(("tie_break".into(), "field-required".into()));
        }
        match (envelope, ceiling, pct, age, spread, opens, closes, tie) {
            (Some(en), Some(ce), Some(p), Some(a), Some(s), Some(o), Some(c), Some(t))
                if e.is_empty() =>
            {
                Ok(CallFields {
                    title_ar: self.title_ar.trim().into(),
                    title_fr: self.title_fr.trim().into(),
                    text_ar: self.text_ar.trim().into(),
                    text_fr: self.text_fr.trim().into(),
                    themes: self.themes.trim().into(),
                    envelope_centimes: en.centimes(),
                    ceiling_centimes: ce.centimes(),
                    cofinancing_min_percent: p,
                    min_age_years: a,
                    activity_fields: self.activity_fields.trim().into(),
                    opens_at: o,
                    closes_at: c,
                    tie_break: t.key().into(),
                    spread_threshold: s,
                })
            }
            _ => Err(e),
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct CriterionForm {
    pub label_ar: String,
    pub label_fr: String,
    pub guidance: String,
    pub weight: String,
    pub max_score: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct MeetingForm {
    pub starts_at: String,
    pub ends_at: String,
    pub place_ar: String,
    pub place_fr: String,
}

impl MeetingForm {
    pub fn input(&self) -> Result<MeetingInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let s = parse_local(&self.starts_at, "starts_at", &mut e);
        let t = parse_local(&self.ends_at, "ends_at", &mut e);
        match (s, t) {
            (Some(starts_at), Some(ends_at)) => Ok(MeetingInput {
                starts_at,
                ends_at,
                place_ar: self.place_ar.clone(),
                place_fr: self.place_fr.clone(),
            }),
            _ => Err(e),
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct AttendanceForm {
    pub attendance: String,
    pub organisations: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct TextForm {
    pub text: String,
}

/// A concept note: its texts and up to a few budget lines (repeated fields; a blank row
/// is skipped).
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct NoteForm {
    pub title: String,
    pub problem: String,
    pub objectives: String,
    pub beneficiaries: String,
    pub women_percent: String,
    pub youth_percent: String,
    pub activities: String,
    pub calendar: String,
    pub partners: String,
    pub line_label: Vec<String>,
    pub line_amount: Vec<String>,
    pub line_cofinancing: Vec<String>,
}

fn count(value: &str, field: &str, e: &mut FieldErrors) -> i32 {
    if value.trim().is_empty() {
        return 0;
    }
    parse_number::<i32>(value, field, e).unwrap_or(0)
}

impl NoteForm {
    pub fn input(&self) -> Result<NoteInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let texts = NoteTexts {
            title: self.title.trim().into(),
            problem: self.problem.trim().into(),
            objectives: self.objectives.trim().into(),
            beneficiaries: count(&self.beneficiaries, "beneficiaries", &mut e),
            women_percent: count(&self.women_percent, "women_percent", &mut e),
            youth_percent: count(&self.youth_percent, "youth_percent", &mut e),
            activities: self.activities.trim().into(),
            calendar: self.calendar.trim().into(),
            partners: self.partners.trim().into(),
        };
        let mut lines = Vec::new();
        for (i, label) in self.line_label.iter().enumerate() {
            let amount = self.line_amount.get(i).map(String::as_str).unwrap_or("");
            let cofin = self
                .line_cofinancing
                .get(i)
                .map(String::as_str)
                .unwrap_or("");
            if label.trim().is_empty() && amount.trim().is_empty() && cofin.trim().is_empty() {
                continue;
            }
            let cofin = if cofin.trim().is_empty() { "0" } else { cofin };
            match (Money::parse(amount), Money::parse(cofin)) {
                (Some(a), Some(c)) if !label.trim().is_empty() => lines.push(NewLine {
                    label: label.trim().into(),
                    amount: a,
                    cofinancing: c,
                }),
                _ => e.push(("lines".into(), "cc-error-line".into())),
            }
        }
        if e.is_empty() {
            Ok(NoteInput { texts, lines })
        } else {
            e.dedup();
            Err(e)
        }
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct EligibilityForm {
    pub branch_in_commune: Option<String>,
    pub activity_related: Option<String>,
    pub documents_complete: Option<String>,
}

impl EligibilityForm {
    pub fn checklist(&self) -> Checklist {
        Checklist {
            branch_in_commune: self.branch_in_commune.is_some(),
            activity_related: self.activity_related.is_some(),
            documents_complete: self.documents_complete.is_some(),
        }
    }
}

/// An evaluator's sheet: `criterion` and `score` repeated in the same order (a blank score
/// is a missing score), a comment, and `submit` to submit rather than save.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ScoreForm {
    pub criterion: Vec<String>,
    pub score: Vec<String>,
    pub comment: String,
    pub submit: Option<String>,
}

impl ScoreForm {
    pub fn input(&self) -> Result<ScoresInput, FieldErrors> {
        Ok(ScoresInput {
            given: self.scores()?,
            comment: self.comment.clone(),
            submit: self.submit.is_some(),
        })
    }

    fn scores(&self) -> Result<Vec<(i64, Option<i32>)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut out = Vec::new();
        for (i, c) in self.criterion.iter().enumerate() {
            let Ok(id) = c.trim().parse::<i64>() else {
                e.push(("scores".into(), "field-number".into()));
                continue;
            };
            let s = self.score.get(i).map(|s| s.trim()).unwrap_or("");
            if s.is_empty() {
                out.push((id, None));
            } else {
                match s.parse::<i32>() {
                    Ok(v) => out.push((id, Some(v))),
                    Err(_) => e.push((format!("score_{id}"), "cc-error-score".into())),
                }
            }
        }
        if e.is_empty() {
            Ok(out)
        } else {
            Err(e)
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct AgreementForm {
    pub signed_on: String,
    pub tranche_amount: Vec<String>,
    pub tranche_condition: Vec<String>,
    pub tranche_due: Vec<String>,
}

impl AgreementForm {
    pub fn input(&self) -> Result<AgreementInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let signed = parse_date(&self.signed_on, "signed_on", true, &mut e);
        let mut out = Vec::new();
        for (i, amount) in self.tranche_amount.iter().enumerate() {
            let cond = self.tranche_condition.get(i).cloned().unwrap_or_default();
            let due = self.tranche_due.get(i).cloned().unwrap_or_default();
            if amount.trim().is_empty() && cond.trim().is_empty() && due.trim().is_empty() {
                continue;
            }
            let a = money(amount, "tranches", &mut e);
            let d = parse_date(&due, "tranches", true, &mut e);
            if let (Some(a), Some(d)) = (a, d) {
                out.push(TrancheInput {
                    amount: a,
                    condition: cond,
                    report_due_on: d,
                });
            }
        }
        match signed {
            Some(signed_on) if e.is_empty() => Ok(AgreementInput {
                signed_on,
                tranches: out,
            }),
            _ => {
                e.dedup();
                Err(e)
            }
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ReportForm {
    pub narrative: String,
    pub line_id: Vec<String>,
    pub spent: Vec<String>,
}

impl ReportForm {
    pub fn spent(&self) -> Result<Vec<(i64, Money)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut out = Vec::new();
        for (i, id) in self.line_id.iter().enumerate() {
            let s = self.spent.get(i).map(|s| s.trim()).unwrap_or("");
            if s.is_empty() {
                continue;
            }
            match (id.trim().parse::<i64>(), Money::parse(s)) {
                (Ok(id), Some(m)) => out.push((id, m)),
                _ => e.push(("spent".into(), "field-number".into())),
            }
        }
        if e.is_empty() {
            Ok(out)
        } else {
            e.dedup();
            Err(e)
        }
    }
}
