//! Kinds, statuses and the commitment's state machine; indicator quantities. Pure.

use musharaka_core::{keyed_enum, Error, ErrorKind, Lang};
use serde::Serialize;

keyed_enum!(PlanKind {
    ActionProgramme => "action_programme",
    CommitmentPlan => "commitment_plan",
});

keyed_enum!(PlanStatus {
    Draft => "draft",
    Adopted => "adopted",
});

keyed_enum!(CommitmentStatus {
    NotStarted => "not_started",
    InProgress => "in_progress",
    Done => "done",
    Dropped => "dropped",
});

keyed_enum!(IndicatorKind {
    Result => "result",
    Impact => "impact",
});

keyed_enum!(SteeringSide {
    Commune => "commune",
    CivilSociety => "civil_society",
});

keyed_enum!(OriginKind {
    Petition => "petition",
    PbProject => "pb_project",
    Deliberation => "deliberation",
    AdvisoryOpinion => "advisory_opinion",
    ConsultationComment => "consultation_comment",
});

impl CommitmentStatus {
    /// The explicit transitions: work starts, ends done, or is dropped (with a reason, see
    /// [`crate::rules::status_reason_required`]). A done commitment may be reopened; a
    /// dropped one is final.
    pub fn can_move_to(self, to: CommitmentStatus) -> bool {
        use CommitmentStatus::*;
        matches!(
            (self, to),
            (NotStarted, InProgress)
                | (NotStarted, Done)
                | (NotStarted, Dropped)
                | (InProgress, Done)
                | (InProgress, Dropped)
                | (Done, InProgress)
        )
    }

    /// The next status, or a conflict for a move the state machine does not allow.
    pub fn transition(self, to: CommitmentStatus) -> Result<CommitmentStatus, Error> {
        if self.can_move_to(to) {
            Ok(to)
        } else {
            Err(Error::with_cause(
                ErrorKind::Conflict,
                format!("{} -> {}", self.key(), to.key()),
            ))
        }
    }
}

/// A quantity held in hundredths (`12.5` is `1250`): indicator baselines, targets and
/// values, exact and comparable on both databases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Quantity(pub i64);

impl Quantity {
    /// The largest absolute quantity a form accepts (10^12).
    pub const CEILING: i64 = 1_000_000_000_000;

    /// Reads `12`, `12.5`, `12,50`, `-3`, `1 200` (spaces between thousands); at most two
    /// decimals.
    pub fn parse(text: &str) -> Option<Quantity> {
        let t: String = text
            .trim()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
            .collect();
        let (neg, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, t),
        };
        let t = t.replace(',', ".");
        let (whole, frac) = match t.split_once('.') {
            Some((w, f)) => (w.to_string(), f.to_string()),
            None => (t.clone(), String::new()),
        };
        if whole.is_empty()
            || !whole.chars().all(|c| c.is_ascii_digit())
            || frac.len() > 2
            || !frac.chars().all(|c| c.is_ascii_digit())
            || whole.len() > 13
        {
            return None;
        }
        let w: i64 = whole.parse().ok()?;
        if w > Self::CEILING {
            return None;
        }
        let f: i64 = if frac.is_empty() {
            0
        } else {
            format!("{frac:0<2}").parse().ok()?
        };
        let v = w * 100 + f;
        Some(Quantity(if neg { -v } else { v }))
    }

    /// `12`, `12.5`, `-0.05` (a point before decimals, trailing zeros dropped).
    pub fn plain(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        let (w, f) = (a / 100, a % 100);
        match f {
            0 => format!("{sign}{w}"),
            f if f % 10 == 0 => format!("{sign}{w}.{}", f / 10),
            f => format!("{sign}{w}.{f:02}"),
        }
    }

    /// For reading in `lang`: a decimal comma in French.
    pub fn format(self, lang: Lang) -> String {
        let p = self.plain();
        match lang {
            Lang::Fr => p.replace('.', ","),
            _ => p,
        }
    }
}

/// A bilingual title: Arabic (also for Tamazight pages) or French.
pub fn pick<'a>(lang: Lang, ar: &'a str, fr: &'a str) -> &'a str {
    match lang {
        Lang::Fr if !fr.trim().is_empty() => fr,
        _ => ar,
    }
}

musharaka_core::text_column!(PlanKind);
musharaka_core::text_column!(PlanStatus);
musharaka_core::text_column!(CommitmentStatus);
musharaka_core::text_column!(IndicatorKind);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_and_print() {
        assert_eq!(Quantity::parse("12"), Some(Quantity(1200)));
        assert_eq!(Quantity::parse("12,5"), Some(Quantity(1250)));
        assert_eq!(Quantity::parse(" 1 200.05 "), Some(Quantity(120005)));
        assert_eq!(Quantity::parse("-3"), Some(Quantity(-300)));
        assert_eq!(Quantity::parse("1.234"), None);
        assert_eq!(Quantity::parse("x"), None);
        assert_eq!(Quantity::parse(""), None);
        assert_eq!(Quantity::parse("1e9"), None);
        assert_eq!(Quantity(1250).plain(), "12.5");
        assert_eq!(Quantity(1205).plain(), "12.05");
        assert_eq!(Quantity(-5).plain(), "-0.05");
        assert_eq!(Quantity(1250).format(Lang::Fr), "12,5");
    }

    #[test]
    fn the_commitment_state_machine() {
        use CommitmentStatus::*;
        assert!(NotStarted.transition(InProgress).is_ok());
        assert!(InProgress.transition(Done).is_ok());
        assert!(Done.transition(InProgress).is_ok());
        assert!(Dropped.transition(InProgress).is_err());
        assert!(Done.transition(Dropped).is_err());
        assert!(InProgress.transition(NotStarted).is_err());
    }
}
