//! Participatory-budget counting, pure: no database, no web.
//!
//! Communes publish the projects selected by a participatory budget; the result must be exact,
//! reproducible and comparable with what the research community computes. This crate reads and
//! writes the pabulib format ([`pabulib`]) and implements the greedy and Method-of-Equal-Shares
//! rules ([`count`]) with exact rational arithmetic, matching pabutools 1.2.3's outcomes
//! (selection order included) while being fast enough for the largest real elections.

pub mod count;
pub mod pabulib;
pub mod synthetic;

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use count::number::format_decimal;
use count::{Instance, Profile, Selection};

/// A counting rule, by its platform name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    Greedy,
    GreedyCardinality,
    Mes,
    MesCardinality,
    MesAdd1,
    MesAdd1Greedy,
    MesAdd1UntilInfeasible,
}

impl Rule {
    /// Every rule, in documentation order.
    pub const ALL: [Rule; 7] = [
        Rule::Greedy,
        Rule::GreedyCardinality,
        Rule::Mes,
        Rule::MesCardinality,
        Rule::MesAdd1,
        Rule::MesAdd1Greedy,
        Rule::MesAdd1UntilInfeasible,
    ];

    /// The rule's name (`greedy`, `mes-add1`, …).
    pub fn name(self) -> &'static str {
        match self {
            Rule::Greedy => "greedy",
            Rule::GreedyCardinality => "greedy-cardinality",
            Rule::Mes => "mes",
            Rule::MesCardinality => "mes-cardinality",
            Rule::MesAdd1 => "mes-add1",
            Rule::MesAdd1Greedy => "mes-add1-greedy",
            Rule::MesAdd1UntilInfeasible => "mes-add1-until-infeasible",
        }
    }

    /// Runs the rule.
    pub fn count(self, instance: &Instance, profile: &Profile) -> Selection {
        let rule = match self {
            Rule::Greedy => count::greedy,
            Rule::GreedyCardinality => count::greedy_cardinality,
            Rule::Mes => count::mes,
            Rule::MesCardinality => count::mes_cardinality,
            Rule::MesAdd1 => count::mes_add1,
            Rule::MesAdd1Greedy => count::mes_add1_greedy,
            Rule::MesAdd1UntilInfeasible => count::mes_add1_until_infeasible,
        };
        rule(instance, profile)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Rule {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Rule::ALL
            .into_iter()
            .find(|r| r.name() == s)
            .ok_or_else(|| Error::UnknownRule(s.to_owned()))
    }
}

/// A counting result as the platform reports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub rule: String,
    /// Project ids in selection order.
    pub winners: Vec<String>,
    /// Exact decimal.
    pub total_cost: String,
}

impl Outcome {
    pub fn new(rule: Rule, instance: &Instance, selection: &Selection) -> Self {
        Self {
            rule: rule.name().to_owned(),
            winners: selection.ids(instance),
            total_cost: format_decimal(&selection.total_cost),
        }
    }
}

/// Errors of [`count_file`] and [`count_str`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("unknown rule `{0}` (expected one of greedy, greedy-cardinality, mes, mes-cardinality, mes-add1, mes-add1-greedy, mes-add1-until-infeasible)")]
    UnknownRule(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Pabulib {
        path: String,
        source: pabulib::PbError,
    },
}

/// Counts a pabulib file's text with `rule`.
pub fn count_str(rule: Rule, text: &str) -> Result<Outcome, pabulib::PbError> {
    let election = pabulib::parse_election(text)?;
    let selection = rule.count(&election.instance, &election.profile);
    Ok(Outcome::new(rule, &election.instance, &selection))
}

/// Counts the pabulib file at `path` with `rule`.
pub fn count_file(rule: Rule, path: &str) -> Result<Outcome, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    let pabulib_error = |source| Error::Pabulib {
        path: path.to_owned(),
        source,
    };
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64
            + 1;
        pabulib_error(pabulib::PbError::Utf8 { line })
    })?;
    count_str(rule, text).map_err(pabulib_error)
}
