//! A commune, its council and its committees.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_core::Lang;
use musharaka_db::schema::{committees, communes, council_members};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = communes)]
pub struct Commune {
    pub id: i64,
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub name_tzm: Option<String>,
    pub region_ar: String,
    pub region_fr: String,
    pub province_ar: String,
    pub province_fr: String,
    pub population: i64,
    pub census_year: i32,
    pub has_arrondissements: bool,
    pub email: String,
    pub phone: String,
    pub address_ar: String,
    pub address_fr: String,
    pub logo_upload_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// Picks the Arabic or French text; Tamazight pages use French where no Tifinagh exists.
pub fn pick<'a>(lang: Lang, ar: &'a str, fr: &'a str) -> &'a str {
    match lang {
        Lang::Ar => ar,
        _ => fr,
    }
}

impl Commune {
    pub fn name(&self, lang: Lang) -> &str {
        match (lang, &self.name_tzm) {
            (Lang::Tzm, Some(t)) if !t.is_empty() => t,
            _ => pick(lang, &self.name_ar, &self.name_fr),
        }
    }
    pub fn province(&self, lang: Lang) -> &str {
        pick(lang, &self.province_ar, &self.province_fr)
    }
    pub fn region(&self, lang: Lang) -> &str {
        pick(lang, &self.region_ar, &self.region_fr)
    }
    pub fn address(&self, lang: Lang) -> &str {
        pick(lang, &self.address_ar, &self.address_fr)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Female,
    Male,
}

/// A member's office in the council (arts. 7 and 23 of law 113.14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CouncilRole {
    President,
    VicePresident,
    Secretary,
    DeputySecretary,
    Member,
}

use musharaka_core::keyed_enum;

keyed_enum!(Gender, Female => "female", Male => "male");
keyed_enum!(CouncilRole,
    President => "president",
    VicePresident => "vice_president",
    Secretary => "secretary",
    DeputySecretary => "deputy_secretary",
    Member => "member");

impl CouncilRole {
    pub const ALL: [CouncilRole; 5] = [
        CouncilRole::President,
        CouncilRole::VicePresident,
        CouncilRole::Secretary,
        CouncilRole::DeputySecretary,
        CouncilRole::Member,
    ];
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = council_members)]
pub struct CouncilMember {
    pub id: i64,
    pub commune_id: i64,
    pub name_ar: String,
    pub name_fr: String,
    pub gender: String,
    pub role: String,
    pub vice_rank: Option<i32>,
    pub political_group: Option<String>,
    pub term_start: NaiveDate,
    pub term_end: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
    /// Art. 27: the member sits in the opposition (one committee chair is reserved to it).
    pub opposition: bool,
}

impl CouncilMember {
    pub fn name(&self, lang: Lang) -> &str {
        pick(lang, &self.name_ar, &self.name_fr)
    }
    pub fn role(&self) -> CouncilRole {
        self.role.parse().unwrap_or(CouncilRole::Member)
    }
    /// Order of listing: president, vice-presidents by rank, secretaries, members.
    pub fn precedence(&self) -> (CouncilRole, i32) {
        (self.role(), self.vice_rank.unwrap_or(i32::MAX))
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = committees)]
pub struct Committee {
    pub id: i64,
    pub commune_id: i64,
    pub name_ar: String,
    pub name_fr: String,
    pub chair_member_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub purpose: String,
}

impl Committee {
    pub fn name(&self, lang: Lang) -> &str {
        pick(lang, &self.name_ar, &self.name_fr)
    }
    pub fn purpose(&self) -> CommitteePurpose {
        self.purpose.parse().unwrap_or(CommitteePurpose::Other)
    }
}

/// What a permanent committee studies (art. 25).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitteePurpose {
    /// The budget, financial affairs and programming (compulsory).
    BudgetFinance,
    /// Public utilities and services (compulsory).
    PublicServices,
    Other,
}

keyed_enum!(CommitteePurpose,
    BudgetFinance => "budget_finance",
    PublicServices => "public_services",
    Other => "other");

impl CommitteePurpose {
    /// Art. 25: the two purposes every council must give one permanent committee each.
    pub const COMPULSORY: [CommitteePurpose; 2] = [
        CommitteePurpose::BudgetFinance,
        CommitteePurpose::PublicServices,
    ];

    pub const ALL: [CommitteePurpose; 3] = [
        CommitteePurpose::BudgetFinance,
        CommitteePurpose::PublicServices,
        CommitteePurpose::Other,
    ];

    pub fn is_compulsory(self) -> bool {
        Self::COMPULSORY.contains(&self)
    }
}

/// A committee with its members' ids.
#[derive(Debug, Clone, Serialize)]
pub struct CommitteeWithMembers {
    pub committee: Committee,
    pub member_ids: Vec<i64>,
}

/// The editable facts of a commune.
#[derive(Debug, Clone, Serialize, Deserialize, Insertable, AsChangeset)]
#[diesel(table_name = communes, treat_none_as_null = true)]
pub struct CommuneFacts {
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub name_tzm: Option<String>,
    pub region_ar: String,
    pub region_fr: String,
    pub province_ar: String,
    pub province_fr: String,
    pub population: i64,
    pub census_year: i32,
    pub has_arrondissements: bool,
    pub email: String,
    pub phone: String,
    pub address_ar: String,
    pub address_fr: String,
}

/// A council member as the admin enters it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MemberFacts {
    pub name_ar: String,
    pub name_fr: String,
    pub gender: Gender,
    pub role: CouncilRole,
    pub vice_rank: Option<i32>,
    pub political_group: Option<String>,
    pub term_start: NaiveDate,
    pub term_end: Option<NaiveDate>,
    /// Art. 27: in the opposition.
    pub opposition: bool,
}

impl MemberFacts {
    /// A member's facts as stored (to edit one of them).
    pub fn of(m: &CouncilMember) -> Self {
        Self {
            name_ar: m.name_ar.clone(),
            name_fr: m.name_fr.clone(),
            gender: m.gender.parse().unwrap_or(Gender::Female),
            role: m.role(),
            vice_rank: m.vice_rank,
            political_group: m.political_group.clone(),
            term_start: m.term_start,
            term_end: m.term_end,
            opposition: m.opposition,
        }
    }
}

/// A committee with its members and chair, as the admin enters it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CommitteeFacts {
    pub name_ar: String,
    pub name_fr: String,
    /// Art. 25: what it studies.
    pub purpose: CommitteePurpose,
    pub chair_member_id: Option<i64>,
    pub member_ids: Vec<i64>,
}
