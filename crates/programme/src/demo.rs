//! Demo data, written through the services: Tétouan's open-government commitment plan
//! 2023–2026 (four series, two commitments each, indicators measured over two six-monthly
//! rounds validated by a paritary steering committee) and Taroudant's action programme
//! 2023–2028 with a commitment that came from an accepted petition and one from the
//! equality body's advisory opinion.

use crate::model::{CommitmentStatus, IndicatorKind, OriginKind, PlanKind, Quantity, SteeringSide};
use crate::records::PlanRow;
use crate::rules::IndicatorPoints;
use crate::service::{self, *};
use musharaka_communes::store as communes;
use musharaka_core::time::{today, ymd};
use musharaka_core::{Error, Result};
use musharaka_db::AnyConnection;

/// An indicator of the demo: name, unit, baseline, target, values (date, value).
type DemoIndicator = (
    &'static str,
    &'static str,
    i64,
    i64,
    &'static [((i32, u32, u32), i64)],
);

/// An action of the demo: title, due date, done date.
type DemoAction = (&'static str, (i32, u32, u32), Option<(i32, u32, u32)>);

struct DemoCommitment {
    ar: &'static str,
    fr: &'static str,
    lead: &'static str,
    partners: &'static str,
    expected: &'static str,
    status: &'static [CommitmentStatus],
    reason: &'static str,
    actions: &'static [DemoAction],
    indicators: &'static [DemoIndicator],
}

fn date(d: (i32, u32, u32)) -> Result<chrono::NaiveDate> {
    ymd(d.0, d.1, d.2)
}

/// The first adopted deliberation of the commune's register (the council's demo).
fn adopted_deliberation(conn: &mut AnyConnection, commune_id: i64) -> Result<Option<i64>> {
    Ok(
        musharaka_councils::service::public::latest_deliberations(conn, commune_id)?
            .into_iter()
            .map(|(d, _)| d)
            .filter(|d| d.outcome == "adopted" && d.corrects_id.is_none())
            .map(|d| d.id)
            .min(),
    )
}

fn add(
    conn: &mut AnyConnection,
    cid: i64,
    plan: i64,
    series: Option<i64>,
    d: &DemoCommitment,
) -> Result<i64> {
    let c = add_commitment(
        conn,
        None,
        cid,
        plan,
        &CommitmentFacts {
            series_id: series,
            title_ar: d.ar.into(),
            title_fr: d.fr.into(),
            description: String::new(),
            lead_service: d.lead.into(),
            partners: d.partners.into(),
            expected_results: d.expected.into(),
            budget: None,
        },
    )?;
    for (title, due, done) in d.actions {
        let a = add_action(
            conn,
            None,
            cid,
            c.id,
            &ActionFacts {
                title: (*title).into(),
                starts_on: None,
                due_on: Some(date(*due)?),
            },
        )?;
        if let Some(on) = done {
            complete_action(conn, None, cid, c.id, a, date(*on)?)?;
        }
    }
    for (name, unit, baseline, target, values) in d.indicators {
        let i = add_indicator(
            conn,
            None,
            cid,
            c.id,
            &IndicatorFacts {
                kind: IndicatorKind::Result,
                name: (*name).into(),
                unit: (*unit).into(),
                period: "2023–2026".into(),
                baseline: Quantity(baseline * 100),
                target: Quantity(target * 100),
            },
        )?;
        for (on, v) in values
            .iter()
            .filter(|(on, _)| date(*on).is_ok_and(|d| d <= today()))
        {
            record_value(
                conn,
                None,
                cid,
                c.id,
                &ValueFacts {
                    indicator_id: i,
                    measured_on: date(*on)?,
                    value: Quantity(v * 100),
                    source: "Matrice de suivi de l'équipe technique OGP".into(),
                },
                today(),
            )?;
        }
    }
    for s in d.status {
        set_status(
            conn,
            None,
            cid,
            c.id,
            *s,
            if *s == CommitmentStatus::Dropped {
                d.reason
            } else {
                ""
            },
        )?;
    }
    Ok(c.id)
}

use CommitmentStatus::{Done, Dropped, InProgress};

const TETOUAN: [(&str, &str, [DemoCommitment; 2]); 4] = [
    ("شفافية التدبير المالي", "Transparence de la gestion financière", [
        DemoCommitment {
            ar: "نشر الوثائق الميزانياتية والمحاسبية وتبسيطها", fr: "Publier et vulgariser les documents budgétaires et comptables",
            lead: "Direction du budget", partners: "Direction de la communication ; associations du comité de pilotage",
            expected: "Budget citoyen publié chaque année ; documents budgétaires en ligne dans le mois de leur adoption",
            status: &[InProgress], reason: "",
            actions: &[("Publier le budget 2025 en données ouvertes", (2025, 3, 31), Some((2025, 3, 20))), ("Publier un budget citoyen illustré", (2025, 10, 31), None)],
            indicators: &[("Documents budgétaires publiés", "documents", 2, 12, &[((2025, 6, 15), 5), ((2025, 12, 20), 9)])],
        },
        DemoCommitment {
            ar: "النشر الاستباقي للمعلومات العمومية", fr: "Publication proactive des informations publiques",
            lead: "Direction de l'informatique et de la numérisation", partners: "Secrétariat du Conseil communal",
            expected: "Les ordres du jour, délibérations et marchés publiés sur le portail",
            status: &[InProgress, Done], reason: "",
            actions: &[("Mettre en ligne le registre des délibérations", (2025, 6, 30), Some((2025, 5, 28)))],
            indicators: &[("Délibérations publiées dans les 15 jours", "%", 20, 90, &[((2025, 6, 30), 60), ((2025, 12, 31), 92)])],
        },
    ]),
    ("المساءلة", "Redevabilité de l'équipe de gestion", [
        DemoCommitment {
            ar: "التتبع العمومي لتنفيذ برنامج عمل الجماعة", fr: "Suivi public de la mise en œuvre du plan d'action communal",
            lead: "Direction des grands projets et du plan d'action communal", partners: "Association d'initiatives locales de Tétouan (organe de suivi indépendant)",
            expected: "Un tableau de bord public du PAC mis à jour chaque semestre",
            status: &[InProgress], reason: "",
            actions: &[("Tableau de bord public du PAC", (2025, 6, 30), Some((2025, 7, 10))), ("Rapport annuel soumis au débat public", (2025, 12, 31), None)],
            indicators: &[("Projets du PAC suivis en ligne", "%", 0, 100, &[((2025, 6, 30), 35), ((2025, 12, 31), 70)])],
        },
        DemoCommitment {
            ar: "جلسات عمومية لتقديم الحصيلة السنوية", fr: "Séances publiques de restitution du bilan annuel",
            lead: "Direction générale des services communaux", partners: "Forum des parties prenantes",
            expected: "Une journée d'étude annuelle sur les avancées et les obstacles",
            status: &[Dropped], reason: "Fusionné avec le rapport annuel soumis au débat public (engagement précédent), sur proposition du comité de pilotage.",
            actions: &[], indicators: &[],
        },
    ]),
    ("خدمات القرب", "Qualité des services de proximité", [
        DemoCommitment {
            ar: "تطبيق للتبليغ عن أعطاب الإنارة والنظافة", fr: "Application de signalement des pannes d'éclairage et de la propreté",
            lead: "Direction des travaux communaux", partners: "Opérateurs de gestion déléguée",
            expected: "Les signalements traités plus vite",
            status: &[InProgress], reason: "",
            actions: &[("Lancer l'application de signalement", (2025, 4, 30), Some((2025, 4, 22)))],
            indicators: &[("Délai moyen de traitement d'un signalement", "jours", 30, 10, &[((2025, 6, 30), 22), ((2025, 12, 31), 15)])],
        },
        DemoCommitment {
            ar: "حملات التحسيس بجودة الخدمات", fr: "Campagnes de sensibilisation à la qualité des services",
            lead: "Direction de la communication", partners: "Associations de quartier",
            expected: "Six campagnes de quartier par an",
            status: &[], reason: "",
            actions: &[("Programme annuel des campagnes", (2026, 3, 31), None)],
            indicators: &[("Campagnes de quartier menées", "campagnes", 0, 6, &[])],
        },
    ]),
    ("هيئات التشاور الموضوعاتية", "Instances de concertation thématiques", [
        DemoCommitment {
            ar: "إحداث وتنسيق هيئات التشاور لإعداد مخططات موضوعاتية", fr: "Mettre en place et coordonner les instances de concertation (genre, handicap, jeunes)",
            lead: "Direction des relations associatives et de la solidarité sociale", partners: "Instance de l'équité, de l'égalité des chances et de l'approche genre",
            expected: "Trois plans d'action thématiques co-construits",
            status: &[InProgress], reason: "",
            actions: &[("Installer l'instance des jeunes", (2025, 3, 31), Some((2025, 3, 15))), ("Plan d'action handicap", (2025, 12, 31), None)],
            indicators: &[("Plans thématiques adoptés", "plans", 0, 3, &[((2025, 6, 30), 1), ((2025, 12, 31), 1)])],
        },
        DemoCommitment {
            ar: "منتدى الأطراف المعنية", fr: "Forum des parties prenantes",
            lead: "Secrétariat du Conseil communal", partners: "Organisations de la société civile",
            expected: "Deux forums par an ouverts à toutes les associations",
            status: &[InProgress], reason: "",
            actions: &[("Forum de mi-parcours", (2025, 11, 30), Some((2025, 11, 27)))],
            indicators: &[("Participants aux forums", "personnes", 0, 400, &[((2025, 6, 30), 120), ((2025, 12, 31), 310)])],
        },
    ]),
];

/// Creates the plan and adopts it by the council's demo deliberation, when there is one.
fn adopted_plan(conn: &mut AnyConnection, cid: i64, facts: &PlanFacts) -> Result<PlanRow> {
    let plan = create_plan(conn, None, cid, facts)?;
    if let Some(d) = adopted_deliberation(conn, cid)? {
        adopt_plan(conn, None, cid, plan.id, d)?;
    }
    Ok(plan)
}

/// The steering committee's members: (side, name, organisation).
fn add_steering(
    conn: &mut AnyConnection,
    cid: i64,
    plan: i64,
    members: &[(SteeringSide, &str, &str)],
) -> Result<()> {
    for &(side, name, org) in members {
        let member = SteeringFacts {
            side,
            name: name.into(),
            organisation: org.into(),
        };
        add_steering_member(conn, None, cid, plan, &member)?;
    }
    Ok(())
}

/// Records where a commitment came from.
fn add_origin(
    conn: &mut AnyConnection,
    cid: i64,
    commitment: i64,
    kind: OriginKind,
    reference: &str,
) -> Result<()> {
    add_link(conn, None, cid, commitment, kind, reference)?;
    Ok(())
}

fn tetouan(conn: &mut AnyConnection, cid: i64) -> Result<()> {
    let plan = adopted_plan(
        conn,
        cid,
        &PlanFacts {
            kind: PlanKind::CommitmentPlan,
            title_ar: "مخطط عمل الحكومة المنفتحة: تطوان جماعة منفتحة 2023–2026".into(),
            title_fr: "Plan d'action OGP : Tétouan, commune ouverte 2023–2026".into(),
            summary: "Ancré dans le plan d'action communal, co-construit avec les citoyens et les associations : quatre séries d'engagements sur la transparence, la redevabilité, les services de proximité et les instances de concertation.".into(),
            starts_on: ymd(2023, 1, 1)?,
            ends_on: ymd(2026, 12, 31)?,
        },
    )?;
    for (ar, fr, commitments) in &TETOUAN {
        let s = add_series(conn, None, cid, plan.id, ar, fr)?;
        for c in commitments {
            add(conn, cid, plan.id, Some(s.id), c)?;
        }
    }
    let members = [
        (
            SteeringSide::Commune,
            "Vice-président chargé de la démocratie participative",
            "Conseil communal",
        ),
        (
            SteeringSide::Commune,
            "Directeur général des services",
            "Administration communale",
        ),
        (
            SteeringSide::Commune,
            "Cheffe de la division de la communication",
            "Administration communale",
        ),
        (
            SteeringSide::CivilSociety,
            "Présidente",
            "Association « Femme activiste »",
        ),
        (
            SteeringSide::CivilSociety,
            "Président",
            "Association « Colombe blanche » pour les droits des personnes handicapées",
        ),
        (
            SteeringSide::CivilSociety,
            "Président",
            "Association Patrimoine, citoyenneté et développement",
        ),
    ];
    add_steering(conn, cid, plan.id, &members)?;
    if plan_is_adopted(conn, cid, plan.id)? {
        for (end, note) in [
            (
                (2025, 6, 30),
                "Matrice validée ; accélérer la publication du budget citoyen.",
            ),
            ((2025, 12, 31), ""),
        ] {
            let r = open_round(conn, None, cid, plan.id, date(end)?)?;
            if !note.is_empty() {
                validate_round(conn, None, cid, plan.id, r.id, note)?;
            }
        }
    }
    Ok(())
}

fn plan_is_adopted(conn: &mut AnyConnection, cid: i64, plan: i64) -> Result<bool> {
    Ok(service::plan_page(conn, cid, plan, true).is_ok())
}

fn taroudant(conn: &mut AnyConnection, cid: i64) -> Result<()> {
    let plan = adopted_plan(
        conn,
        cid,
        &PlanFacts {
            kind: PlanKind::ActionProgramme,
            title_ar: "برنامج عمل جماعة تارودانت 2023–2028".into(),
            title_fr: "Programme d'action de la commune de Taroudant 2023–2028".into(),
            summary: "Élaboré selon une démarche participative (art. 78) avec les associations, l'instance de l'équité et les habitants des quartiers.".into(),
            starts_on: ymd(2023, 1, 1)?,
            ends_on: ymd(2028, 12, 31)?,
        },
    )?;
    let s = add_series(
        conn,
        None,
        cid,
        plan.id,
        "إطار العيش والبيئة",
        "Cadre de vie et environnement",
    )?;
    let social = add_series(
        conn,
        None,
        cid,
        plan.id,
        "التنمية الاجتماعية والمساواة",
        "Développement social et égalité",
    )?;
    let green = add(
        conn,
        cid,
        plan.id,
        Some(s.id),
        &DemoCommitment {
            ar: "إحداث مساحة خضراء بحي النور",
            fr: "Créer un espace vert au quartier Nour",
            lead: "Service des espaces verts",
            partners: "Association des amis de l'environnement",
            expected: "Un jardin public de 4 000 m² ouvert aux habitants",
            status: &[InProgress],
            reason: "",
            actions: &[
                ("Études et plans", (2026, 6, 30), Some((2026, 6, 12))),
                ("Travaux d'aménagement", (2027, 6, 30), None),
            ],
            indicators: &[(
                "Surface aménagée",
                "m²",
                0,
                4000,
                &[((2026, 6, 30), 0), ((2026, 10, 31), 1500)],
            )],
        },
    )?;
    let petitions = musharaka_petitions::service::feed_rows(conn, cid)?;
    if let Some(p) = petitions
        .iter()
        .find(|p| p.subject.starts_with("إحداث مساحة خضراء"))
    {
        add_origin(conn, cid, green, OriginKind::Petition, &p.id.to_string())?;
    }
    let women = add(conn, cid, plan.id, Some(social.id), &DemoCommitment {
        ar: "دار المرأة وبرنامج للتكوين", fr: "Maison de la femme et programme de formation",
        lead: "Service des affaires sociales", partners: "Instance de l'équité, de l'égalité des chances et de l'approche genre ; Association des femmes du quartier",
        expected: "Une maison de la femme ouverte et 200 femmes formées par an",
        status: &[InProgress], reason: "",
        actions: &[("Convention avec l'Entraide nationale", (2026, 3, 31), Some((2026, 3, 25)))],
        indicators: &[("Femmes formées", "personnes", 0, 200, &[((2026, 6, 30), 40)])],
    })?;
    // The equality body's opinion sent to the council (the bodies demo loads first).
    let opinions = musharaka_bodies::store::opinions(conn, cid, None)?;
    let sent = |o: &&musharaka_bodies::records::OpinionRow| {
        use musharaka_bodies::model::OpinionStatus::{Answered, Transmitted};
        matches!(o.status, Transmitted | Answered)
    };
    if let Some(o) = opinions.iter().find(sent) {
        let opinion = format!("{}/{}", o.body_id, o.id);
        add_origin(conn, cid, women, OriginKind::AdvisoryOpinion, &opinion)?;
    }
    if let Some(p) = petitions.iter().find(|p| p.subject == "دار المرأة") {
        add_origin(conn, cid, women, OriginKind::Petition, &p.id.to_string())?;
    }
    add(
        conn,
        cid,
        plan.id,
        Some(social.id),
        &DemoCommitment {
            ar: "النقل المدرسي بالوسط القروي",
            fr: "Transport scolaire en milieu rural",
            lead: "Service de l'enseignement",
            partners: "Associations de parents d'élèves",
            expected: "Les élèves des douars éloignés transportés chaque jour",
            status: &[],
            reason: "",
            actions: &[("Convention de transport scolaire", (2027, 9, 1), None)],
            indicators: &[],
        },
    )?;
    add_steering(
        conn,
        cid,
        plan.id,
        &[
            (
                SteeringSide::Commune,
                "Vice-présidente chargée des affaires sociales",
                "Conseil communal",
            ),
            (
                SteeringSide::CivilSociety,
                "Présidente",
                "Association Amal Taroudant pour le développement",
            ),
        ],
    )?;
    if plan_is_adopted(conn, cid, plan.id)? {
        let r = open_round(conn, None, cid, plan.id, ymd(2026, 6, 30)?)?;
        validate_round(
            conn,
            None,
            cid,
            plan.id,
            r.id,
            "Premier suivi semestriel du programme.",
        )?;
    }
    let points = |p: &[(u32, u32)]| {
        p.iter()
            .map(|(earned, max)| IndicatorPoints {
                earned: *earned,
                max: *max,
            })
            .collect()
    };
    record_assessment(
        conn,
        None,
        cid,
        &AssessmentFacts {
            year: 2024,
            conditions: [true; 5],
            indicators: points(&[(28, 35), (22, 30), (18, 35)]),
            publish: true,
        },
    )?;
    record_assessment(
        conn,
        None,
        cid,
        &AssessmentFacts {
            year: 2025,
            conditions: [true, true, true, false, true],
            indicators: points(&[(30, 35), (25, 30), (24, 35)]),
            publish: false,
        },
    )?;
    Ok(())
}

/// Loads the demo plans (after the councils and petitions demo).
pub fn load(conn: &mut AnyConnection) -> Result<()> {
    if let Some(c) = communes::by_slug(conn, "tetouan").map_err(Error::from)? {
        tetouan(conn, c.id)?;
    }
    if let Some(c) = communes::by_slug(conn, "taroudant").map_err(Error::from)? {
        taroudant(conn, c.id)?;
    }
    Ok(())
}
