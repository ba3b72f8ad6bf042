//! The law on petitions to the commune council (organic law 113.14, arts. 121–125; decree
//! 2.16.403; law 09.08 for signers' personal data) as pure functions.
//!
//! Each function cites its article and states its reading of the text. Conditions are
//! returned as lists of what is unmet, never as a bare `bool`, so that the bureau and the
//! petitioners see exactly what is missing. Periods of months and years all use one reading:
//! the same day N months later, or the last day of a shorter month
//! ([`musharaka_core::calendar::plus_months`]).

use chrono::NaiveDate;
use musharaka_core::calendar::{minus_days, next_day, plus_months};
use musharaka_councils::{next_open_ordinary_session, NextOrdinarySession, WorkingCalendar};
use serde::{Deserialize, Serialize};
use thiserror::Error;

// ---------------------------------------------------------------------------------------
// Signature threshold (art. 123)
// ---------------------------------------------------------------------------------------

/// Art. 123: population from which the threshold is 200 instead of 100.
pub const SMALL_COMMUNE_POPULATION: u32 = 35_000;
/// Art. 123: signatures needed in a commune under 35,000 inhabitants.
pub const SMALL_COMMUNE_SIGNATURES: u32 = 100;
/// Art. 123: signatures needed in other communes.
pub const OTHER_COMMUNE_SIGNATURES: u32 = 200;
/// Art. 123: signatures needed in a commune with arrondissements (نظام المقاطعات).
pub const ARRONDISSEMENTS_SIGNATURES: u32 = 400;

/// Art. 123: the minimum number of citizen signatories — 100 in a commune "whose population
/// is under 35,000", 200 in other communes, 400 in communes with arrondissements. A commune
/// of exactly 35,000 is not under 35,000, so it needs 200. The service freezes the result at
/// deposit.
pub fn signature_threshold(population: u32, has_arrondissements: bool) -> u32 {
    if has_arrondissements {
        ARRONDISSEMENTS_SIGNATURES
    } else if population < SMALL_COMMUNE_POPULATION {
        SMALL_COMMUNE_SIGNATURES
    } else {
        OTHER_COMMUNE_SIGNATURES
    }
}

/// Why a petition cannot be deposited yet.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum DepositError {
    #[error("not enough valid signatures (art. 123)")]
    NotEnoughSignatures { valid: u32, needed: u32 },
    #[error("the association's file is incomplete (art. 124, decree 2.16.403 art. 4)")]
    AssociationFileIncomplete { unmet: Vec<AssociationCondition> },
}

/// Art. 123: a citizens' petition may be deposited once its valid signatures (online and
/// paper together) reach the threshold.
pub fn check_citizens_deposit(valid_signatures: u32, threshold: u32) -> Result<(), DepositError> {
    if valid_signatures >= threshold {
        Ok(())
    } else {
        Err(DepositError::NotEnoughSignatures {
            valid: valid_signatures,
            needed: threshold,
        })
    }
}

// ---------------------------------------------------------------------------------------
// Associations (art. 124; decree 2.16.403 art. 4)
// ---------------------------------------------------------------------------------------

/// What is known about an association filing a petition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssociationFile {
    /// Date the association was legally constituted in Morocco.
    pub founded_on: NaiveDate,
    /// Its seat or one of its branches is in the commune.
    pub seat_or_branch_in_commune: bool,
    /// Copy of the final registration receipt (الوصل النهائي) or equivalent proof.
    pub has_final_receipt: bool,
    /// Copy of the statutes (النظام الأساسي).
    pub has_statutes: bool,
    /// Proof of the powers of the person following the procedure.
    pub has_mandate: bool,
    /// Confirmed by the bureau: its activity relates to the petition's subject.
    pub activity_related_to_subject: bool,
    /// Confirmed by the bureau: it works by democratic principles and its statutes.
    pub democratic_and_statutory_operation: bool,
    /// Confirmed by the bureau: it is in good standing with laws and regulations.
    pub in_good_standing: bool,
}

/// A condition of art. 124 or decree 2.16.403 art. 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "condition")]
pub enum AssociationCondition {
    /// Art. 124: constituted for more than 3 years; first eligible on `eligible_from`.
    FoundedMoreThanThreeYears { eligible_from: NaiveDate },
    /// Art. 124: seat or branch in the commune.
    SeatOrBranchInCommune,
    /// Decree art. 4: final receipt.
    FinalReceipt,
    /// Decree art. 4: statutes.
    Statutes,
    /// Decree art. 4: mandate of the person following the procedure.
    Mandate,
    /// Art. 124: activity related to the subject (the bureau confirms).
    ActivityRelatedToSubject,
    /// Art. 124: democratic operation per its statutes (the bureau confirms).
    DemocraticOperation,
    /// Art. 124: good standing (the bureau confirms).
    GoodStanding,
}

