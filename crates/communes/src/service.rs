//! Use cases of the commune back office: each checks the admin permission, runs in one
//! transaction and writes the audit log.

pub use crate::model::{CommitteeFacts, CommuneFacts, MemberFacts};
use crate::model::{CommitteePurpose, Commune, CouncilMember, CouncilRole};
use crate::rules::{CommitteeShape, CompositionProblem};
use crate::{rules, store};
use musharaka_core::{Error, ErrorKind, Page, Paged, Result};
use musharaka_db::write_transaction;
use musharaka_db::AnyConnection;
use musharaka_identity::audit::entry;
use musharaka_identity::permissions::require_admin;
use musharaka_identity::service::grant_role;
use musharaka_identity::{Permissions, Role};
use serde_json::json;

/// Rows per page of the platform's commune list.
pub const PER_PAGE: i64 = 25;

/// A commune's public home: the commune, its council members and committees.
pub fn home(
    conn: &mut AnyConnection,
    slug: &str,
) -> Result<(
    Commune,
    Vec<CouncilMember>,
    Vec<crate::model::CommitteeWithMembers>,
)> {
    let commune = by_slug(conn, slug)?;
    let members = store::members(conn, commune.id)?;
    let committees = store::committees(conn, commune.id)?;
    Ok((commune, members, committees))
}

/// Every commune, in name order.
pub fn all(conn: &mut AnyConnection) -> Result<Vec<Commune>> {
    Ok(store::all(conn)?)
}

/// The platform's commune list: communes matching `words` (slug or names), one page,
/// each with how many accounts hold a role there. Platform administrators only.
pub fn platform_list(
    conn: &mut AnyConnection,
    actor: &Permissions,
    words: Option<&str>,
    page: Page,
) -> Result<Paged<(Commune, i64)>> {
    if !actor.is_platform_admin() {
        return Err(ErrorKind::Forbidden.into());
    }
    let list = store::search(conn, words, PER_PAGE + 1, page.offset(PER_PAGE))?;
    let ids: Vec<i64> = list.iter().map(|c| c.id).collect();
    let holders = musharaka_identity::service::role_holders_per_commune(conn, &ids)?;
    let rows = list
        .into_iter()
        .map(|commune| {
            let n = holders
                .iter()
                .find(|(id, _)| *id == commune.id)
                .map_or(0, |(_, n)| *n);
            (commune, n)
        })
        .collect();
    Ok(Paged::cut(rows, page, PER_PAGE))
}

/// A commune's council members (the public query other domains use).
pub fn council_members(conn: &mut AnyConnection, commune_id: i64) -> Result<Vec<CouncilMember>> {
    Ok(store::members(conn, commune_id)?)
}

/// How many council members the commune has on record.
pub fn council_members_count(conn: &mut AnyConnection, commune_id: i64) -> Result<i64> {
    Ok(store::members_count(conn, commune_id)?)
}

/// One council member of this commune (another commune's is NotFound).
pub fn council_member(conn: &mut AnyConnection, commune_id: i64, id: i64) -> Result<CouncilMember> {
    Ok(store::member(conn, commune_id, id)?)
}

