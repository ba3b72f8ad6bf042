//! The commune back office's posted forms: the commune's facts, a council member, a
//! committee. Each keeps what was typed (re-shown on error) and turns into the service's
//! input or field errors.

use crate::forms::{parse_date, parse_number, require_text};
use crate::views::form::FieldErrors;
use musharaka_communes::service::{CommitteeFacts, CommuneFacts, MemberFacts};
use musharaka_communes::{CommitteePurpose, Commune};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommuneForm {
    pub name_ar: String,
    pub name_fr: String,
    pub name_tzm: String,
    pub region_ar: String,
    pub region_fr: String,
    pub province_ar: String,
    pub province_fr: String,
    pub population: String,
    pub census_year: String,
    pub has_arrondissements: Option<String>,
    pub email: String,
    pub phone: String,
    pub address_ar: String,
    pub address_fr: String,
}

impl CommuneForm {
    pub fn from_commune(c: &Commune) -> Self {
        Self {
            name_ar: c.name_ar.clone(),
            name_fr: c.name_fr.clone(),
            name_tzm: c.name_tzm.clone().unwrap_or_default(),
            region_ar: c.region_ar.clone(),
            region_fr: c.region_fr.clone(),
            province_ar: c.province_ar.clone(),
            province_fr: c.province_fr.clone(),
            population: c.population.to_string(),
            census_year: c.census_year.to_string(),
            has_arrondissements: c.has_arrondissements.then(|| "on".into()),
            email: c.email.clone(),
            phone: c.phone.clone(),
            address_ar: c.address_ar.clone(),
            address_fr: c.address_fr.clone(),
        }
    }

    pub fn facts(&self, slug: &str, errors: &mut FieldErrors) -> Option<CommuneFacts> {
        for (field, value) in [
            ("name_ar", &self.name_ar),
            ("name_fr", &self.name_fr),
            ("region_ar", &self.region_ar),
            ("region_fr", &self.region_fr),
            ("province_ar", &self.province_ar),
            ("province_fr", &self.province_fr),
        ] {
            require_text(value, field, 200, errors);
        }
        let population = parse_number::<i64>(&self.population, "population", errors);
        let census_year = parse_number::<i32>(&self.census_year, "census_year", errors);
        if !self.email.trim().is_empty()
            && !validator::ValidateEmail::validate_email(&self.email.trim())
        {
            errors.push(("email".into(), "field-email".into()));
        }
        if !errors.is_empty() {
            return None;
        }
        Some(CommuneFacts {
            slug: slug.to_string(),
            name_ar: self.name_ar.trim().into(),
            name_fr: self.name_fr.trim().into(),
            name_tzm: Some(self.name_tzm.trim().to_string()).filter(|s| !s.is_empty()),
            region_ar: self.region_ar.trim().into(),
            region_fr: self.region_fr.trim().into(),
            province_ar: self.province_ar.trim().into(),
            province_fr: self.province_fr.trim().into(),
            population: population?,
            census_year: census_year?,
            has_arrondissements: self.has_arrondissements.is_some(),
            email: self.email.trim().into(),
            phone: self.phone.trim().into(),
            address_ar: self.address_ar.trim().into(),
            address_fr: self.address_fr.trim().into(),
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MemberForm {
    pub name_ar: String,
    pub name_fr: String,
    pub gender: String,
    pub role: String,
    pub vice_rank: String,
    pub political_group: String,
    pub term_start: String,
    pub term_end: String,
    /// Art. 27: a checkbox, present when ticked.
    pub opposition: Option<String>,
}

impl MemberForm {
    pub fn from_member(m: &musharaka_communes::CouncilMember) -> Self {
        Self {
            name_ar: m.name_ar.clone(),
            name_fr: m.name_fr.clone(),
            gender: m.gender.clone(),
            role: m.role.clone(),
            vice_rank: m.vice_rank.map(|r| r.to_string()).unwrap_or_default(),
            political_group: m.political_group.clone().unwrap_or_default(),
            term_start: m.term_start.to_string(),
            term_end: m.term_end.map(|d| d.to_string()).unwrap_or_default(),
            opposition: m.opposition.then(|| "on".into()),
        }
    }

    pub fn facts(&self, errors: &mut FieldErrors) -> Option<MemberFacts> {
        require_text(&self.name_ar, "name_ar", 200, errors);
        require_text(&self.name_fr, "name_fr", 200, errors);
        let gender = self
            .gender
            .parse()
            .map_err(|_| errors.push(("gender".into(), "field-choice".into())))
            .ok();
        let role = self
            .role
            .parse()
            .map_err(|_| errors.push(("role".into(), "field-choice".into())))
            .ok();
        let vice_rank = match self.vice_rank.trim() {
            "" => None,
            s => parse_number::<i32>(s, "vice_rank", errors),
        };
        let term_start = parse_date(&self.term_start, "term_start", true, errors);
        let term_end = parse_date(&self.term_end, "term_end", false, errors);
        if !errors.is_empty() {
            return None;
        }
        Some(MemberFacts {
            name_ar: self.name_ar.clone(),
            name_fr: self.name_fr.clone(),
            gender: gender?,
            role: role?,
            vice_rank,
            political_group: Some(self.political_group.clone()),
            term_start: term_start?,
            term_end,
            opposition: self.opposition.is_some(),
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommitteeForm {
    pub name_ar: String,
    pub name_fr: String,
    pub purpose: String,
    pub chair_member_id: String,
    pub member_ids: Vec<String>,
}

impl CommitteeForm {
    pub fn facts(&self, errors: &mut FieldErrors) -> Option<CommitteeFacts> {
        require_text(&self.name_ar, "name_ar", 200, errors);
        require_text(&self.name_fr, "name_fr", 200, errors);
        let member_ids: Vec<i64> = self
            .member_ids
            .iter()
            .filter_map(|s| s.parse().ok())
            .collect();
        if member_ids.len() != self.member_ids.len() {
            errors.push(("member_ids".into(), "field-choice".into()));
        }
        // Art. 25: none chosen is "other", which fills neither compulsory purpose.
        let purpose = match self.purpose.trim() {
            "" => Some(CommitteePurpose::Other),
            p => p
                .parse()
                .map_err(|_| errors.push(("purpose".into(), "field-choice".into())))
                .ok(),
        };
        let chair = match self.chair_member_id.as_str() {
            "" => None,
            s => parse_number::<i64>(s, "chair_member_id", errors),
        };
        if !errors.is_empty() {
            return None;
        }
        Some(CommitteeFacts {
            name_ar: self.name_ar.clone(),
            name_fr: self.name_fr.clone(),
            purpose: purpose?,
            chair_member_id: chair,
            member_ids,
        })
    }
}