impl AssociationCondition {
    /// Whether only the bureau can establish it (otherwise the file shows it at deposit).
    pub fn confirmed_by_bureau(self) -> bool {
        matches!(
            self,
            Self::ActivityRelatedToSubject | Self::DemocraticOperation | Self::GoodStanding
        )
    }

    /// Whether the association must show it before it can deposit. Not the bureau's own
    /// findings; nor the mandate: the platform does not know who the association's legal
    /// representative is (who needs no mandate), so a missing mandate is left to the
    /// bureau, which sees it among the unmet conditions of the file.
    pub fn blocks_deposit(self) -> bool {
        !self.confirmed_by_bureau() && self != Self::Mandate
    }

    /// A stable key (for messages).
    pub fn key(self) -> &'static str {
        match self {
            Self::FoundedMoreThanThreeYears { .. } => "founded_more_than_three_years",
            Self::SeatOrBranchInCommune => "seat_or_branch_in_commune",
            Self::FinalReceipt => "final_receipt",
            Self::Statutes => "statutes",
            Self::Mandate => "mandate",
            Self::ActivityRelatedToSubject => "activity_related_to_subject",
            Self::DemocraticOperation => "democratic_operation",
            Self::GoodStanding => "good_standing",
        }
    }
}

/// Art. 124: the first filing date on which an association founded on `founded_on` has
/// existed "for more than 3 years". Reading: on the third anniversary it has existed exactly
/// 3 years, which is not more; the day after, it has. (Founded on 29 February, the
/// anniversary in a common year is 28 February.)
pub fn association_eligible_from(founded_on: NaiveDate) -> NaiveDate {
    next_day(plus_months(founded_on, 36))
}

/// Art. 124 and decree 2.16.403 art. 4: every condition the association does not meet on
/// `filed_on`, in the order of the law (empty: all met).
pub fn association_unmet_conditions(
    file: &AssociationFile,
    filed_on: NaiveDate,
) -> Vec<AssociationCondition> {
    use AssociationCondition as C;
    let eligible_from = association_eligible_from(file.founded_on);
    unmet([
        (
            filed_on >= eligible_from,
            C::FoundedMoreThanThreeYears { eligible_from },
        ),
        (file.seat_or_branch_in_commune, C::SeatOrBranchInCommune),
        (
            file.activity_related_to_subject,
            C::ActivityRelatedToSubject,
        ),
        (
            file.democratic_and_statutory_operation,
            C::DemocraticOperation,
        ),
        (file.in_good_standing, C::GoodStanding),
        (file.has_final_receipt, C::FinalReceipt),
        (file.has_statutes, C::Statutes),
        (file.has_mandate, C::Mandate),
    ])
}

/// Art. 124: the association has "its seat or a branch in the commune". The seat is the one
/// on its file verified by its seat commune; a branch is declared for the petition with its
/// address in the commune (the bureau checks it with the rest of the file). An association
/// seated elsewhere with no branch declared here cannot file.
pub fn seat_or_branch_in_commune(
    seat_commune_id: i64,
    commune_id: i64,
    branch_address: Option<&str>,
) -> bool {
    seat_commune_id == commune_id || branch_address.is_some_and(|a| !a.trim().is_empty())
}

/// What the platform knows of an association's final registration receipt (الوصل النهائي).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FinalReceipt<'a> {
    /// The association's file was verified by the commune of its seat.
    pub file_verified: bool,
    /// The final receipt's number declared on that file.
    pub number: &'a str,
    /// The final receipt's date declared on that file.
    pub dated: NaiveDate,
    /// The association's founding date.
    pub founded_on: NaiveDate,
}

/// Decree 2.16.403 art. 4: an association's petition comes with its final registration
/// receipt. Reading: shown when the association declared the receipt's number and date on
/// its file and a commune verified that file, and the receipt existed on the filing day
/// (dated on or after the founding and on or before `filed_on`). A copy can be uploaded
/// with the petition for the bureau, who checks it against the declaration. A missing
/// number, an unverified file or a receipt dated after the filing does not show it.
pub fn final_receipt_shown(r: &FinalReceipt<'_>, filed_on: NaiveDate) -> bool {
    r.file_verified && !r.number.trim().is_empty() && r.founded_on <= r.dated && r.dated <= filed_on
}

