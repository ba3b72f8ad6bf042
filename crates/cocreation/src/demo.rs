//! Demo data for Taroudant, through the services: the Tadafor call of 2023 (window
//! 17 October – 15 December 2023, information meeting on Friday 3 November 2023 at the
//! municipal library, 15:00–17:00, 32 association representatives), a dozen concept notes
//! in every state, two evaluators, the selection within the envelope, two agreements and a
//! first report; and an open call of 2026 with notes being drafted and evaluated.

use crate::records::{CallFields, NewLine, NoteTexts};
use crate::rules::{casablanca_to_utc, Checklist};
use crate::service::{self, CriterionInput, MailContext, NoteInput, TrancheInput};
use chrono::{Duration, NaiveDateTime};
use musharaka_communes::store as communes;
use musharaka_core::time::{now, ymd};
use musharaka_core::{Error, Money, Result};
use musharaka_db::AnyConnection;
use musharaka_identity::service::{
    create_admin, load_permissions, review_association, save_association, AssociationFile, Grant,
    Review,
};
use musharaka_identity::{store as accounts, Permissions, Role};

/// What the demo needs from the application around.
pub struct Setup<'a> {
    pub mail: MailContext<'a>,
    /// The password of every demo account.
    pub password: &'a str,
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> Result<NaiveDateTime> {
    ymd(y, m, d)?
        .and_hms_opt(h, min, 0)
        .map(casablanca_to_utc)
        .ok_or_else(|| Error::internal("no such time"))
}

fn perms(conn: &mut AnyConnection, email: &str) -> Result<Permissions> {
    let a = accounts::account_by_email(conn, email)?
        .ok_or_else(|| Error::internal("demo account missing"))?;
    load_permissions(conn, a.id)
}

fn mad(n: i64) -> Result<Money> {
    Money::from_mad(n).ok_or_else(|| Error::internal("amount"))
}

/// (arabic name, french name, field of activity, founded (year), requested line amount,
/// co-financing, women %, title)
type Assoc = (
    &'static str,
    &'static str,
    &'static str,
    i32,
    i64,
    i64,
    i32,
    &'static str,
);

const ASSOCIATIONS: [Assoc; 12] = [
    (
        "جمعية نساء سوس للتنمية",
        "Association Femmes du Souss pour le développement",
        "Femmes, économie sociale",
        2012,
        120_000,
        15_000,
        90,
        "Coopérative de couture du quartier Sidi Belkass",
    ),
    (
        "جمعية شباب تارودانت",
        "Association Jeunesse de Taroudant",
        "Jeunesse, sport",
        2015,
        100_000,
        12_000,
        45,
        "Maison des jeunes ouverte le soir",
    ),
    (
        "جمعية أصدقاء الخزانة البلدية",
        "Amis de la bibliothèque municipale",
        "Culture, lecture",
        2010,
        80_000,
        10_000,
        60,
        "Lecture publique dans les quartiers",
    ),
    (
        "جمعية البيئة والواحة",
        "Association Environnement et oasis",
        "Environnement",
        2016,
        150_000,
        20_000,
        40,
        "Jardins partagés le long des remparts",
    ),
    (
        "جمعية الأمل لذوي الإعاقة",
        "Association Al Amal pour les personnes handicapées",
        "Handicap, inclusion",
        2009,
        130_000,
        14_000,
        50,
        "Accessibilité des équipements de proximité",
    ),
    (
        "جمعية حي الفرح",
        "Association du quartier Al Farah",
        "Quartier, cadre de vie",
        2018,
        90_000,
        9_000,
        55,
        "Éclairage et propreté du quartier Al Farah",
    ),
    (
        "جمعية التراث الروداني",
        "Association du patrimoine roudani",
        "Patrimoine, tourisme",
        2011,
        140_000,
        14_000,
        35,
        "Parcours du patrimoine des souks",
    ),
    (
        "جمعية الصحة للجميع",
        "Association Santé pour tous",
        "Santé",
        2014,
        110_000,
        11_000,
        70,
        "Caravanes de prévention dans les douars",
    ),
    (
        "جمعية محو الأمية",
        "Association d'alphabétisation Iqraa",
        "Éducation, alphabétisation",
        2013,
        70_000,
        8_000,
        85,
        "Cours d'alphabétisation des femmes",
    ),
    (
        "جمعية الرياضة للجميع",
        "Association Sport pour tous",
        "Sport",
        2022,
        60_000,
        6_000,
        30,
        "Tournoi inter-quartiers",
    ),
    (
        "جمعية المبادرة الرقمية",
        "Association Initiative numérique",
        "Numérique, jeunesse",
        2017,
        95_000,
        10_000,
        48,
        "Atelier numérique pour les jeunes",
    ),
    (
        "جمعية الفلاحين الصغار",
        "Association des petits agriculteurs",
        "Agriculture, économie sociale",
        2008,
        125_000,
        12_500,
        38,
        "Marché paysan hebdomadaire",
    ),
];