/// A commune's committees with their members.
pub fn committees(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> Result<Vec<crate::model::CommitteeWithMembers>> {
    Ok(store::committees(conn, commune_id)?)
}

/// Arts. 25 and 27: what is wrong with the commune's permanent committees as a whole
/// ([`rules::committee_composition_problems`]); empty when lawful. Shown to staff, and the
/// council votes on no item while it is not empty.
pub fn composition_problems(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> Result<Vec<CompositionProblem>> {
    let members = store::members(conn, commune_id)?;
    let in_opposition = |id: i64| members.iter().any(|m| m.id == id && m.opposition);
    let shapes: Vec<CommitteeShape> = store::committees(conn, commune_id)?
        .iter()
        .map(|c| CommitteeShape {
            purpose: c.committee.purpose(),
            chaired_by_opposition: c.committee.chair_member_id.is_some_and(in_opposition),
        })
        .collect();
    let opposition = members.iter().filter(|m| m.opposition).count();
    Ok(rules::committee_composition_problems(&shapes, opposition))
}

/// Whether the database answers (the health check).
pub fn database_answers(conn: &mut AnyConnection) -> Result<()> {
    Ok(store::ping(conn)?)
}

pub fn by_slug(conn: &mut AnyConnection, slug: &str) -> Result<Commune> {
    store::by_slug(conn, slug)?.ok_or_else(|| ErrorKind::CommuneNotFound.into())
}

fn check_facts(f: &CommuneFacts) -> Result<()> {
    for (field, value) in [("name_ar", &f.name_ar), ("name_fr", &f.name_fr)] {
        if value.trim().is_empty() {
            return Err(Error::invalid(field, "field-required"));
        }
    }
    if f.population <= 0 {
        return Err(Error::invalid("population", "field-number"));
    }
    if !(1900..=2100).contains(&f.census_year) {
        return Err(Error::invalid("census_year", "field-number"));
    }
    Ok(())
}

/// Creates a commune (platform admin, demo data and the CLI).
pub fn create_commune(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    f: &CommuneFacts,
) -> Result<Commune> {
    if actor.is_some_and(|a| !a.is_platform_admin()) {
        return Err(ErrorKind::Forbidden.into());
    }
    if !rules::valid_slug(&f.slug) {
        return Err(Error::invalid("slug", "slug-invalid"));
    }
    check_facts(f)?;
    write_transaction(conn, |conn| {
        let c = store::insert_commune(conn, f).map_err(|e| match Error::from(e) {
            e if e.kind == ErrorKind::Conflict => {
                Error::field(ErrorKind::Conflict, "slug", "slug-taken")
            }
            e => e,
        })?;
        entry(actor, c.id, "commune.create", format!("commune:{}", c.id))
            .after(json!(f))
            .record(conn)?;
        Ok(c)
    })
}

/// Creates a commune and, when `admin_email` names an existing account, grants it the
/// commune's admin role: one transaction, so an unknown address (marked on `admin_email`)
/// leaves no commune behind. Both steps write their own audit record.
pub fn create_commune_with_admin(
    conn: &mut AnyConnection,
    actor: &Permissions,
    f: &CommuneFacts,
    admin_email: Option<&str>,
) -> Result<Commune> {
    write_transaction(conn, |conn| {
        let c = create_commune(conn, Some(actor), f)?;
        if let Some(email) = admin_email {
            grant_role(conn, actor, c.id, email, Role::Admin).map_err(|e| {
                if e.kind == ErrorKind::NotFound {
                    Error::field(ErrorKind::NotFound, "admin_email", "account-unknown")
                } else {
                    e
                }
            })?;
        }
        Ok(c)
    })
}

/// Updates a commune's facts (its slug stays: it is in every link).
pub fn update_commune(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    f: &CommuneFacts,
) -> Result<Commune> {
    actor.require_admin(commune_id)?;
    check_facts(f)?;
    let _changed = Changed;
    write_transaction(conn, |conn| {
        let before = store::by_id(conn, commune_id)?;
        let facts = CommuneFacts {
            slug: before.slug.clone(),
            name_tzm: f.name_tzm.clone().filter(|s| !s.trim().is_empty()),
            ..f.clone()
        };
        store::update_commune(conn, commune_id, &facts)?;
        let after = store::by_id(conn, commune_id)?;
        actor
            .audit(
                commune_id,
                "commune.update",
                format!("commune:{commune_id}"),
            )
            .before(json!(before))
            .after(json!(after))
            .record(conn)?;
        Ok(after)
    })
}

pub fn set_logo(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    upload_id: i64,
) -> Result<()> {
    actor.require_admin(commune_id)?;
    let _changed = Changed;
    write_transaction(conn, |conn| {
        store::set_logo(conn, commune_id, upload_id)?;
        Ok(actor
            .audit(commune_id, "commune.logo", format!("commune:{commune_id}"))
            .after(json!({ "upload": upload_id }))
            .record(conn)?)
    })
}

/// A member's facts are lawful: the term's end after its start; the office (arts. 7 and 23,
/// [`rules::office_problem`]) free and, for the secretary and the deputy, outside the bureau.
fn check_member(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: Option<i64>,
    m: &MemberFacts,
) -> Result<()> {
    if m.term_end.is_some_and(|e| e < m.term_start) {
        return Err(Error::field(
            ErrorKind::InvalidInput,
            "term_end",
            "field-date",
        ));
    }
    let others: Vec<CouncilRole> = store::members(conn, commune_id)?
        .iter()
        .filter(|o| Some(o.id) != id)
        .map(CouncilMember::role)
        .collect();
    match rules::office_problem(m.role, m.vice_rank, &others) {
        Some(problem) => {
            let (field, message) = problem.field_and_message();
            Err(Error::field(ErrorKind::InvalidInput, field, message))
        }
        None => Ok(()),
    }
}

/// Adds (`id` None) or updates a council member.
pub fn save_member(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    id: Option<i64>,
    m: &MemberFacts,
) -> Result<CouncilMember> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        check_member(conn, commune_id, id, m)?;
        let (member, before) = match id {
            Some(id) => {
                let before = store::member(conn, commune_id, id)?;
                store::update_member(conn, id, m)?;
                (store::member(conn, commune_id, id)?, Some(json!(before)))
            }
            None => (store::insert_member(conn, commune_id, m)?, None),
        };
        entry(
            actor,
            commune_id,
            "council_member.save",
            format!("council_member:{}", member.id),
        )
        .before(before)
        .after(json!(member))
        .record(conn)?;
        Ok(member)
    })
}