/// Art. 124, decree art. 4: an association may deposit when every condition it can show
/// itself is met (age, seat, receipt, statutes); the bureau confirms the rest during review,
/// and sees a missing mandate there (see [`AssociationCondition::blocks_deposit`]).
pub fn check_association_deposit(
    file: &AssociationFile,
    filed_on: NaiveDate,
) -> Result<(), DepositError> {
    let unmet: Vec<_> = association_unmet_conditions(file, filed_on)
        .into_iter()
        .filter(|c| c.blocks_deposit())
        .collect();
    if unmet.is_empty() {
        Ok(())
    } else {
        Err(DepositError::AssociationFileIncomplete { unmet })
    }
}

// ---------------------------------------------------------------------------------------
// Signers (art. 123)
// ---------------------------------------------------------------------------------------

/// Art. 123 (electoral-roll conditions): the age of majority for signing.
pub const ADULT_AGE_YEARS: u32 = 18;

/// How a signer is connected to the commune (art. 123).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommuneTie {
    /// Lives in the commune.
    Residence,
    /// Carries on an economic, commercial or professional activity there.
    Activity,
}

/// What a signer states when signing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignerFacts {
    pub birth_date: NaiveDate,
    pub signed_on: NaiveDate,
    /// `None` if the signer declared neither residence nor activity.
    pub tie: Option<CommuneTie>,
    /// Ticked: "I am Moroccan and meet the conditions for registration on the electoral
    /// rolls."
    pub declares_electoral_conditions: bool,
    /// Ticked: "I share a direct common interest in this petition."
    pub declares_common_interest: bool,
}

/// A condition of art. 123 a signer does not meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "condition")]
pub enum SignerCondition {
    /// Under 18 on the signing date; may sign from `adult_from`.
    Adult {
        adult_from: NaiveDate,
    },
    ResidenceOrActivityInCommune,
    ElectoralConditionsDeclared,
    CommonInterestDeclared,
}

/// Art. 123: the day a person born on `birth_date` turns 18 (29 February → 28 February in
/// a common year, the crate's single reading of "N years later").
pub fn adult_from(birth_date: NaiveDate) -> NaiveDate {
    plus_months(birth_date, ADULT_AGE_YEARS * 12)
}

/// Art. 123: adult on `on` — the 18th birthday is on or before that day.
pub fn is_adult_on(birth_date: NaiveDate, on: NaiveDate) -> bool {
    adult_from(birth_date) <= on
}

/// Art. 123: every condition the signer does not meet (empty: may sign). Nationality and
/// civic rights are covered by the declaration of electoral conditions: the platform checks
/// eligibility, not registration on the rolls.
pub fn signer_unmet_conditions(facts: &SignerFacts) -> Vec<SignerCondition> {
    use SignerCondition as C;
    let adult_from = adult_from(facts.birth_date);
    [
        (facts.signed_on >= adult_from, C::Adult { adult_from }),
        (facts.tie.is_some(), C::ResidenceOrActivityInCommune),
        (
            facts.declares_electoral_conditions,
            C::ElectoralConditionsDeclared,
        ),
        (facts.declares_common_interest, C::CommonInterestDeclared),
    ]
    .into_iter()
    .filter_map(|(met, condition)| (!met).then_some(condition))
    .collect()
}

// ---------------------------------------------------------------------------------------
// National identity card number (decree 2.16.403 art. 3)
// ---------------------------------------------------------------------------------------

pub use musharaka_identity::cin::{Cin, CinError, CIN_MAX_DIGITS, CIN_MAX_LETTERS};

// ---------------------------------------------------------------------------------------
// Bureau review (arts. 121, 123–125; decree 2.16.403)
// ---------------------------------------------------------------------------------------

/// The decree's form fields a petition must fill (decree 2.16.403, annex).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormField {
    Subject,
    ReasonsAndObjectives,
    /// Art. 121: the item the council is asked to put on its agenda.
    RequestedItem,
}

/// Decree 2.16.403 annex and art. 121: the fields left blank (empty: form complete). The
/// council concerned, the date and the petitioners' identities come from the platform.
pub fn missing_form_fields(
    subject: &str,
    reasons_and_objectives: &str,
    requested_item: &str,
) -> Vec<FormField> {
    [
        (subject, FormField::Subject),
        (reasons_and_objectives, FormField::ReasonsAndObjectives),
        (requested_item, FormField::RequestedItem),
    ]
    .into_iter()
    .filter_map(|(text, field)| text.trim().is_empty().then_some(field))
    .collect()
}