fn email(i: usize) -> String {
    format!("association{}.taroudant@demo.musharaka.ma", i + 1)
}

/// Twelve associations of Taroudant, verified by the commune's admin.
fn associations(
    conn: &mut AnyConnection,
    s: &Setup<'_>,
    commune_id: i64,
    admin: &Permissions,
) -> Result<()> {
    for (i, a) in ASSOCIATIONS.iter().enumerate() {
        let account = create_admin(
            conn,
            &email(i),
            &format!("Représentant·e {}", i + 1),
            s.password,
            Grant::Citizen,
        )?;
        let saved = save_association(
            conn,
            account.id,
            AssociationFile {
                name_ar: a.0,
                name_fr: a.1,
                receipt_number: &format!("ASS-TRD-{}-{:03}", a.3, i + 1),
                receipt_date: ymd(a.3, 3, 1)?,
                founded_on: ymd(a.3, 2, 1)?,
                seat_commune_id: commune_id,
                activity_field: a.2,
                statutes_upload_id: None,
            },
        )?;
        review_association(conn, &s.mail, admin, commune_id, saved.id, Review::Verify)?;
    }
    Ok(())
}

fn note(a: &Assoc) -> Result<NoteInput> {
    Ok(NoteInput {
        texts: NoteTexts {
            title: a.7.into(),
            problem: format!(
                "Besoin constaté par l'association : {}.",
                a.7.to_lowercase()
            ),
            objectives: "Améliorer le service rendu aux habitants, avec eux.".into(),
            beneficiaries: 150,
            women_percent: a.6,
            youth_percent: 40,
            activities: "Diagnostic partagé, ateliers, réalisation, évaluation commune.".into(),
            calendar: "Février – décembre 2024".into(),
            partners: "Commune de Taroudant; Tadafor".into(),
        },
        lines: vec![
            NewLine {
                label: "Équipement".into(),
                amount: mad(a.4 * 6 / 10)?,
                cofinancing: mad(a.5 / 2)?,
            },
            NewLine {
                label: "Animation et formation".into(),
                amount: mad(a.4 * 4 / 10)?,
                cofinancing: mad(a.5 - a.5 / 2)?,
            },
        ],
    })
}

/// Scores (out of 10, 10, 10, 5) for note `i` by evaluator `e` (0 or 1).
fn scores(i: usize, e: usize) -> [i32; 4] {
    let base = [9, 8, 9, 7, 8, 6, 7, 8, 9, 5, 7, 6];
    let b = base[i % base.len()];
    let spread = if i == 3 && e == 1 { -4 } else { 0 };
    [
        (b + spread).clamp(0, 10),
        (b - 1 + e as i32).clamp(0, 10),
        (b - (i as i32 % 3)).clamp(0, 10),
        ((b / 2) + e as i32).clamp(0, 5),
    ]
}

pub fn load(conn: &mut AnyConnection, s: &Setup<'_>) -> Result<()> {
    let Some(commune) = communes::by_slug(conn, "taroudant")? else {
        return Ok(());
    };
    let admin = perms(conn, "admin.taroudant@demo.musharaka.ma")?;
    for (i, name) in ["Naima Ait Lahcen", "Youssef Amrani"].iter().enumerate() {
        let e = format!("evaluator{}.taroudant@demo.musharaka.ma", i + 1);
        create_admin(
            conn,
            &e,
            name,
            s.password,
            Grant::Role(commune.id, Role::Evaluator),
        )?;
    }
    associations(conn, s, commune.id, &admin)?;
    let evaluators = [
        perms(conn, "evaluator1.taroudant@demo.musharaka.ma")?,
        perms(conn, "evaluator2.taroudant@demo.musharaka.ma")?,
    ];
    let reps: Vec<Permissions> = (0..ASSOCIATIONS.len())
        .map(|i| perms(conn, &email(i)))
        .collect::<Result<_>>()?;
    call_2023(conn, s, &commune, &admin, &evaluators, &reps)?;
    call_2026(conn, s, &commune, &admin, &evaluators, &reps)
}