/// What the admin deletes from the commune's back office: a council member or a committee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deletable {
    Member(i64),
    Committee(i64),
}

/// Deletes a council member or a committee of the commune as its admin, writing
/// `<what>.delete` with the row as it was to the audit log.
pub fn delete(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    what: Deletable,
) -> Result<()> {
    actor.require_admin(commune_id)?;
    write_transaction(conn, |conn| {
        let (name, id, before) = match what {
            Deletable::Member(id) => {
                let before = json!(store::member(conn, commune_id, id)?);
                store::delete_member(conn, id)?;
                ("council_member", id, before)
            }
            Deletable::Committee(id) => {
                let before = json!(store::committee(conn, commune_id, id)?);
                store::delete_committee(conn, id)?;
                ("committee", id, before)
            }
        };
        Ok(actor
            .audit(
                commune_id,
                &format!("{name}.delete"),
                format!("{name}:{id}"),
            )
            .before(before)
            .record(conn)?)
    })
}

pub fn save_committee(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    id: Option<i64>,
    f: &CommitteeFacts,
) -> Result<i64> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let council: Vec<i64> = store::members(conn, commune_id)?
            .iter()
            .map(|m| m.id)
            .collect();
        if f.member_ids.iter().any(|m| !council.contains(m)) {
            return Err(Error::field(
                ErrorKind::InvalidInput,
                "member_ids",
                "field-choice",
            ));
        }
        // Art. 25 (art. 28: the chair reports on the committee's work).
        if !rules::chair_is_member(f.chair_member_id, &f.member_ids) {
            return Err(Error::field(
                ErrorKind::InvalidInput,
                "chair_member_id",
                "committee-error-chair-member",
            ));
        }
        if let Some(id) = id {
            store::committee(conn, commune_id, id)?;
        }
        let others: Vec<crate::model::CommitteeWithMembers> = store::committees(conn, commune_id)?
            .into_iter()
            .filter(|c| Some(c.committee.id) != id)
            .collect();
        // Art. 25: one committee for each compulsory purpose.
        let purposes: Vec<CommitteePurpose> =
            others.iter().map(|c| c.committee.purpose()).collect();
        if rules::purpose_taken(f.purpose, &purposes) {
            return Err(Error::field(
                ErrorKind::Conflict,
                "purpose",
                "committee-error-purpose-taken",
            ));
        }
        // Art. 25: five members at least, and no member on two permanent committees.
        let mut distinct = f.member_ids.clone();
        distinct.sort_unstable();
        distinct.dedup();
        if !rules::committee_size_ok(distinct.len()) {
            return Err(Error::field(
                ErrorKind::InvalidInput,
                "member_ids",
                "council-error-committee-size",
            ));
        }
        let seated_elsewhere: Vec<i64> = others
            .iter()
            .flat_map(|c| c.member_ids.iter().copied())
            .collect();
        if rules::member_on_another_committee(&f.member_ids, &seated_elsewhere).is_some() {
            return Err(Error::field(
                ErrorKind::InvalidInput,
                "member_ids",
                "council-error-committee-one-per-member",
            ));
        }
        let committee_id = match id {
            Some(id) => {
                store::update_committee(conn, id, f)?;
                id
            }
            None => {
                if !rules::may_add_committee(others.len()) {
                    return Err(Error::field(
                        ErrorKind::InvalidInput,
                        "name_ar",
                        "committee-limit",
                    ));
                }
                store::insert_committee(conn, commune_id, f)?
            }
        };
        store::set_committee_members(conn, committee_id, &f.member_ids)?;
        entry(
            actor,
            commune_id,
            "committee.save",
            format!("committee:{committee_id}"),
        )
        .after(json!(f))
        .record(conn)?;
        Ok(committee_id)
    })
}

/// Bumps the communes' change generation when dropped, i.e. after the write transaction
/// returned (committed or not): a cache filled while it ran is then dropped.
struct Changed;

impl Drop for Changed {
    fn drop(&mut self) {
        store::changed();
    }
}
