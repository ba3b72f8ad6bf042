//! Use cases of the participatory budget: each checks the permission and the phase, runs in
//! one transaction, writes the audit record and queues mail. One file per group of use
//! cases; everything is re-exported here, so callers keep `service::…`.

mod ballots;
mod counting;
mod cycles;
mod digest;
mod follow_up;
mod pabulib;
mod pages;
mod proposals;

pub use crate::store::UpdatesOf;
pub use ballots::*;
pub use counting::*;
pub use cycles::*;
pub use digest::*;
pub use follow_up::*;
pub use pabulib::*;
pub use pages::*;
pub use proposals::*;

use crate::model::{
    BallotType, Channel, Cycle, District, ImplStatus, Phase, Proposal, ProposalStatus, ReviewEvent,
    TieBreak, WhoProposes,
};
use crate::records::{
    NewBallotRow, NewCategoryRow, NewDistrictRow, NewProposalRow, NewUpdateRow, ProposalReviewRow,
};
use crate::rules::{self, BallotProblem, BallotProject};
use crate::{store, Rule};
use chrono::NaiveDateTime;
use musharaka_core::i18n::FluentValue;
use musharaka_core::time::now;
use musharaka_core::{Error, ErrorKind, Money, Result};
use musharaka_db::AnyConnection;
use musharaka_db::{lock_until_commit, write_transaction};
use musharaka_identity::audit::entry;
use musharaka_identity::permissions::require_admin;
use musharaka_identity::{Permissions, Role};
pub use musharaka_mail::MailContext;
use musharaka_mail::OutgoingMail;
use num_bigint::BigInt;
use num_rational::BigRational;
use serde::Serialize;
use serde_json::json;
use std::collections::{BTreeMap, HashMap};

/// Reviewers record feasibility; the commune's admin may too.
pub fn may_review(actor: &Permissions, commune_id: i64) -> bool {
    actor.has(commune_id, Role::Reviewer) || actor.can_administer(commune_id)
}

/// Paper ballots are entered by the commune's staff (any back-office role).
pub fn may_enter_paper(actor: &Permissions, commune_id: i64) -> bool {
    actor.has_any(commune_id)
}