/// An evaluator's scores of the `i`-th note on the call's criteria (see [`scores`]).
fn scored(criteria: &[i64], i: usize, e: usize) -> Vec<(i64, Option<i32>)> {
    criteria
        .iter()
        .zip(scores(i, e))
        .map(|(c, v)| (*c, Some(v)))
        .collect()
}

fn grid(conn: &mut AnyConnection, admin: &Permissions, commune_id: i64, call: i64) -> Result<()> {
    let criteria = [
        (
            "ملاءمة المشروع لحاجيات الساكنة",
            "Pertinence pour les besoins des habitants",
            "Problème documenté, bénéficiaires identifiés",
            3,
            10,
        ),
        (
            "جدوى المشروع وواقعيته",
            "Faisabilité et réalisme",
            "Calendrier, moyens, budget cohérents",
            2,
            10,
        ),
        (
            "إشراك النساء والشباب",
            "Participation des femmes et des jeunes",
            "Parts annoncées et rôle dans le projet",
            2,
            10,
        ),
        ("الشراكات", "Partenariats", "Partenaires engagés", 1, 5),
    ];
    for (ar, fr, g, w, m) in criteria {
        let c = CriterionInput {
            label_ar: ar,
            label_fr: fr,
            guidance: g,
            weight: w,
            max_score: m,
        };
        service::add_criterion(conn, admin, commune_id, call, &c)?;
    }
    Ok(())
}