/// The bureau's checklist (art. 125: the bureau checks the conditions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BureauChecklist {
    /// Art. 121: the item is within the council's powers.
    pub within_council_powers: bool,
    /// Art. 121: the subject does not touch the constants of article 1 of the Constitution.
    pub respects_constitution_article_1: bool,
    /// Art. 123 (signers and threshold) or art. 124 (association), as the case may be.
    pub petitioners_conditions_met: bool,
    /// Decree 2.16.403: form and supporting documents complete.
    pub form_and_documents_complete: bool,
}

/// A failed item of the bureau's checklist — what a reasoned rejection refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BureauCondition {
    WithinCouncilPowers,
    RespectsConstitutionArticle1,
    PetitionersConditions,
    FormAndDocuments,
}

/// Arts. 121, 123–125: the checklist items that fail (empty: the bureau may accept).
pub fn bureau_unmet_conditions(checklist: &BureauChecklist) -> Vec<BureauCondition> {
    use BureauCondition as C;
    unmet([
        (checklist.within_council_powers, C::WithinCouncilPowers),
        (
            checklist.respects_constitution_article_1,
            C::RespectsConstitutionArticle1,
        ),
        (
            checklist.petitioners_conditions_met,
            C::PetitionersConditions,
        ),
        (checklist.form_and_documents_complete, C::FormAndDocuments),
    ])
}

// ---------------------------------------------------------------------------------------
// Review deadline (art. 125)
// ---------------------------------------------------------------------------------------

/// Art. 125: months the president has to notify a reasoned rejection.
pub const REVIEW_MONTHS: u32 = 3;

/// Art. 125: the last day to notify a reasoned rejection — 3 calendar months after the
/// receipt date (30 November → 28 or 29 February). The law sets this period for rejections;
/// the platform uses it as the bureau's review deadline for either decision.
pub fn review_deadline(received_on: NaiveDate) -> NaiveDate {
    plus_months(received_on, REVIEW_MONTHS)
}

/// The review clock as seen on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewClock {
    pub deadline: NaiveDate,
    /// Days from today to the deadline (0 on the deadline day; negative once overdue).
    pub days_left: i64,
    /// The deadline day is over without a decision (shown publicly).
    pub overdue: bool,
}

/// Art. 125: deadline, days left and overdue flag on `today` for a petition received on
/// `received_on` and not yet decided by the bureau.
pub fn review_clock(received_on: NaiveDate, today: NaiveDate) -> ReviewClock {
    let deadline = review_deadline(received_on);
    let days_left = (deadline - today).num_days();
    ReviewClock {
        deadline,
        days_left,
        overdue: review_overdue(deadline, today),
    }
}

/// Art. 125: the bureau's review is overdue once its deadline has passed (the deadline day
/// itself is still in time).
pub fn review_overdue(deadline: NaiveDate, today: NaiveDate) -> bool {
    deadline < today
}

/// A reminder to the bureau before the review deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reminder {
    ThirtyDaysBefore,
    SevenDaysBefore,
}

impl Reminder {
    pub const ALL: [Reminder; 2] = [Self::ThirtyDaysBefore, Self::SevenDaysBefore];

    pub fn days_before(self) -> u64 {
        match self {
            Self::ThirtyDaysBefore => 30,
            Self::SevenDaysBefore => 7,
        }
    }
}

/// Art. 125: the days the bureau is reminded (30 and 7 days before the deadline), for the
/// jobs queue.
pub fn reminder_dates(received_on: NaiveDate) -> [(Reminder, NaiveDate); 2] {
    let deadline = review_deadline(received_on);
    Reminder::ALL.map(|r| (r, minus_days(deadline, r.days_before())))
}

/// Art. 125: the reminder due exactly on `today`, if any.
pub fn reminder_due_on(received_on: NaiveDate, today: NaiveDate) -> Option<Reminder> {
    reminder_dates(received_on)
        .into_iter()
        .find_map(|(r, date)| (date == today).then_some(r))
}

// ---------------------------------------------------------------------------------------
// Agenda of an accepted petition (arts. 38, 125)
// ---------------------------------------------------------------------------------------

/// Art. 125: an accepted petition "is referred to the competent permanent committee or
/// committees for study before the council deliberates" (وتحال إلى اللجنة أو اللجان الدائمة
/// المختصة): the bureau names the committee when it accepts (a rejection needs none).
pub fn referral_complete(accepted: bool, committee_id: Option<i64>) -> bool {
    !accepted || committee_id.is_some()
}

