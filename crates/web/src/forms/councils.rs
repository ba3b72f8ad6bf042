//! Posted forms of the council area and of the working-day calendar, typed, each turning
//! into its service input or field errors (`Vec<(field, fluent-id)>`).

use super::{parse_date, parse_number, require_text};
use crate::views::form::FieldErrors;
use chrono::NaiveDate;
use musharaka_core::calendar::MovableHoliday;
use musharaka_core::{Error, ErrorKind, Page, Result};
use musharaka_councils::records::parse;
use musharaka_councils::service::public::OUTCOMES;
use musharaka_councils::service::{ClosedSittingVote, NewSitting, VoteEntry};
use musharaka_councils::store::RegisterFilter;
use musharaka_councils::{
    service, Ballot, ClosedSittingRequester, Convocation, ExtraordinaryTrigger, ItemSource, Matter,
    Publicity, Reasons, SessionKind, VoteChoice, VoteCounts,
};
use serde::Deserialize;

/// The register's query string. Empty fields (as a form sends them) mean "any"; the page
/// is clamped (no error for a huge or negative one).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegisterQuery {
    pub q: Option<String>,
    pub year: Option<String>,
    pub committee: Option<String>,
    pub outcome: Option<String>,
    pub page: Page,
}

fn filled(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn number<T: std::str::FromStr>(v: &Option<String>) -> Result<Option<T>> {
    filled(v)
        .map(|s| {
            s.parse::<T>()
                .map_err(|_| Error::new(ErrorKind::InvalidInput))
        })
        .transpose()
}

impl RegisterQuery {
    /// The filter for the register; a malformed number or an unknown outcome is a bad
    /// request.
    pub fn filter(&self) -> Result<RegisterFilter> {
        let outcome = filled(&self.outcome).map(str::to_string);
        if outcome.as_deref().is_some_and(|o| !OUTCOMES.contains(&o)) {
            return Err(ErrorKind::InvalidInput.into());
        }
        Ok(RegisterFilter {
            words: filled(&self.q).map(str::to_string),
            year: number(&self.year)?,
            committee_id: number(&self.committee)?,
            outcome,
        })
    }
}

/// A new session as the secretariat enters it.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct SessionForm {
    pub kind: String,
    pub trigger: String,
    pub trigger_note: String,
    pub starts_on: String,
    pub ends_on: String,
    pub place: String,
    /// Arts. 36–37: the day a request for an extraordinary session reached the president.
    pub requested_on: String,
    /// Art. 36: how many members signed it.
    pub requesting_members: String,
}

impl SessionForm {
    /// Arts. 36–37: the recorded request, when its day is given (blank: none).
    pub fn request(
        &self,
        errors: &mut FieldErrors,
    ) -> Option<musharaka_councils::rules::ExtraordinaryRequest> {
        let on = parse_date(&self.requested_on, "requested_on", false, errors)?;
        let n = match self.requesting_members.trim() {
            "" => Some(0),
            v => parse_number::<u32>(v, "requesting_members", errors),
        }?;
        Some(musharaka_councils::rules::ExtraordinaryRequest {
            requested_on: on,
            requesting_members: n,
        })
    }

    pub fn kind(
        &self,
        starts_on: Option<chrono::NaiveDate>,
        errors: &mut FieldErrors,
    ) -> Option<SessionKind> {
        match self.kind.as_str() {
            "ordinary" => {
                let month = starts_on.and_then(service::ordinary_month_of);
                if month.is_none() && starts_on.is_some() {
                    errors.push(("starts_on".into(), "council-error-ordinary-start".into()));
                }
                month.map(SessionKind::Ordinary)
            }
            "extraordinary" => match parse::<ExtraordinaryTrigger>(&self.trigger) {
                Some(t) => Some(SessionKind::Extraordinary(t)),
                None => {
                    errors.push(("trigger".into(), "field-choice".into()));
                    None
                }
            },
            _ => {
                errors.push(("kind".into(), "field-choice".into()));
                None
            }
        }
    }
}

#[derive(Deserialize)]
pub struct ExtendForm {
    #[serde(default)]
    pub extended_until: String,
}