fn call_2023(
    conn: &mut AnyConnection,
    s: &Setup<'_>,
    commune: &musharaka_communes::Commune,
    admin: &Permissions,
    evaluators: &[Permissions; 2],
    reps: &[Permissions],
) -> Result<()> {
    let f = CallFields {
        title_ar: "دعوة لتقديم مشاريع الخلق المشترك بين جماعة تارودانت وجمعيات المجتمع المدني — تضافر 2023".into(),
        title_fr: "Appel à projets de co-création entre la Commune de Taroudant et les associations — Tadafor 2023".into(),
        text_ar: "في إطار مشروع تضافر الذي تسهر على تنفيذه الوكالة البلجيكية للتنمية، يعلن رئيس جماعة تارودانت إلى علم عموم جمعيات المجتمع المدني النشيطة في تراب الجماعة عن إطلاق دعوة لتقديم مقترحات مشاريع الخلق المشترك. تقدم المذكرات المفاهيمية من 17 أكتوبر إلى 15 دجنبر 2023.".into(),
        text_fr: "Dans le cadre du programme Tadafor mis en œuvre par Enabel, le président de la Commune de Taroudant annonce aux associations actives sur le territoire communal un appel à propositions de projets de co-création. Les notes conceptuelles sont déposées du 17 octobre au 15 décembre 2023.".into(),
        themes: "Participation citoyenne, jeunesse, femmes, cadre de vie".into(),
        envelope_centimes: mad(600_000)?.centimes(),
        ceiling_centimes: mad(150_000)?.centimes(),
        cofinancing_min_percent: 10,
        min_age_years: 2,
        activity_fields: String::new(),
        opens_at: at(2023, 10, 17, 0, 0)?,
        closes_at: at(2023, 12, 15, 23, 59)? + Duration::seconds(59),
        tie_break: "women_share".into(),
        spread_threshold: 3,
    };
    let call = service::create_call(conn, admin, commune.id, &f, at(2023, 10, 10, 10, 0)?)?;
    grid(conn, admin, commune.id, call.id)?;
    service::publish_call(conn, admin, commune, call.id, at(2023, 10, 16, 9, 0)?)?;
    let m = service::MeetingInput {
        starts_at: at(2023, 11, 3, 15, 0)?,
        ends_at: at(2023, 11, 3, 17, 0)?,
        place_ar: "الخزانة البلدية، تارودانت".into(),
        place_fr: "Bibliothèque municipale, Taroudant".into(),
    };
    let meeting = service::add_meeting(
        conn,
        admin,
        commune.id,
        call.id,
        &m,
        at(2023, 10, 16, 10, 0)?,
    )?;
    for r in reps.iter().take(9) {
        service::register(conn, r, commune.id, meeting, at(2023, 10, 25, 12, 0)?)?;
    }
    service::record_attendance(conn, admin, commune.id, meeting, 32, 32)?;
    for (i, (q, a)) in [
        ("Une association dont le siège est à Taroudant mais qui agit dans un douar voisin peut-elle déposer ?", "Oui, si le projet bénéficie aux habitants de la commune ; le siège ou une antenne dans la commune est exigé."),
        ("Le cofinancement peut-il être apporté en nature ?", "Oui, valorisé dans les lignes budgétaires (bénévolat, locaux), dans la limite de sa part."),
    ]
    .iter()
    .enumerate()
    {
        service::ask(conn, &reps[i], commune.id, call.id, q, at(2023, 11, 6, 10, 0)?)?;
        let qid = crate::store::questions(conn, call.id, false)?.last().map(|q| q.id).ok_or_else(|| Error::internal("question"))?;
        service::answer(conn, &s.mail, admin, commune, qid, a, at(2023, 11, 8, 10, 0)?)?;
    }
    // Eleven notes submitted between 10 November and 14 December; the twelfth stays a draft.
    let mut ids = Vec::new();
    for (i, a) in ASSOCIATIONS.iter().enumerate() {
        let drafted = at(2023, 11, 10, 9, 0)? + Duration::days(i as i64 * 3);
        let n = service::create_draft(conn, &reps[i], commune.id, call.id, &note(a)?, drafted)?;
        if i < 11 {
            service::submit(
                conn,
                &s.mail,
                &reps[i],
                commune,
                n.id,
                drafted + Duration::hours(2),
            )?;
        }
        ids.push(n.id);
    }
    // Eligibility: the youngest association (2022) is not old enough; one file incomplete.
    for (i, id) in ids.iter().take(11).enumerate() {
        let checklist = Checklist {
            branch_in_commune: true,
            activity_related: true,
            documents_complete: i != 7,
        };
        service::decide_eligibility(
            conn,
            &s.mail,
            &evaluators[0],
            commune,
            *id,
            checklist,
            at(2023, 12, 18, 10, 0)?,
        )?;
    }
    let criteria: Vec<i64> = crate::store::criteria(conn, call.id)?
        .iter()
        .map(|c| c.id)
        .collect();
    for (i, id) in ids.iter().take(11).enumerate() {
        if i == 7 || i == 9 {
            continue;
        }
        for (e, ev) in evaluators.iter().enumerate() {
            if e == 1 && i == 10 {
                service::declare_conflict(conn, ev, commune.id, *id, at(2023, 12, 19, 9, 0)?)?;
                continue;
            }
            let sheet = submitted(scored(&criteria, i, e), "");
            let on = at(2023, 12, 20, 10, 0)? + Duration::hours(i as i64);
            service::save_scores(conn, ev, commune.id, *id, &sheet, on)?;
        }
    }
    service::publish_results(
        conn,
        &s.mail,
        admin,
        commune,
        call.id,
        at(2024, 1, 10, 10, 0)?,
    )?;
    // Agreements for the first two selected notes, a first report on one.
    let selected: Vec<i64> = crate::store::notes_of_call(conn, call.id)?
        .into_iter()
        .filter(|n| n.status == crate::NoteStatus::Selected)
        .filter_map(|n| n.granted().map(|_| n.id))
        .take(2)
        .collect();
    for (k, id) in selected.iter().enumerate() {
        let n = crate::store::note(conn, commune.id, *id)?;
        let grant = n.granted().unwrap_or(Money::ZERO).centimes();
        let first = grant * 6 / 10;
        let tranches = vec![
            TrancheInput {
                amount: Money::from_centimes(first),
                condition: "À la signature de la convention".into(),
                report_due_on: ymd(2024, 6, 30)?,
            },
            TrancheInput {
                amount: Money::from_centimes(grant - first),
                condition: "Après acceptation du rapport à mi-parcours".into(),
                report_due_on: ymd(2024, 12, 31)?,
            },
        ];
        let agreement = service::AgreementInput {
            signed_on: ymd(2024, 2, 1)?,
            tranches,
        };
        let on = at(2024, 2, 1, 11, 0)?;
        service::sign_agreement(conn, &s.mail, admin, commune, *id, &agreement, on)?;
        if k == 0 {
            let author = reps
                .iter()
                .find(|r| Some(r.account.id) == n.account_id)
                .ok_or_else(|| Error::internal("author"))?;
            let lines = crate::store::lines(conn, *id)?;
            let spent: Vec<(i64, Money)> = lines
                .iter()
                .map(|l| (l.id, Money::from_centimes(l.amount_centimes / 3)))
                .collect();
            service::submit_report(
                conn,
                author,
                commune.id,
                *id,
                "Diagnostic partagé mené avec les habitantes ; premiers ateliers tenus.",
                &spent,
                at(2024, 6, 20, 10, 0)?,
            )?;
            service::submit_report(
                conn,
                admin,
                commune.id,
                *id,
                "Visite de suivi de la commune : local aménagé, 40 participantes.",
                &[],
                at(2024, 6, 25, 10, 0)?,
            )?;
        }
    }
    Ok(())
}