/// Arts. 38 and 125: an accepted petition is put on the agenda of the next ordinary session
/// and referred to the competent committee. The agenda must reach the governor at least 20
/// days before the session, so the session is the first whose agenda is still open on the
/// day of the bureau's acceptance; the answer explains the choice (including a nearer
/// session whose agenda had already closed). `planned` are the ordinary session dates the
/// commune fixed (see [`next_open_ordinary_session`]).
pub fn session_for_accepted_petition(
    accepted_on: NaiveDate,
    planned: &[NaiveDate],
    cal: &WorkingCalendar,
) -> NextOrdinarySession {
    next_open_ordinary_session(accepted_on, planned, cal)
}

/// Where the bureau's acceptance put a petition and why, as decided on the day (arts. 38,
/// 125): stored with the petition and shown as stored, so the page never recomputes a
/// different answer later (another day, new planned dates or holidays).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementDecision {
    pub accepted_on: NaiveDate,
    /// The start of the session whose agenda received the petition's item.
    pub session_start: NaiveDate,
    /// The 20-day calculation of art. 38 on `accepted_on`.
    pub next: NextOrdinarySession,
}

/// The calculation names one session and the agenda item went to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("the item went to the session of {placed_on}, the calculation says {computed}")]
pub struct PlacementMismatch {
    pub placed_on: NaiveDate,
    pub computed: NaiveDate,
}

/// Arts. 38 and 125: the placement decision to record when the bureau accepts on
/// `accepted_on` and the item goes on the agenda of the session starting `placed_on`. The
/// explanation must be the one of that session: an item placed elsewhere than the 20-day
/// calculation says is refused rather than explained with a contradiction.
pub fn placement_decision(
    accepted_on: NaiveDate,
    placed_on: NaiveDate,
    next: NextOrdinarySession,
) -> Result<PlacementDecision, PlacementMismatch> {
    if next.session.start == placed_on {
        Ok(PlacementDecision {
            accepted_on,
            session_start: placed_on,
            next,
        })
    } else {
        Err(PlacementMismatch {
            placed_on,
            computed: next.session.start,
        })
    }
}

/// Art. 125: an accepted petition is owed the council's deliberation. When the council
/// postpones its item (to a later session, where the item is entered again), the petition
/// is neither answered nor dropped: it is **postponed**, in its own state with the reason
/// and the later session shown publicly, until that session decides. Returns the status
/// after a postponement of a petition in `current` (on the agenda, or already postponed and
/// postponed again); `None` when a postponement cannot concern it (not on an agenda, or
/// already decided).
pub fn status_after_postponement(
    current: crate::model::PetitionStatus,
) -> Option<crate::model::PetitionStatus> {
    use crate::model::{CouncilDecision, PetitionStatus as S};
    match current {
        S::OnAgenda | S::Decided(CouncilDecision::Postponed) => {
            Some(S::Decided(CouncilDecision::Postponed))
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// Retention of signers' personal data (law 09.08)
// ---------------------------------------------------------------------------------------

/// How long signers' personal data is kept after the final decision (a setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionPolicy {
    pub months_after_final_decision: u32,
}

impl Default for RetentionPolicy {
    /// 12 months.
    fn default() -> Self {
        Self {
            months_after_final_decision: 12,
        }
    }
}

/// Law 09.08 (data kept no longer than needed): the day signers' names, CINs and addresses
/// are erased — the configured months after the final decision (see
/// [`PetitionStatus::is_final`](crate::model::PetitionStatus::is_final)); counts are kept.
pub fn personal_data_erasure_date(
    final_decision_on: NaiveDate,
    policy: RetentionPolicy,
) -> NaiveDate {
    plus_months(final_decision_on, policy.months_after_final_decision)
}

/// Whether the erasure is due on `today` (on or after the erasure date).
pub fn personal_data_erasure_due(
    final_decision_on: NaiveDate,
    policy: RetentionPolicy,
    today: NaiveDate,
) -> bool {
    today >= personal_data_erasure_date(final_decision_on, policy)
}

/// The conditions of a checklist that are not met, in the checklist's order.
fn unmet<C, const N: usize>(checks: [(bool, C); N]) -> Vec<C> {
    checks
        .into_iter()
        .filter_map(|(met, condition)| (!met).then_some(condition))
        .collect()
}

#[cfg(test)]
mod tests;
