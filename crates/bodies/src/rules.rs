//! The law and the body's own rulebook as pure functions.
//!
//! Art. 120 of organic law 113.14 leaves the composition and operation of the Equality,
//! Equal Opportunity and Gender Approach Body to the council's internal rules, and the
//! Tadafor model asks every body to publish its composition: the share of women, of youth
//! and of associations against the body's own targets (e.g. parity). The figures here work
//! on simple facts (flags and dates, counts), so that other crates (the action programme's
//! follow-up) can reuse them. Art. 119: bodies help prepare and follow the action programme
//! (art. 78) and give advisory opinions to the council, which may also ask for one by a
//! deadline.

use crate::model::OpinionStatus;
use chrono::NaiveDate;
use serde::Serialize;

/// What the composition figures need to know about one member (nothing personal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberFacts {
    pub woman: bool,
    pub youth: bool,
    /// Sits for an association.
    pub association: bool,
    /// An elected member of the council sitting as an observer: listed, not counted.
    pub observer: bool,
    pub term_start: NaiveDate,
    pub term_end: Option<NaiveDate>,
    /// Left the body before the end of the term (resigned, replaced).
    pub left_on: Option<NaiveDate>,
    /// Took the seat of a member who left.
    pub replaces_another: bool,
}

impl MemberFacts {
    /// Seated on `on`: the term has begun, has not ended, and the member has not left.
    pub fn in_office(&self, on: NaiveDate) -> bool {
        self.term_start <= on
            && self.term_end.is_none_or(|end| on <= end)
            && self.left_on.is_none_or(|left| on < left)
    }

    /// The term ended before `on` and nobody recorded a departure or a successor: the seat
    /// waits for a renewal.
    pub fn term_ended(&self, on: NaiveDate) -> bool {
        self.left_on.is_none() && self.term_end.is_some_and(|end| end < on)
    }
}

/// The body's composition on a day (art. 120; the body's internal rules).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Composition {
    /// Members in office with a seat that counts (observers excluded).
    pub seated: u32,
    pub women: u32,
    pub youth: u32,
    pub associations: u32,
    /// Elected members sitting as observers, in office.
    pub observers: u32,
    /// Members whose term ended without a departure or successor recorded.
    pub term_ended: u32,
    /// Members in office who took the seat of a member who left.
    pub replacements: u32,
    /// Members who left before the end of their term.
    pub left: u32,
}

/// The composition figures of `members` on `on`.
pub fn composition(members: &[MemberFacts], on: NaiveDate) -> Composition {
    let mut c = Composition::default();
    for m in members {
        if m.left_on.is_some_and(|l| l <= on) {
            c.left += 1;
        }
        if m.term_ended(on) {
            c.term_ended += 1;
        }
        if !m.in_office(on) {
            continue;
        }
        if m.observer {
            c.observers += 1;
            continue;
        }
        c.seated += 1;
        c.women += u32::from(m.woman);
        c.youth += u32::from(m.youth);
        c.associations += u32::from(m.association);
        c.replacements += u32::from(m.replaces_another);
    }
    c
}

/// Whether `count` out of `total` reaches `target_pct` per cent, in whole numbers (no
/// rounding in the body's favour: 4 women out of 9 is below parity, 5 out of 10 meets it).
/// A target of 0 is always met; an empty body meets no other target.
pub fn meets_target(count: u32, total: u32, target_pct: u32) -> bool {
    if target_pct == 0 {
        return true;
    }
    total > 0 && u64::from(count) * 100 >= u64::from(target_pct) * u64::from(total)
}

/// `count` out of `total` in per cent, rounded to the nearest whole number; `None` for an
/// empty body.
pub fn percent(count: u32, total: u32) -> Option<u32> {
    (total > 0).then(|| {
        let p = (u64::from(count) * 200 + u64::from(total)) / (2 * u64::from(total));
        u32::try_from(p).unwrap_or(100)
    })
}

/// A target is a whole per cent from 0 to 100.
pub fn valid_target(pct: i64) -> bool {
    (0..=100).contains(&pct)
}

/// The body's own targets (its internal rules); `None` where it set none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Targets {
    pub women_pct: Option<u32>,
    pub youth_pct: Option<u32>,
    pub associations_pct: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    Women,
    Youth,
    Associations,
}

impl Figure {
    pub const ALL: [Figure; 3] = [Figure::Women, Figure::Youth, Figure::Associations];

    pub fn key(self) -> &'static str {
        match self {
            Figure::Women => "women",
            Figure::Youth => "youth",
            Figure::Associations => "associations",
        }
    }
}

/// One figure of the composition against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Share {
    pub figure: Figure,
    pub count: u32,
    pub total: u32,
    pub percent: Option<u32>,
    pub target_pct: Option<u32>,
    /// The target is set and not reached.
    pub below_target: bool,
}

/// The three figures of `c` against `t`.
pub fn shares(c: &Composition, t: &Targets) -> Vec<Share> {
    Figure::ALL
        .iter()
        .map(|&figure| {
            let (count, target_pct) = match figure {
                Figure::Women => (c.women, t.women_pct),
                Figure::Youth => (c.youth, t.youth_pct),
                Figure::Associations => (c.associations, t.associations_pct),
            };
            Share {
                figure,
                count,
                total: c.seated,
                percent: percent(count, c.seated),
                target_pct,
                below_target: target_pct.is_some_and(|p| !meets_target(count, c.seated, p)),
            }
        })
        .collect()
}

/// The figures below their target (the body is flagged on its page and in the back office).
pub fn below_targets(c: &Composition, t: &Targets) -> Vec<Figure> {
    shares(c, t)
        .into_iter()
        .filter(|s| s.below_target)
        .map(|s| s.figure)
        .collect()
}

/// A vote of the body adopts an opinion by a majority of the votes cast (abstentions are
/// not cast) [check: the body's internal rules may say otherwise].
pub fn vote_adopts(in_favour: u32, against: u32) -> bool {
    in_favour > against
}

/// A referral (an opinion the council asked for) is overdue when its deadline passed and
/// the body has not transmitted its opinion yet (art. 119; the deadline set by the council).
pub fn referral_overdue(
    deadline: Option<NaiveDate>,
    status: OpinionStatus,
    today: NaiveDate,
) -> bool {
    status.waiting() && deadline.is_some_and(|d| d < today)
}

/// The count per body the Tadafor reports give: submitted to the council, answered,
/// waiting (being drafted or adopted, not yet sent).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct OpinionCounts {
    pub submitted: u32,
    pub answered: u32,
    pub waiting: u32,
}

pub fn opinion_counts(statuses: impl IntoIterator<Item = OpinionStatus>) -> OpinionCounts {
    let mut c = OpinionCounts::default();
    for s in statuses {
        match s {
            OpinionStatus::Draft | OpinionStatus::Adopted => c.waiting += 1,
            OpinionStatus::Transmitted => c.submitted += 1,
            OpinionStatus::Answered => {
                c.submitted += 1;
                c.answered += 1;
            }
        }
    }
    c
}

#[cfg(test)]
mod tests;
