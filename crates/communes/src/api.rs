//! The communes' public JSON (`docs/api.md`, "Communes"): each commune with its contact,
//! council members and committees. The web layer routes, calls one of these and
//! serialises.

use crate::model::CommitteeWithMembers;
use crate::{service, Commune, CouncilMember};
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use serde_json::{json, Value};

fn commune_json(c: &Commune) -> Value {
    json!({
        "slug": c.slug,
        "name": { "ar": c.name_ar, "fr": c.name_fr, "tzm": c.name_tzm },
        "region": { "ar": c.region_ar, "fr": c.region_fr },
        "province": { "ar": c.province_ar, "fr": c.province_fr },
        "population": c.population,
        "census_year": c.census_year,
        "has_arrondissements": c.has_arrondissements,
        "url": format!("/{}", c.slug),
    })
}

fn member_json(m: &CouncilMember) -> Value {
    json!({
        "id": m.id,
        "name": { "ar": m.name_ar, "fr": m.name_fr },
        "gender": m.gender,
        "role": m.role,
        "vice_rank": m.vice_rank,
        "political_group": m.political_group,
        "term_start": m.term_start,
        "term_end": m.term_end,
        "opposition": m.opposition,
    })
}

fn committee_json(c: &CommitteeWithMembers) -> Value {
    json!({
        "id": c.committee.id,
        "name": { "ar": c.committee.name_ar, "fr": c.committee.name_fr },
        "purpose": c.committee.purpose,
        "chair_member_id": c.committee.chair_member_id,
        "member_ids": c.member_ids,
    })
}

/// Every commune as `{count, items}`.
pub fn communes(conn: &mut AnyConnection) -> Result<Value> {
    let list = service::all(conn)?;
    let items: Vec<Value> = list.iter().map(commune_json).collect();
    Ok(json!({ "count": items.len(), "items": items }))
}

/// A commune with its contact and council (members and committees).
pub fn commune(conn: &mut AnyConnection, slug: &str) -> Result<Value> {
    let c = service::by_slug(conn, slug)?;
    let members = service::council_members(conn, c.id)?;
    let committees = service::committees(conn, c.id)?;
    let mut body = commune_json(&c);
    body["contact"] = json!({
        "email": c.email, "phone": c.phone,
        "address": { "ar": c.address_ar, "fr": c.address_fr },
    });
    body["council"] = json!({
        "members": members.iter().map(member_json).collect::<Vec<_>>(),
        "committees": committees.iter().map(committee_json).collect::<Vec<_>>(),
    });
    Ok(body)
}
