//! The one place that decides who may do what in which commune.

use crate::model::{Account, Role};
use musharaka_core::{ErrorKind, Result};

/// The signed-in account with its roles, loaded once per request.
#[derive(Debug, Clone)]
pub struct Permissions {
    pub account: Account,
    /// (commune id, role)
    pub roles: Vec<(i64, Role)>,
}

impl Permissions {
    pub fn is_platform_admin(&self) -> bool {
        self.account.is_platform_admin
    }

    /// Holds `role` in `commune_id`. The platform admin holds every role everywhere; a
    /// commune admin may also act for the other roles of its commune's back office only
    /// where `role` is `Admin`.
    pub fn has(&self, commune_id: i64, role: Role) -> bool {
        self.is_platform_admin() || self.roles.contains(&(commune_id, role))
    }

    /// Any role at all in the commune (opens its back office).
    pub fn has_any(&self, commune_id: i64) -> bool {
        self.is_platform_admin() || self.roles.iter().any(|(c, _)| *c == commune_id)
    }

    /// Runs the commune's back office: communes, council, committees, associations, roles.
    pub fn can_administer(&self, commune_id: i64) -> bool {
        self.has(commune_id, Role::Admin)
    }

    /// Forbidden unless this official runs the commune's back office.
    pub fn require_admin(&self, commune_id: i64) -> Result<()> {
        require_admin(Some(self), commune_id)
    }
}

/// Forbidden unless `actor` runs the commune's back office; no actor is the platform itself
/// (demo data, imports, the command line), which may.
pub fn require_admin(actor: Option<&Permissions>, commune_id: i64) -> Result<()> {
    match actor {
        Some(a) if !a.can_administer(commune_id) => Err(ErrorKind::Forbidden.into()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(platform: bool) -> Account {
        Account {
            id: 1,
            email: "a@b.ma".into(),
            name: "A".into(),
            password_hash: String::new(),
            commune_id: None,
            lang: "ar".into(),
            email_confirmed_at: None,
            is_platform_admin: platform,
            created_at: chrono::NaiveDateTime::default(),
            session_version: 0,
        }
    }

    #[test]
    fn roles_are_per_commune() {
        let p = Permissions {
            account: account(false),
            roles: vec![(1, Role::Admin), (2, Role::Bureau)],
        };
        assert!(p.can_administer(1));
        assert!(!p.can_administer(2));
        assert!(p.has(2, Role::Bureau));
        assert!(!p.has(1, Role::Bureau));
        assert!(p.has_any(2));
        assert!(!p.has_any(3));
    }

    #[test]
    fn the_platform_admin_acts_everywhere() {
        let p = Permissions {
            account: account(true),
            roles: vec![],
        };
        assert!(p.can_administer(7) && p.has(7, Role::Secretariat));
    }
}
