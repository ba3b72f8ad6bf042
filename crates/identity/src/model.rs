//! Accounts, roles and associations, with the association review as a state machine.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_core::{Error, ErrorKind, Lang};
use musharaka_db::schema::{accounts, associations};
use serde::Serialize;
use std::str::FromStr;

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = accounts)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[serde(skip)]
    pub password_hash: String,
    pub commune_id: Option<i64>,
    pub lang: String,
    pub email_confirmed_at: Option<NaiveDateTime>,
    pub is_platform_admin: bool,
    pub created_at: NaiveDateTime,
    /// Raised to end every session issued before (a token carries the version it was
    /// issued under).
    #[serde(skip)]
    pub session_version: i64,
}

impl Account {
    pub fn lang(&self) -> Lang {
        self.lang.parse().unwrap_or_default()
    }

    pub fn is_confirmed(&self) -> bool {
        self.email_confirmed_at.is_some()
    }
}

/// A role an account holds in one commune.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The participation focal point: runs the commune's back office.
    Admin,
    Secretariat,
    Bureau,
    BodySecretary,
    Reviewer,
    Evaluator,
    /// Receives and answers requests for information (law 31.13, art. 12) and handles
    /// complaints, observations and suggestions.
    InformationOfficer,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Admin,
        Role::Secretariat,
        Role::Bureau,
        Role::BodySecretary,
        Role::Reviewer,
        Role::Evaluator,
        Role::InformationOfficer,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Secretariat => "secretariat",
            Role::Bureau => "bureau",
            Role::BodySecretary => "body_secretary",
            Role::Reviewer => "reviewer",
            Role::Evaluator => "evaluator",
            Role::InformationOfficer => "information_officer",
        }
    }
}

impl FromStr for Role {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Role::ALL
            .into_iter()
            .find(|r| r.key() == s)
            .ok_or_else(|| Error::with_cause(ErrorKind::InvalidInput, format!("role {s:?}")))
    }
}

/// Where an association's file stands with the commune of its seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssociationStatus {
    Pending,
    Verified,
    Rejected,
}

/// What staff or the association do to the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssociationEvent {
    Verify,
    Reject,
    /// The association edits and re-sends its file.
    Resubmit,
}

impl AssociationStatus {
    pub fn key(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Verified => "verified",
            Self::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "verified" => Self::Verified,
            "rejected" => Self::Rejected,
            _ => Self::Pending,
        }
    }

    /// Staff decide on a pending file; any file can be re-sent, which reopens review.
    pub fn transition(self, event: AssociationEvent) -> Result<Self, Error> {
        match (self, event) {
            (Self::Pending, AssociationEvent::Verify) => Ok(Self::Verified),
            (Self::Pending, AssociationEvent::Reject) => Ok(Self::Rejected),
            (_, AssociationEvent::Resubmit) => Ok(Self::Pending),
            _ => Err(Error::with_cause(
                ErrorKind::Conflict,
                format!("association {self:?} cannot {event:?}"),
            )),
        }
    }
}

impl musharaka_core::Keyed for AssociationStatus {
    fn key(&self) -> &'static str {
        AssociationStatus::key(*self)
    }
    fn from_key(key: &str) -> Option<Self> {
        [Self::Pending, Self::Verified, Self::Rejected]
            .into_iter()
            .find(|s| s.key() == key)
    }
}
musharaka_core::text_column!(AssociationStatus);

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = associations)]
pub struct Association {
    pub id: i64,
    pub account_id: i64,
    pub name_ar: String,
    pub name_fr: String,
    pub receipt_number: String,
    pub receipt_date: NaiveDate,
    pub founded_on: NaiveDate,
    pub seat_commune_id: i64,
    pub activity_field: String,
    pub statutes_upload_id: Option<i64>,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: AssociationStatus,
    pub rejection_reason: Option<String>,
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

impl Association {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ar => &self.name_ar,
            _ => &self.name_fr,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_keys() {
        for r in Role::ALL {
            assert_eq!(r.key().parse::<Role>().ok(), Some(r));
        }
        assert!("mayor".parse::<Role>().is_err());
    }

    #[test]
    fn only_pending_files_are_decided() {
        use AssociationEvent::*;
        use AssociationStatus::*;
        assert_eq!(Pending.transition(Verify).ok(), Some(Verified));
        assert_eq!(Pending.transition(Reject).ok(), Some(Rejected));
        assert!(Verified.transition(Reject).is_err());
        assert!(Rejected.transition(Verify).is_err());
        assert_eq!(Rejected.transition(Resubmit).ok(), Some(Pending));
    }
}
