//! Who answers for a commune's site: the contacts its privacy notice (law 09.08), its
//! accessibility statement and its legal information give. The commune admin edits them;
//! every change is audited. Until the first save, every field is empty ("not given yet").

use diesel::prelude::*;
use musharaka_core::time::now;
use musharaka_core::{Error, Result};
use musharaka_db::schema::commune_notices;
use musharaka_db::{write_transaction, AnyConnection};
use musharaka_identity::Permissions;
use serde::{Deserialize, Serialize};
use serde_json::json;

/// The contacts of one commune's notices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Queryable, Selectable, Serialize)]
#[diesel(table_name = commune_notices)]
pub struct Notices {
    #[serde(skip)]
    pub commune_id: i64,
    #[diesel(embed)]
    #[serde(flatten)]
    pub facts: NoticeFacts,
    #[serde(skip)]
    pub updated_at: chrono::NaiveDateTime,
}

/// What the admin edits (and its form sends): the contacts themselves.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    Queryable,
    Selectable,
    Insertable,
    AsChangeset,
    Serialize,
    Deserialize,
)]
#[diesel(table_name = commune_notices)]
#[serde(default)]
pub struct NoticeFacts {
    /// Who handles requests about personal data (name or service).
    pub privacy_contact: String,
    pub privacy_email: String,
    pub privacy_phone: String,
    /// The receipt or authorisation number of the CNDP declaration (law 09.08).
    pub cndp_reference: String,
    /// Where to report an accessibility problem.
    pub accessibility_email: String,
    /// The publication's director (legal information).
    pub publisher: String,
    /// Who hosts the site (name and address).
    pub host: String,
}

impl NoticeFacts {
    /// The same contacts without surrounding spaces, as they are stored.
    fn trimmed(&self) -> NoticeFacts {
        let t = |s: &String| s.trim().to_string();
        NoticeFacts {
            privacy_contact: t(&self.privacy_contact),
            privacy_email: t(&self.privacy_email),
            privacy_phone: t(&self.privacy_phone),
            cndp_reference: t(&self.cndp_reference),
            accessibility_email: t(&self.accessibility_email),
            publisher: t(&self.publisher),
            host: t(&self.host),
        }
    }
}

/// A commune's notices (empty ones when never saved).
pub fn of(conn: &mut AnyConnection, commune_id: i64) -> Result<Notices> {
    let row = commune_notices::table
        .find(commune_id)
        .select(Notices::as_select())
        .first(conn)
        .optional()?;
    Ok(row.unwrap_or(Notices {
        commune_id,
        updated_at: chrono::NaiveDateTime::default(),
        ..Notices::default()
    }))
}

fn check(f: &NoticeFacts) -> Result<()> {
    for (field, value) in [
        ("privacy_email", &f.privacy_email),
        ("accessibility_email", &f.accessibility_email),
    ] {
        let v = value.trim();
        let looks_like_email = v.contains('@') && !v.contains(char::is_whitespace);
        if !v.is_empty() && !looks_like_email {
            return Err(Error::invalid(field, "field-email"));
        }
    }
    for (field, value) in [
        ("privacy_contact", &f.privacy_contact),
        ("privacy_email", &f.privacy_email),
        ("privacy_phone", &f.privacy_phone),
        ("cndp_reference", &f.cndp_reference),
        ("accessibility_email", &f.accessibility_email),
        ("publisher", &f.publisher),
    ] {
        if value.chars().count() > 200 {
            return Err(Error::invalid(field, "field-too-long"));
        }
    }
    if f.host.chars().count() > 1000 {
        return Err(Error::invalid("host", "field-too-long"));
    }
    Ok(())
}

/// Saves the commune's notices (commune admin only), audited before → after.
pub fn save(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    f: &NoticeFacts,
) -> Result<Notices> {
    actor.require_admin(commune_id)?;
    check(f)?;
    write_transaction(conn, |conn| {
        let before = of(conn, commune_id)?;
        let facts = f.trimmed();
        let updated_at = commune_notices::updated_at.eq(now());
        let updated = diesel::update(commune_notices::table.find(commune_id))
            .set((&facts, updated_at))
            .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(commune_notices::table)
                .values((
                    commune_notices::commune_id.eq(commune_id),
                    &facts,
                    updated_at,
                ))
                .execute(conn)?;
        }
        let after = of(conn, commune_id)?;
        actor
            .audit(
                commune_id,
                "commune.notices",
                format!("commune:{commune_id}"),
            )
            .before(json!(before))
            .after(json!(after))
            .record(conn)?;
        Ok(after)
    })
}