#[derive(Deserialize)]
pub struct EventForm {
    #[serde(default)]
    pub event: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ItemForm {
    pub title_ar: String,
    pub title_fr: String,
    pub summary: String,
    pub committee: String,
    pub matter: String,
    pub source: String,
    /// How many members asked for the item (art. 40), when the source is members.
    pub requesters: String,
}

impl ItemForm {
    /// The matter, the source (president, members, governor), the committee id and the
    /// number of requesting members (art. 40), or the fields in error.
    pub fn parse(&self) -> std::result::Result<ItemChoices, FieldErrors> {
        let mut errors = FieldErrors::new();
        require_text(&self.title_ar, "title_ar", 500, &mut errors);
        require_text(&self.title_fr, "title_fr", 500, &mut errors);
        let matter = parse::<Matter>(&self.matter);
        let source = parse::<ItemSource>(&self.source).filter(|s| {
            matches!(
                s,
                ItemSource::President | ItemSource::Members | ItemSource::Governor
            )
        });
        let committee = match self.committee.as_str() {
            "" => None,
            s => parse_number::<i64>(s, "committee", &mut errors),
        };
        if matter.is_none() {
            errors.push(("matter".into(), "field-choice".into()));
        }
        if source.is_none() {
            errors.push(("source".into(), "field-choice".into()));
        }
        let requesters = self.requesters(source, &mut errors);
        match (matter, source) {
            (Some(matter), Some(source)) if errors.is_empty() => Ok(ItemChoices {
                matter,
                source,
                committee,
                requesters,
            }),
            _ => Err(errors),
        }
    }

