//! Demo data: five communes with plausible councils and committees (RGPH 2014
//! populations), and demo accounts (password `musharaka-demo`). Loaded only into an empty
//! database.

use musharaka_communes::service::{self, CommitteeFacts, CommuneFacts, MemberFacts};
use musharaka_communes::{store, CouncilRole, Gender};
use musharaka_core::time::ymd;
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use musharaka_identity::service::{create_admin, save_association, AssociationFile, Grant};
use musharaka_identity::Role;

use crate::state::AppState;

pub const DEMO_PASSWORD: &str = "musharaka-demo";

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
    Ok(MemberFacts {
        name_ar: format!("{first_ar} {last_ar}"),
        name_fr: format!("{first_fr} {last_fr}"),
        gender: if female { Gender::Female } else { Gender::Male },
        role,
        vice_rank,
        political_group: Some(GROUPS[(i + seed) % GROUPS.len()].to_string()),
        term_start: ymd(2021, 9, 22)?,
        term_end: None,
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
    let mut ids = Vec::with_capacity(d.council_size);
    for i in 0..d.council_size {
        ids.push(
            service::save_member(
                conn,
                None,
                commune.id,
                None,
                &member(seed, i, d.vice_presidents)?,
            )?
            .id,
        );
    }
    let ordinary: Vec<i64> = ids
        .iter()
        .skip(d.vice_presidents as usize + 3)
        .copied()
        .collect();
    for (k, (ar, fr)) in COMMITTEES.iter().take(d.committees).enumerate() {
        let members: Vec<i64> = ordinary.iter().skip(k * 5).take(7).copied().collect();
        service::save_committee(
            conn,
            None,
            commune.id,
            None,
            &CommitteeFacts {
                name_ar: (*ar).into(),
                name_fr: (*fr).into(),
                chair_member_id: members.first().copied(),
                member_ids: members,
            },
        )?;
    }
    Ok(commune.id)
}

/// Loads the demo into an empty database; returns false (and changes nothing) otherwise.
pub fn load_if_empty(conn: &mut AnyConnection, state: &AppState) -> Result<bool> {
    if store::count(conn)? > 0 {
        return Ok(false);
    }
    let mut ids = Vec::new();
    for (seed, d) in COMMUNES.iter().enumerate() {
        ids.push((d.slug, load_commune(conn, seed, d)?));
    }
    create_admin(
        conn,
        "admin@musharaka.ma",
        "Platform admin",
        DEMO_PASSWORD,
        Grant::Platform,
    )?;
    for (slug, id) in &ids {
        for role in [Role::Admin, Role::Secretariat, Role::Bureau] {
            let email = format!("{}.{slug}@demo.musharaka.ma", role.key());
            create_admin(
                conn,
                &email,
                &format!("{} {slug}", role.key()),
                DEMO_PASSWORD,
                Grant::Role(*id, role),
            )?;
        }
    }
    let taroudant = ids[0].1;
    let citizen = create_admin(
        conn,
        "citizen@demo.musharaka.ma",
        "Amina Oubella",
        DEMO_PASSWORD,
        Grant::Citizen,
    )?;
    let statutes_file = statutes(
        conn,
        &state.config,
        citizen.id,
        taroudant,
        "Association Amal Taroudant",
    )?;
    save_association(
        conn,
        citizen.id,
        AssociationFile {
            name_ar: "جمعية أمل تارودانت للتنمية",
            name_fr: "Association Amal Taroudant pour le développement",
            receipt_number: "ASS-TRD-2015-041",
            receipt_date: ymd(2015, 6, 2)?,
            founded_on: ymd(2015, 3, 14)?,
            seat_commune_id: taroudant,
            activity_field: "Développement local, jeunesse / التنمية المحلية والشباب",
            statutes_upload_id: Some(statutes_file),
        },
    )?;
    musharaka_councils::demo::load(conn, &ids)?;
    crate::demo_budgets::load(conn)?;
    crate::demo_petitions::load(conn, state)?;
    musharaka_programme::demo::load(conn)?;
    Ok(true)
}

/// An association's statutes as a small real PDF, stored through the upload path (the
/// file on disk, the private `uploads` row): the demo's statutes links open.
pub(crate) fn statutes(
    conn: &mut AnyConnection,
    config: &musharaka_core::Config,
    owner: i64,
    commune_id: i64,
    association: &str,
) -> Result<i64> {
    let file = crate::uploads::UploadedFile {
        field: "statutes".into(),
        original_name: "statuts.pdf".into(),
        bytes: crate::uploads::SpooledFile::from_bytes(&demo_pdf(&format!(
            "Statuts - {association} (demo)"
        )))?,
    };
    crate::uploads::store(
        conn,
        config,
        &file,
        crate::uploads::FileKind::Pdf,
        Some(owner),
        Some(commune_id),
        true,
    )
}

/// A one-page PDF showing `title` (ASCII), with a correct cross-reference table.
fn demo_pdf(title: &str) -> Vec<u8> {
    let text: String = title
        .chars()
        .filter(|c| c.is_ascii() && !matches!(c, '(' | ')' | '\\'))
        .collect();
    let stream = format!("BT /F1 14 Tf 72 770 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        pdf.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}
