//! Demo participatory budgets: Taroudant 2025 in the results phase (4 districts, 40
//! proposals, 3 000 paper ballots from a deterministic generator) and Tiznit 2026 in the
//! voting phase. Ballots are inserted in batches, without accounts, to keep loading fast.
//! Everything goes through the services (the web crate's demo loader calls [`load`]).

use crate::model::{BallotType, Channel, Phase, TieBreak, WhoProposes};
use crate::service::{self as pb, CycleFacts, FeasibleProposal};
use crate::store;
use chrono::NaiveDateTime;
use musharaka_communes::service::by_slug;
use musharaka_core::time::{at_hour, ymd};
use musharaka_core::Result;
use musharaka_db::{write_transaction, AnyConnection};

const DISTRICTS: [(&str, &str); 4] = [
    ("المدينة العتيقة", "Médina"),
    ("الزيتون", "Zitoune"),
    ("المحايطة", "Lamhayta"),
    ("أولاد بنونة", "Oulad Bennouna"),
];

const PROJECTS: [(&str, &str); 10] = [
    ("تهيئة حديقة عمومية", "Aménagement d’un jardin public"),
    ("إنارة عمومية بالطاقة الشمسية", "Éclairage public solaire"),
    ("ملعب قرب", "Terrain de proximité"),
    ("مكتبة حي", "Bibliothèque de quartier"),
    ("تبليط الأزقة", "Pavage des ruelles"),
    ("نافورة ماء صالح للشرب", "Fontaine d’eau potable"),
    ("ممرات للراجلين", "Passages piétons sécurisés"),
    ("فضاء للأطفال", "Aire de jeux pour enfants"),
    ("تشجير الشارع الرئيسي", "Plantation d’arbres sur l’avenue"),
    ("حاويات لفرز النفايات", "Conteneurs de tri des déchets"),
];

/// 08:00 on a day of `year`.
fn at_8(year: i32, m: u32, d: u32) -> Result<NaiveDateTime> {
    at_hour(ymd(year, m, d)?, 8)
}

/// A small deterministic generator (64-bit LCG), so the demo is the same everywhere.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn cycle_facts(year: i32, districts: &[(&str, &str)], amount: i64) -> Result<CycleFacts> {
    Ok(CycleFacts {
        year,
        title_ar: format!("الميزانية التشاركية {year}"),
        title_fr: format!("Budget participatif {year}"),
        description_ar: "تخصص الجماعة جزءا من ميزانية التجهيز لمشاريع يقترحها السكان ويصوتون عليها.".into(),
        description_fr: "La commune consacre une part du budget d’équipement à des projets proposés et votés par les habitants.".into(),
        total_cents: amount * districts.len() as i64,
        calendar: [
            at_8(year, 1, 5)?,
            at_8(year, 2, 1)?,
            at_8(year, 3, 15)?,
            at_8(year, 5, 1)?,
            at_8(year, 6, 1)?,
            at_8(year, 9, 1)?,
        ],
        who_proposes: WhoProposes::Both,
        voter_min_age: 16,
        ballot_type: BallotType::Approval,
        min_projects: 1,
        max_projects: 4,
        districts_per_voter: 1,
        rule: "mes-add1-greedy".into(),
        tie_break: TieBreak::Ids,
        districts: districts
            .iter()
            .map(|(ar, fr)| (ar.to_string(), fr.to_string(), amount))
            .collect(),
        categories: vec![
            ("البيئة".into(), "Environnement".into()),
            ("الطرق والإنارة".into(), "Voirie et éclairage".into()),
            ("الرياضة والثقافة".into(), "Sport et culture".into()),
        ],
    })
}

/// Adds feasible proposals (title in French and Arabic) and returns their ids per district.
fn proposals(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    per_district: usize,
    rng: &mut Lcg,
) -> Result<Vec<Vec<i64>>> {
    let districts = store::districts(conn, commune_id, cycle_id)?;
    let categories = store::categories(conn, commune_id, cycle_id)?;
    let mut out = Vec::new();
    for d in &districts {
        let mut ids = Vec::new();
        for i in 0..per_district {
            let (ar, fr) = PROJECTS[i % PROJECTS.len()];
            let cost = (150 + rng.below(9) as i64 * 50) * 1_000 * 100;
            let category = categories.get(i % categories.len().max(1)).map(|c| c.id);
            let title = format!("{fr} — {ar}");
            let description = format!("{ar} ({}). {fr} ({}).", d.name_ar, d.name_fr);
            let p = FeasibleProposal {
                district_id: d.id,
                category_id: category,
                title: &title,
                description: &description,
                location: &d.name_fr,
                cost_cents: cost,
            };
            ids.push(pb::add_feasible_proposal(conn, commune_id, cycle_id, &p)?.id);
        }
        out.push(ids);
    }
    Ok(out)
}

pub fn load(conn: &mut AnyConnection) -> Result<()> {
    let taroudant = by_slug(conn, "taroudant")?.id;
    let tiznit = by_slug(conn, "tiznit")?.id;
    let mut rng = Lcg(2025);
    write_transaction(conn, |conn| {
        let cycle = pb::create_cycle(
            conn,
            None,
            taroudant,
            &cycle_facts(2025, &DISTRICTS, 1_000_000 * 100)?,
        )?;
        let ids = proposals(conn, taroudant, cycle.id, 10, &mut rng)?;
        // Each project has its own popularity; each voter approves 1 to 4 projects of one district.
        let popularity: Vec<Vec<u64>> = ids
            .iter()
            .map(|d| d.iter().map(|_| 1 + rng.below(10)).collect())
            .collect();
        let mut ballots = Vec::with_capacity(3_000);
        for _ in 0..3_000 {
            let d = rng.below(ids.len() as u64) as usize;
            let n = 1 + rng.below(4) as usize;
            let total: u64 = popularity[d].iter().sum();
            let mut chosen = Vec::new();
            for _ in 0..n {
                let mut r = rng.below(total);
                for (i, w) in popularity[d].iter().enumerate() {
                    if r < *w {
                        chosen.push(ids[d][i]);
                        break;
                    }
                    r -= w;
                }
            }
            ballots.push(chosen);
        }
        pb::insert_ballots(conn, taroudant, cycle.id, Channel::Paper, "demo", &ballots)?;
        pb::set_phase(conn, None, taroudant, cycle.id, Some(Phase::Results))?;
        pb::select_winners(conn, None, taroudant, cycle.id)?;

        let tiznit_districts = [("المركز", "Centre"), ("إدوسكا", "Idouska")];
        let cycle = pb::create_cycle(
            conn,
            None,
            tiznit,
            &cycle_facts(2026, &tiznit_districts, 750_000 * 100)?,
        )?;
        proposals(conn, tiznit, cycle.id, 5, &mut rng)?;
        pb::set_phase(conn, None, tiznit, cycle.id, Some(Phase::Voting))?;
        Ok(())
    })
}