    /// The number of requesting members, read only for an item asked for by members.
    pub fn requesters(&self, source: Option<ItemSource>, errors: &mut FieldErrors) -> Option<u32> {
        match (source, self.requesters.trim()) {
            (Some(ItemSource::Members), "") => {
                errors.push(("requesters".into(), "field-required".into()));
                None
            }
            (Some(ItemSource::Members), n) => parse_number::<u32>(n, "requesters", errors),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
pub struct ReasonsForm {
    #[serde(default)]
    pub reasons: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SittingForm {
    pub date: String,
    pub time: String,
    pub convocation: String,
    pub closed: Option<String>,
    pub requester: String,
    pub closed_reasons: String,
    /// Art. 48: members who asked (a third of members) and the council's vote on the
    /// request, without debate.
    pub closed_requesting: String,
    pub closed_in_favour: String,
    pub closed_against: String,
    pub closed_abstain: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TextsForm {
    pub text_ar: String,
    pub text_fr: String,
}

#[derive(Deserialize)]
pub struct SignForm {
    #[serde(default)]
    pub who: String,
}

impl From<TextsForm> for crate::views::councils::admin::Texts {
    fn from(f: TextsForm) -> Self {
        crate::views::councils::admin::Texts {
            ar: f.text_ar,
            fr: f.text_fr,
        }
    }
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    pub report: String,
    /// The permanent committee the item is referred to (art. 28); blank keeps the item's.
    #[serde(default)]
    pub committee: Option<String>,
}

impl ReportForm {
    /// The committee chosen, none when blank; a malformed id is a bad request.
    pub fn committee(&self) -> Result<Option<i64>> {
        number(&self.committee)
    }
}

/// A vote on an item: `mode=counts` with `in_favour`, `against`, `abstain` (and the
/// president's vote for a tie), or one `vote_<member id>` field per member.
#[derive(Deserialize, Default)]
#[serde(transparent)]
pub struct VoteForm(pub std::collections::HashMap<String, String>);

impl VoteForm {
    fn field(&self, k: &str) -> &str {
        self.0.get(k).map(String::as_str).unwrap_or_default()
    }

    /// The ballot and the entry for `service::record_vote`, or the fields in error.
    pub fn parse(&self) -> std::result::Result<(Ballot, VoteEntry), FieldErrors> {
        let mut errors = FieldErrors::new();
        let ballot = parse::<Ballot>(self.field("ballot")).unwrap_or(Ballot::First);
        let entry = if self.field("mode") == "counts" {
            let mut n = |k: &str| parse_number::<u32>(self.field(k), k, &mut errors);
            let counts = (n("in_favour"), n("against"), n("abstain"));
            // Art. 43: the president's vote decides a tie; a value that is not a vote is an
            // error, never silently dropped.
            let president_vote = match self.field("president_vote") {
                "" => None,
                value => {
                    let choice = parse::<VoteChoice>(value);
                    if choice.is_none() {
                        errors.push(("president_vote".into(), "field-choice".into()));
                    }
                    choice
                }
            };
            match counts {
                (Some(in_favour), Some(against), Some(abstain)) => Some(VoteEntry::Counts {
                    counts: VoteCounts {
                        in_favour,
                        against,
                        abstain,
                    },
                    president_vote,
                }),
                _ => None,
            }
        } else {
            let mut votes = Vec::new();
            for (k, value) in &self.0 {
                let member = k.strip_prefix("vote_").and_then(|m| m.parse::<i64>().ok());
                if let Some(member) = member {
                    match parse::<VoteChoice>(value) {
                        Some(choice) => votes.push((member, choice)),
                        None if value.is_empty() => {}
                        None => errors.push((k.clone(), "field-choice".into())),
                    }
                }
            }
            votes.sort_by_key(|(m, _)| *m);
            Some(VoteEntry::PerMember(votes))
        };
        match entry {
            Some(entry) if errors.is_empty() => Ok((ballot, entry)),
            _ => {
                if errors.is_empty() {
                    errors.push(("in_favour".into(), "council-error-counts".into()));
                }
                Err(errors)
            }
        }
    }
}

impl SittingForm {
    /// Art. 48: the council's vote on a request to sit closed, when its counts are given
    /// (all blank: none; the service then says whether one was needed).
    pub fn closed_vote(&self) -> std::result::Result<Option<ClosedSittingVote>, FieldErrors> {
        let fields = [
            &self.closed_requesting,
            &self.closed_in_favour,
            &self.closed_against,
            &self.closed_abstain,
        ];
        if self.closed.is_none() || fields.iter().all(|f| f.trim().is_empty()) {
            return Ok(None);
        }
        let mut errors = FieldErrors::new();
        let mut n = |v: &str, k: &str| match v.trim() {
            "" => Some(0),
            v => parse_number::<u32>(v, k, &mut errors),
        };
        let requesting = n(&self.closed_requesting, "closed_requesting");
        let counts = (
            n(&self.closed_in_favour, "closed_in_favour"),
            n(&self.closed_against, "closed_against"),
            n(&self.closed_abstain, "closed_abstain"),
        );
        match (requesting, counts) {
            (Some(requesting_members), (Some(in_favour), Some(against), Some(abstain)))
                if errors.is_empty() =>
            {
                Ok(Some(ClosedSittingVote {
                    requesting_members,
                    counts: VoteCounts {
                        in_favour,
                        against,
                        abstain,
                    },
                }))
            }
            _ => Err(errors),
        }
    }

    /// The sitting to plan (its Casablanca date and time as UTC), or the fields in error.
    pub fn parse(&self) -> std::result::Result<NewSitting, FieldErrors> {
        let mut errors = FieldErrors::new();
        let date = parse_date(&self.date, "date", true, &mut errors);
        let time = chrono::NaiveTime::parse_from_str(self.time.trim(), "%H:%M")
            .map_err(|_| errors.push(("time".into(), "field-date".into())))
            .ok();
        let convocation = parse::<Convocation>(&self.convocation);
        if convocation.is_none() {
            errors.push(("convocation".into(), "field-choice".into()));
        }
        let publicity = if self.closed.is_some() {
            let requester = parse::<ClosedSittingRequester>(&self.requester);
            let reasons = Reasons::new(self.closed_reasons.clone()).ok();
            if requester.is_none() {
                errors.push(("requester".into(), "field-choice".into()));
            }
            if reasons.is_none() {
                errors.push(("closed_reasons".into(), "field-required".into()));
            }
            requester
                .zip(reasons)
                .map(|(requester, reasons)| Publicity::Closed { requester, reasons })
        } else {
            Some(Publicity::Public)
        };
        match (date, time, convocation, publicity) {
            (Some(date), Some(time), Some(convocation), Some(publicity)) if errors.is_empty() => {
                Ok(NewSitting {
                    // The form's time is Casablanca time; the database keeps UTC.
                    starts_at: musharaka_core::time::casablanca_to_utc(chrono::NaiveDateTime::new(
                        date, time,
                    )),
                    convocation,
                    publicity,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The choices of an [`ItemForm`], checked.
pub struct ItemChoices {
    pub matter: Matter,
    pub source: ItemSource,
    pub committee: Option<i64>,
    pub requesters: Option<u32>,
}

/// A movable holiday entered by the platform admin.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct HolidayForm {
    pub day: String,
    pub kind: String,
}

impl HolidayForm {
    pub fn parse(&self) -> Result<(NaiveDate, MovableHoliday), FieldErrors> {
        let mut errors = FieldErrors::new();
        let day = parse_date(&self.day, "day", true, &mut errors);
        let kind = MovableHoliday::from_key(self.kind.trim());
        if kind.is_none() {
            errors.push(("kind".into(), "field-required".into()));
        }
        match (day, kind) {
            (Some(d), Some(k)) if errors.is_empty() => Ok((d, k)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holiday_form_collects_field_errors() {
        let bad = HolidayForm {
            day: "2027-02-30".into(),
            kind: "christmas".into(),
        };
        let errs = bad.parse().err().unwrap_or_default();
        let fields: Vec<_> = errs.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, vec!["day", "kind"]);
        let good = HolidayForm {
            day: "2027-03-10".into(),
            kind: "eid-al-fitr".into(),
        };
        assert!(good.parse().is_ok());
    }

    fn vote(pairs: &[(&str, &str)]) -> VoteForm {
        VoteForm(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn vote_form_reads_members_or_counts() {
        let per_member = vote(&[
            ("vote_7", "against"),
            ("vote_3", "in_favour"),
            ("vote_9", ""),
        ]);
        match per_member.parse() {
            Ok((Ballot::First, VoteEntry::PerMember(v))) => {
                assert_eq!(v, vec![(3, VoteChoice::InFavour), (7, VoteChoice::Against)]);
            }
            _ => panic!("per-member vote not read"),
        }
        let bad = vote(&[("vote_3", "maybe")])
            .parse()
            .err()
            .unwrap_or_default();
        assert_eq!(
            bad,
            vec![("vote_3".to_string(), "field-choice".to_string())]
        );
        let counts = vote(&[
            ("mode", "counts"),
            ("in_favour", "5"),
            ("against", "x"),
            ("abstain", "1"),
        ]);
        let errs = counts.parse().err().unwrap_or_default();
        assert_eq!(
            errs,
            vec![("against".to_string(), "field-number".to_string())]
        );
    }
}

/// Art. 36: a members' request for an extraordinary session, as received.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct SessionRequestForm {
    pub requested_on: String,
    pub requesting_members: String,
    pub points: String,
}

impl SessionRequestForm {
    /// The day the request was received and how many members signed it, or the fields to
    /// mark.
    pub fn received(&self) -> std::result::Result<(NaiveDate, u32), FieldErrors> {
        let mut errors = FieldErrors::new();
        let requested_on = parse_date(&self.requested_on, "requested_on", true, &mut errors);
        let requesting = self.requesting_members.trim().parse::<u32>().ok();
        if requesting.is_none() {
            errors.push((
                "requesting_members".into(),
                "council-error-request-count".into(),
            ));
        }
        match (requested_on, requesting, errors.is_empty()) {
            (Some(on), Some(n), true) => Ok((on, n)),
            _ => Err(errors),
        }
    }
}

/// Art. 41: the governor's objection to an item, as received.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ObjectionForm {
    pub received_on: String,
    pub objection_reasons: String,
    pub in_court: Option<String>,
}

/// Art. 41: the administrative court's ruling (`upheld` or `dismissed`).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RulingForm {
    pub ruling: String,
}

/// Art. 46: a member's written question, as received.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct QuestionForm {
    pub member: String,
    pub question_received_on: String,
    pub question: String,
}

impl QuestionForm {
    /// The member who asked and the day the president received the question, or the
    /// fields to mark.
    pub fn received(&self) -> std::result::Result<(i64, NaiveDate), FieldErrors> {
        let mut errors = FieldErrors::new();
        let received_on = parse_date(
            &self.question_received_on,
            "question_received_on",
            true,
            &mut errors,
        );
        let member = self.member.trim().parse::<i64>().ok();
        if member.is_none() {
            errors.push(("member".into(), "field-choice".into()));
        }
        match (received_on, member) {
            (Some(on), Some(member)) => Ok((member, on)),
            _ => Err(errors),
        }
    }
}

/// Art. 46: the president's answer and the day of its sitting.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    pub answer: String,
    pub answered_on: String,
}

impl AnswerForm {
    /// The day of the sitting the answer was given at (the field is named per question,
    /// as the dashboard lists several), or the field to mark.
    pub fn answered_on(&self, question_id: i64) -> std::result::Result<NaiveDate, FieldErrors> {
        let mut errors = FieldErrors::new();
        let field = format!("answered_on-{question_id}");
        parse_date(&self.answered_on, &field, true, &mut errors).ok_or(errors)
    }
}

/// Art. 28: the council's decision without debate on an item its committee did not study:
/// the day it was taken and the counts of its vote.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StudyDecisionForm {
    pub decided_on: String,
    pub in_favour: String,
    pub against: String,
    pub abstain: String,
}

impl StudyDecisionForm {
    /// The day and the counts, or the fields to mark (named per item, as the session page
    /// lists several).
    pub fn parse(
        &self,
        item_id: musharaka_councils::ItemId,
    ) -> std::result::Result<(NaiveDate, VoteCounts), FieldErrors> {
        let mut errors = FieldErrors::new();
        let on = parse_date(
            &self.decided_on,
            &format!("decided_on-{item_id}"),
            true,
            &mut errors,
        );
        let mut n =
            |v: &str, k: &str| parse_number::<u32>(v, &format!("study_{k}-{item_id}"), &mut errors);
        let counts = (
            n(&self.in_favour, "in_favour"),
            n(&self.against, "against"),
            n(&self.abstain, "abstain"),
        );
        match (on, counts) {
            (Some(on), (Some(in_favour), Some(against), Some(abstain))) if errors.is_empty() => {
                Ok((
                    on,
                    VoteCounts {
                        in_favour,
                        against,
                        abstain,
                    },
                ))
            }
            _ => Err(errors),
        }
    }
}
