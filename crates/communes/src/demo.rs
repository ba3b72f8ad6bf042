//! Demo communes: five communes with plausible councils and committees (RGPH 2014
//! populations), through this crate's services. The web's demo loader calls [`load`]
//! first, then every domain's own demo.

use crate::service::{self, CommitteeFacts, CommuneFacts, MemberFacts};
use crate::{CommitteePurpose, CouncilRole, Gender};
use musharaka_core::time::ymd;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

struct DemoCommune {
    slug: &'static str,
    ar: &'static str,
    fr: &'static str,
    tzm: &'static str,
    region: (&'static str, &'static str),
    province: (&'static str, &'static str),
    population: i64,
    arrondissements: bool,
    council_size: usize,
    vice_presidents: i32,
    committees: usize,
    phone: &'static str,
}

const SOUSS: (&str, &str) = ("جهة سوس ماسة", "Souss-Massa");

const COMMUNES: [DemoCommune; 5] = [
    DemoCommune {
        slug: "taroudant",
        ar: "جماعة تارودانت",
        fr: "Commune de Taroudant",
        tzm: "ⵜⴰⵖⵔⵎⵜ ⵏ ⵜⴰⵔⵓⴷⴰⵏⵜ",
        region: SOUSS,
        province: ("إقليم تارودانت", "Province de Taroudant"),
        population: 80_149,
        arrondissements: false,
        council_size: 35,
        vice_presidents: 6,
        committees: 4,
        phone: "+212 528 85 20 12",
    },
    DemoCommune {
        slug: "tiznit",
        ar: "جماعة تيزنيت",
        fr: "Commune de Tiznit",
        tzm: "ⵜⴰⵖⵔⵎⵜ ⵏ ⵜⵉⵣⵏⵉⵜ",
        region: SOUSS,
        province: ("إقليم تيزنيت", "Province de Tiznit"),
        population: 74_699,
        arrondissements: false,
        council_size: 35,
        vice_presidents: 6,
        committees: 3,
        phone: "+212 528 86 21 10",
    },
    DemoCommune {
        slug: "sidi-ifni",
        ar: "جماعة سيدي إفني",
        fr: "Commune de Sidi Ifni",
        tzm: "ⵜⴰⵖⵔⵎⵜ ⵏ ⵙⵉⴷⵉ ⵉⴼⵏⵉ",
        region: ("جهة كلميم واد نون", "Guelmim-Oued Noun"),
        province: ("إقليم سيدي إفني", "Province de Sidi Ifni"),
        population: 20_051,
        arrondissements: false,
        council_size: 29,
        vice_presidents: 5,
        committees: 3,
        phone: "+212 528 87 51 05",
    },
    DemoCommune {
        slug: "tetouan",
        ar: "جماعة تطوان",
        fr: "Commune de Tétouan",
        tzm: "ⵜⴰⵖⵔⵎⵜ ⵏ ⵜⵉⵟⵟⴰⵡⵉⵏ",
        region: ("جهة طنجة تطوان الحسيمة", "Tanger-Tétouan-Al Hoceïma"),
        province: ("عمالة تطوان", "Préfecture de Tétouan"),
        population: 380_787,
        arrondissements: false,
        council_size: 55,
        vice_presidents: 8,
        committees: 5,
        phone: "+212 539 96 16 43",
    },
    DemoCommune {
        slug: "rabat",
        ar: "جماعة الرباط",
        fr: "Commune de Rabat",
        tzm: "ⵜⴰⵖⵔⵎⵜ ⵏ ⵕⵕⴱⴰⵟ",
        region: ("جهة الرباط سلا القنيطرة", "Rabat-Salé-Kénitra"),
        province: ("عمالة الرباط", "Préfecture de Rabat"),
        population: 577_827,
        arrondissements: true,
        council_size: 61,
        vice_presidents: 10,
        committees: 5,
        phone: "+212 537 70 62 84",
    },
];

const WOMEN: [(&str, &str); 12] = [
    ("فاطمة", "Fatima"),
    ("خديجة", "Khadija"),
    ("مريم", "Meryem"),
    ("نادية", "Nadia"),
    ("سعاد", "Souad"),
    ("حسناء", "Hasnaa"),
    ("زينب", "Zineb"),
    ("لطيفة", "Latifa"),
    ("أمينة", "Amina"),
    ("نعيمة", "Naima"),
    ("سناء", "Sanaa"),
    ("إيمان", "Imane"),
];
const MEN: [(&str, &str); 15] = [
    ("محمد", "Mohamed"),
    ("أحمد", "Ahmed"),
    ("عبد الله", "Abdellah"),
    ("يوسف", "Youssef"),
    ("الحسن", "El Hassan"),
    ("إبراهيم", "Brahim"),
    ("عمر", "Omar"),
    ("خالد", "Khalid"),
    ("رشيد", "Rachid"),
    ("مصطفى", "Mustapha"),
    ("عبد الرحيم", "Abderrahim"),
    ("سعيد", "Said"),
    ("حميد", "Hamid"),
    ("عزيز", "Aziz"),
    ("لحسن", "Lahcen"),
];
const FAMILY: [(&str, &str); 16] = [
    ("العلوي", "El Alaoui"),
    ("بنعلي", "Benali"),
    ("أيت الحاج", "Ait El Haj"),
    ("أوبلا", "Oubella"),
    ("الإدريسي", "El Idrissi"),
    ("بوزيد", "Bouzid"),
    ("أمزيان", "Amziane"),
    ("الفاسي", "El Fassi"),
    ("التازي", "Tazi"),
    ("أيت باها", "Ait Baha"),
    ("أوعلي", "Ouali"),
    ("الصنهاجي", "Sanhaji"),
    ("بلقاضي", "Belkadi"),
    ("الرامي", "Errami"),
    ("الحمري", "El Hamri"),
    ("أخياط", "Akhiat"),
];
const GROUPS: [&str; 6] = ["RNI", "PAM", "Istiqlal", "USFP", "MP", "PPS"];
/// The groups in opposition in every demo council (five members in a row always count one:
/// the groups cycle through six).
const OPPOSITION: [&str; 2] = ["USFP", "PPS"];