fn call_2026(
    conn: &mut AnyConnection,
    s: &Setup<'_>,
    commune: &musharaka_communes::Commune,
    admin: &Permissions,
    evaluators: &[Permissions; 2],
    reps: &[Permissions],
) -> Result<()> {
    let start = now() - Duration::days(20);
    let f = CallFields {
        title_ar: "دعوة الخلق المشترك 2026: فضاءات القرب".into(),
        title_fr: "Appel de co-création 2026 : espaces de proximité".into(),
        text_ar: "تدعو الجماعة الجمعيات إلى اقتراح مشاريع مشتركة لتنشيط فضاءات القرب.".into(),
        text_fr: "La commune invite les associations à proposer des projets communs pour animer les espaces de proximité.".into(),
        themes: "Espaces de proximité, jeunesse".into(),
        envelope_centimes: mad(400_000)?.centimes(),
        ceiling_centimes: mad(120_000)?.centimes(),
        cofinancing_min_percent: 10,
        min_age_years: 2,
        activity_fields: String::new(),
        opens_at: start,
        closes_at: start + Duration::days(75),
        tie_break: "lower_request".into(),
        spread_threshold: 3,
    };
    let call = service::create_call(conn, admin, commune.id, &f, start - Duration::days(5))?;
    grid(conn, admin, commune.id, call.id)?;
    service::publish_call(conn, admin, commune, call.id, start - Duration::days(2))?;
    let m = service::MeetingInput {
        starts_at: now() + Duration::days(10),
        ends_at: now() + Duration::days(10) + Duration::hours(2),
        place_ar: "دار الشباب، تارودانت".into(),
        place_fr: "Maison des jeunes, Taroudant".into(),
    };
    service::add_meeting(conn, admin, commune.id, call.id, &m, start)?;
    let mut ids = Vec::new();
    for (i, rep) in reps.iter().enumerate().skip(1).take(4) {
        let n = service::create_draft(
            conn,
            rep,
            commune.id,
            call.id,
            &note(&ASSOCIATIONS[i])?,
            start + Duration::days(i as i64),
        )?;
        if i > 1 {
            service::submit(
                conn,
                &s.mail,
                rep,
                commune,
                n.id,
                start + Duration::days(i as i64 + 1),
            )?;
        }
        ids.push(n.id);
    }
    let checklist = Checklist {
        branch_in_commune: true,
        activity_related: true,
        documents_complete: true,
    };
    service::decide_eligibility(
        conn,
        &s.mail,
        &evaluators[0],
        commune,
        ids[1],
        checklist,
        start + Duration::days(8),
    )?;
    let criteria: Vec<i64> = crate::store::criteria(conn, call.id)?
        .iter()
        .map(|c| c.id)
        .collect();
    let sheet = submitted(scored(&criteria, 1, 0), "Projet clair.");
    let on = start + Duration::days(9);
    service::save_scores(conn, &evaluators[0], commune.id, ids[1], &sheet, on)?;
    Ok(())
}

/// A demo evaluator's submitted sheet.
fn submitted(given: Vec<(i64, Option<i32>)>, comment: &str) -> service::ScoresInput {
    service::ScoresInput {
        given,
        comment: comment.into(),
        submit: true,
    }
}