const COMMITTEES: [(&str, &str); 5] = [
    (
        "لجنة الميزانية والشؤون المالية والبرمجة",
        "Commission du budget, des affaires financières et de la programmation",
    ),
    (
        "لجنة المرافق العمومية والخدمات",
        "Commission des services et équipements publics",
    ),
    (
        "لجنة التعمير وإعداد التراب والبيئة",
        "Commission de l'urbanisme, de l'aménagement du territoire et de l'environnement",
    ),
    (
        "لجنة الشؤون الاجتماعية والثقافية والرياضية",
        "Commission des affaires sociales, culturelles et sportives",
    ),
    (
        "لجنة التنمية الاقتصادية والشراكة",
        "Commission du développement économique et du partenariat",
    ),
];

/// The council's offices in order: president, vice-presidents, secretary, deputy, members.
fn office(i: usize, vps: i32) -> (CouncilRole, Option<i32>) {
    let vps = vps as usize;
    match i {
        0 => (CouncilRole::President, None),
        i if i <= vps => (CouncilRole::VicePresident, Some(i as i32)),
        i if i == vps + 1 => (CouncilRole::Secretary, None),
        i if i == vps + 2 => (CouncilRole::DeputySecretary, None),
        _ => (CouncilRole::Member, None),
    }
}

fn member(seed: usize, i: usize, vps: i32) -> Result<MemberFacts> {
    // About a third of seats are held by women (the quota lists of law 59.11).
    let female = i % 3 == 1;
    let (first_ar, first_fr) = if female {
        WOMEN[(i * 7 + seed) % WOMEN.len()]
    } else {
        MEN[(i * 5 + seed) % MEN.len()]
    };
    let (last_ar, last_fr) = FAMILY[(i * 3 + seed * 5) % FAMILY.len()];
    let (role, vice_rank) = office(i, vps);
    let group = GROUPS[(i + seed) % GROUPS.len()];
    Ok(MemberFacts {
        name_ar: format!("{first_ar} {last_ar}"),
        name_fr: format!("{first_fr} {last_fr}"),
        gender: if female { Gender::Female } else { Gender::Male },
        role,
        vice_rank,
        political_group: Some(group.to_string()),
        term_start: ymd(2021, 9, 22)?,
        term_end: None,
        // Art. 27: the bureau is the majority's; members of the opposition groups sit apart.
        opposition: role == CouncilRole::Member && OPPOSITION.contains(&group),
    })
}

fn load_commune(conn: &mut AnyConnection, seed: usize, d: &DemoCommune) -> Result<i64> {
    let commune = service::create_commune(
        conn,
        None,
        &CommuneFacts {
            slug: d.slug.into(),
            name_ar: d.ar.into(),
            name_fr: d.fr.into(),
            name_tzm: Some(d.tzm.into()),
            region_ar: d.region.0.into(),
            region_fr: d.region.1.into(),
            province_ar: d.province.0.into(),
            province_fr: d.province.1.into(),
            population: d.population,
            census_year: 2014,
            has_arrondissements: d.arrondissements,
            email: format!("contact@{}.ma", d.slug),
            phone: d.phone.into(),
            address_ar: format!("مقر {}، شارع محمد الخامس", d.ar),
            address_fr: format!(
                "Hôtel de ville, avenue Mohammed V, {}",
                d.fr.trim_start_matches("Commune de ")
            ),
        },
    )?;
    let mut ordinary = Vec::with_capacity(d.council_size);
    for i in 0..d.council_size {
        let m = service::save_member(
            conn,
            None,
            commune.id,
            None,
            &member(seed, i, d.vice_presidents)?,
        )?;
        if i >= d.vice_presidents as usize + 3 {
            ordinary.push(m);
        }
    }
    // Art. 25: five to seven members each, no member on two permanent committees, the
    // budget's and the public services' first; art. 27: the last is chaired by the
    // opposition, the others by the majority.
    let per = (ordinary.len() / d.committees.max(1)).min(7);
    for (k, (ar, fr)) in COMMITTEES.iter().take(d.committees).enumerate() {
        let seats: Vec<&crate::CouncilMember> = ordinary.iter().skip(k * per).take(per).collect();
        let last = k + 1 == d.committees;
        let chair = seats
            .iter()
            .find(|m| m.opposition == last)
            .or(seats.first())
            .map(|m| m.id);
        service::save_committee(
            conn,
            None,
            commune.id,
            None,
            &CommitteeFacts {
                name_ar: (*ar).into(),
                name_fr: (*fr).into(),
                purpose: match k {
                    0 => CommitteePurpose::BudgetFinance,
                    1 => CommitteePurpose::PublicServices,
                    _ => CommitteePurpose::Other,
                },
                chair_member_id: chair,
                member_ids: seats.iter().map(|m| m.id).collect(),
            },
        )?;
    }
    Ok(commune.id)
}

/// Creates the five demo communes; returns their slugs and ids, Taroudant first.
pub fn load(conn: &mut AnyConnection) -> Result<Vec<(&'static str, i64)>> {
    let mut ids = Vec::new();
    for (seed, d) in COMMUNES.iter().enumerate() {
        ids.push((d.slug, load_commune(conn, seed, d)?));
    }
    Ok(ids)
}
