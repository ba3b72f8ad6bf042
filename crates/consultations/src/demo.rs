//! Demo consultations, through the services: Taroudant's participation charter (November–
//! December 2023: the 10 November workshop with the council, staff, the equality body and
//! the consultative space, the 19 December workshop with associations, comments, answers,
//! synthesis, revision and the council's adoption), and a Tétouan-like consultation on the
//! action programme, open now, with a priorities quiz (online and on paper) and the counts
//! of its 7 thematic and 8 neighbourhood workshops (OGP report: 258 from associations, 35
//! unaffiliated, 6 private sector, 5 academics, 1 international NGO).

use crate::model::{Category, Channel, Focus, Outcome, Subject};
use crate::service::{self, DraftInput, QuestionInput, Speaker, WorkshopInput};
use crate::QuestionKind;
use chrono::{Duration, NaiveDate};
use musharaka_communes::{store as communes, Commune};
use musharaka_core::time::{at_hour, today, ymd};
use musharaka_core::{Error, Result};
use musharaka_councils::service::{self as councils, NewSitting, Presence, VoteEntry};
use musharaka_councils::{Ballot, Convocation, Publicity, SessionEvent, VoteChoice};
use musharaka_db::AnyConnection;
use musharaka_identity::service::{create_admin, load_permissions, Grant};
use musharaka_identity::{store as accounts, Permissions};
use musharaka_mail::MailContext;

/// Handles the due domain events (the council's deliberation adopts the charter).
pub type RunEvents<'a> =
    &'a dyn Fn(&mut AnyConnection, &MailContext<'_>) -> std::result::Result<usize, String>;

const PASSWORD: &str = "musharaka-demo";

fn perms(conn: &mut AnyConnection, email: &str) -> Result<Option<Permissions>> {
    match accounts::account_by_email(conn, email)? {
        Some(a) => Ok(Some(load_permissions(conn, a.id)?)),
        None => Ok(None),
    }
}

fn required(conn: &mut AnyConnection, email: &str) -> Result<Permissions> {
    perms(conn, email)?.ok_or_else(|| Error::internal("demo account missing"))
}

/// The demo residents who take part online (shared by both communes).
fn residents(conn: &mut AnyConnection) -> Result<Vec<Permissions>> {
    let names = [
        "Fatima Ait Baha",
        "Youssef Amziane",
        "Khadija Sanhaji",
        "Brahim Bouzid",
        "Naima Errami",
        "Lahcen Belkadi",
    ];
    let mut out = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let email = format!("resident{}@demo.musharaka.ma", i + 1);
        let p = match perms(conn, &email)? {
            Some(p) => p,
            None => {
                let a = create_admin(conn, &email, name, PASSWORD, Grant::Citizen)?;
                load_permissions(conn, a.id)?
            }
        };
        out.push(p);
    }
    Ok(out)
}

fn draft(
    conn: &mut AnyConnection,
    owner: &Permissions,
    c: &Commune,
    d: &DraftInput,
    sections: &[(&str, &str)],
) -> Result<(i64, Vec<i64>)> {
    let id = service::create(conn, owner, c.id, d)?;
    let mut ids = Vec::new();
    for (h, b) in sections {
        ids.push(service::add_section(conn, owner, c.id, id, h, b)?);
    }
    Ok((id, ids))
}

fn pairs(list: &[(String, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.clone(), v.to_string()))
        .collect()
}

/// The council meets at the session the revised draft went to and adopts it.
fn council_adopts(
    conn: &mut AnyConnection,
    c: &Commune,
    sent: &service::Sent,
    mail: &MailContext<'_>,
    run_events: RunEvents<'_>,
) -> Result<()> {
    let sec = required(conn, &format!("secretariat.{}@demo.musharaka.ma", c.slug))?;
    let s = sent.session_id;
    councils::transition_session(conn, &sec, c.id, s, SessionEvent::Convene)?;
    councils::transition_session(conn, &sec, c.id, s, SessionEvent::Open)?;
    let sitting = councils::add_sitting(
        conn,
        &sec,
        c.id,
        s,
        &NewSitting {
            starts_at: at_hour(sent.session_start, 10)?,
            convocation: Convocation::First,
            publicity: Publicity::Public,
        },
    )?;
    let members = musharaka_councils::store::members_in_office(conn, c.id, sent.session_start)?;
    let presence: Vec<(i64, Presence)> = members.iter().map(|m| (*m, Presence::Present)).collect();
    councils::record_attendance(conn, &sec, c.id, sitting.id, &presence)?;
    musharaka_councils::demo::committee_reports(
        conn,
        &sec,
        c.id,
        sent.item_id,
        musharaka_councils::demo::REPORT,
    )?;
    let votes = members.iter().map(|m| (*m, VoteChoice::InFavour)).collect();
    councils::record_vote(
        conn,
        &sec,
        c.id,
        sent.item_id,
        sitting.id,
        Ballot::First,
        &VoteEntry::PerMember(votes),
    )?;
    let d = councils::write_deliberation(
        conn,
        &sec,
        c.id,
        sent.item_id,
        "صادق المجلس بالإجماع على ميثاق المشاركة المواطنة في صيغته المنقحة بعد التشاور.",
        Some("Le conseil adopte à l'unanimité la charte de la participation citoyenne révisée après consultation."),
    )?;
    councils::sign_deliberation(conn, &sec, c.id, d.id)?;
    run_events(conn, mail).map_err(Error::internal)?;
    councils::transition_session(conn, &sec, c.id, s, SessionEvent::Close)?;
    Ok(())
}

fn taroudant(
    conn: &mut AnyConnection,
    c: &Commune,
    mail: &MailContext<'_>,
    run_events: RunEvents<'_>,
) -> Result<()> {
    let owner = required(conn, "admin.taroudant@demo.musharaka.ma")?;
    let people = residents(conn)?;
    let input = DraftInput {
        subject: Subject::Charter,
        title_ar: "مشروع ميثاق المشاركة المواطنة لجماعة تارودانت".into(),
        title_fr: "Projet de charte de la participation citoyenne de Taroudant".into(),
        text_ar: "صيغت المسودة الأولى في ورشة 10 نونبر 2023 مع المجلس الجماعي والموظفين وهيئة المساواة وتكافؤ الفرص ومقاربة النوع والفضاء التشاوري، وتعرض للتشاور قبل ورشة 19 دجنبر 2023 مع الجمعيات.".into(),
        text_fr: "Le premier projet a été rédigé à l'atelier du 10 novembre 2023 avec le conseil, le personnel, l'instance de l'équité et de l'égalité des chances et l'espace consultatif ; il est soumis à consultation jusqu'à l'atelier du 19 décembre 2023 avec les associations.".into(),
        owner_service: "Point focal de la participation citoyenne".into(),
        opens_on: ymd(2023, 11, 10)?,
        closes_on: ymd(2023, 12, 19)?,
        channels: vec![Channel::Comments, Channel::Workshops],
        districts: String::new(),
    };
    let (id, sections) = draft(
        conn,
        &owner,
        c,
        &input,
        &[
            ("المبادئ — Principes", "La participation est ouverte à toutes et à tous, sans discrimination, dans le respect de la loi."),
            ("الآليات — Mécanismes", "Pétitions, consultations publiques, budget participatif et espace consultatif."),
            ("الالتزامات — Engagements de la commune", "La commune répond à chaque contribution dans un délai raisonnable."),
        ],
    )?;
    service::publish(conn, &owner, c.id, id)?;
    // A workshop held in the commune's meeting room, recorded on the day.
    let workshop = |conn: &mut AnyConnection,
                    on: NaiveDate,
                    topic: &str,
                    attendance: Vec<(Category, i32, i32)>| {
        let input = WorkshopInput {
            held_on: on,
            place: "Salle des réunions de la commune".into(),
            focus: Focus::Theme,
            topic: topic.into(),
            facilitators: "Programme Tadafor, point focal".into(),
            invitations: attendance.iter().map(|(_, w, m)| w + m).sum::<i32>() + 6,
            outputs:
                "Projet de charte et de programme d'action de la participation citoyenne amendé."
                    .into(),
            attendance,
        };
        service::record_workshop(conn, &owner, c.id, id, &input, on)
    };
    workshop(
        conn,
        ymd(2023, 11, 10)?,
        "Rédaction du projet de charte",
        vec![
            (Category::Elected, 3, 6),
            (Category::Staff, 4, 5),
            (Category::ConsultativeBody, 5, 4),
        ],
    )?;
    let comments = [
        (
            0,
            0,
            "Préciser la place des jeunes et des personnes en situation de handicap.",
        ),
        (1, 1, "Ajouter les comités de quartier aux mécanismes."),
        (
            2,
            2,
            "Fixer un délai de réponse précis, par exemple 60 jours.",
        ),
        (
            3,
            1,
            "Publier le calendrier du budget participatif chaque année.",
        ),
    ];
    let mut ids = Vec::new();
    for (who, section, text) in comments {
        let on = ymd(2023, 11, 20 + who as u32)?;
        let input = said(text, Speaker::Citizen);
        ids.push(service::comment(
            conn,
            &people[who],
            c.id,
            id,
            sections[section],
            &input,
            on,
        )?);
    }
    service::support(conn, &people[4], c.id, id, ids[0], ymd(2023, 12, 1)?)?;
    service::support(conn, &people[5], c.id, id, ids[0], ymd(2023, 12, 2)?)?;
    if let Some(a) = perms(conn, "association1.taroudant@demo.musharaka.ma")? {
        let text = "Notre association propose un guichet d'accueil pour les associations.";
        let input = said(text, Speaker::Association);
        service::comment(conn, &a, c.id, id, sections[2], &input, ymd(2023, 12, 5)?)?;
    }
    let remark = Speaker::Body {
        reference: "هيئة المساواة وتكافؤ الفرص ومقاربة النوع".into(),
    };
    let input = said("Intégrer l'approche genre dans chaque mécanisme.", remark);
    service::comment(
        conn,
        &owner,
        c.id,
        id,
        sections[0],
        &input,
        ymd(2023, 12, 8)?,
    )?;
    workshop(
        conn,
        ymd(2023, 12, 19)?,
        "Consultation des associations sur les deux projets",
        vec![(Category::Association, 14, 17), (Category::Citizen, 3, 4)],
    )?;
    let after = ymd(2024, 1, 8)?;
    for (i, o, note) in [
        (
            0,
            Outcome::Taken,
            "Article 2 : jeunes et personnes en situation de handicap.",
        ),
        (1, Outcome::Taken, "Les comités de quartier sont ajoutés."),
        (
            2,
            Outcome::Partly,
            "Délai de 60 jours pour les suggestions, 20 jours ouvrables pour l'information.",
        ),
        (
            3,
            Outcome::NotTaken,
            "Relève du règlement du budget participatif, pas de la charte.",
        ),
    ] {
        let input = service::OutcomeInput {
            outcome: o,
            note: note.into(),
        };
        service::set_outcome(conn, &owner, c.id, id, ids[i], &input, after)?;
    }
    let answers = [
        (
            "Jeunes, personnes en situation de handicap et approche genre ajoutés.",
            "Aucune proposition écartée.",
        ),
        (
            "Comités de quartier ajoutés.",
            "Le calendrier du budget participatif relève de son propre règlement.",
        ),
        (
            "Délais de réponse fixés.",
            "Le guichet des associations sera étudié dans le programme d'action.",
        ),
    ];
    for (s, (taken, not_taken)) in sections.iter().zip(answers) {
        let input = service::SectionAnswer {
            taken: taken.into(),
            not_taken: not_taken.into(),
        };
        service::answer_section(conn, &owner, c.id, id, *s, &input, after)?;
    }
    let revised = vec![
        ("المبادئ — Principes".to_string(), "La participation est ouverte à toutes et à tous, jeunes et personnes en situation de handicap compris, selon l'approche genre.".to_string()),
        ("الآليات — Mécanismes".to_string(), "Pétitions, consultations publiques, budget participatif, espace consultatif et comités de quartier.".to_string()),
        ("الالتزامات — Engagements de la commune".to_string(), "La commune répond à chaque suggestion dans les 60 jours et à chaque demande d'information dans les 20 jours ouvrables.".to_string()),
    ];
    service::revise(conn, &owner, c.id, id, &revised, after)?;
    let synthesis = service::SynthesisInput {
        ar: "أخذت الجماعة بعين الاعتبار أغلب المقترحات: إدماج الشباب والأشخاص في وضعية إعاقة ومقاربة النوع، ولجان الأحياء، وآجال الجواب.".into(),
        fr: "La commune a retenu l'essentiel des propositions : jeunes, personnes en situation de handicap et approche genre, comités de quartier, délais de réponse.".into(),
    };
    service::publish_synthesis(conn, mail, &owner, c.id, id, &synthesis, after)?;
    let sent = service::send_to_council(conn, &owner, c.id, id, after)?;
    council_adopts(conn, c, &sent, mail, run_events)
}

fn tetouan(conn: &mut AnyConnection, c: &Commune) -> Result<()> {
    let owner = required(conn, "admin.tetouan@demo.musharaka.ma")?;
    let people = residents(conn)?;
    let now = today();
    let opened = now - Duration::days(30);
    let input = DraftInput {
        subject: Subject::ActionProgramme,
        title_ar: "مشروع برنامج عمل الجماعة 2023–2028: الشفافية والمساءلة والمشاركة".into(),
        title_fr: "Projet de programme d'action 2023–2028 : transparence, redevabilité, participation".into(),
        text_ar: "تشاور حول مشروع برنامج العمل (المادة 78): استمارة الأولويات، ورشات موضوعاتية وورشات الأحياء، وتعليقات على المشروع.".into(),
        text_fr: "Consultation sur le projet de programme d'action (art. 78) : quiz des priorités, ateliers thématiques et de quartier, commentaires sur le projet.".into(),
        owner_service: "Comité de pilotage OGP — Division de la communication".into(),
        opens_on: opened,
        closes_on: now + Duration::days(20),
        channels: vec![Channel::Comments, Channel::Questionnaire, Channel::Workshops, Channel::Paper],
        districts: "Mdina\nSania Rmel\nMalaliyine\nKouilma\nJbel Dersa".into(),
    };
    let (id, sections) = draft(
        conn,
        &owner,
        c,
        &input,
        &[
            (
                "الشفافية — Transparence",
                "Publier les budgets, les marchés et les délibérations en données ouvertes.",
            ),
            (
                "المساءلة — Redevabilité",
                "Rendre compte chaque année de l'exécution du programme.",
            ),
            (
                "المشاركة — Participation",
                "Ateliers de co-création, consultations en ligne, budget participatif.",
            ),
        ],
    )?;
    let priorities = "الشفافية | Transparence\nالمساءلة | Redevabilité\nالمشاركة المواطنة | Participation citoyenne\nجودة الخدمات | Qualité des services\nجماعة دامجة وقادرة على الصمود | Commune inclusive et résiliente";
    let questions = [
        (QuestionKind::Ranking, "رتبوا أولويات برنامج العمل", "Classez les priorités du programme d'action", priorities, true),
        (QuestionKind::Multiple, "ما الخدمات التي تستعملونها؟", "Quels services utilisez-vous ?", "الحالة المدنية | État civil\nالتعمير | Urbanisme\nالنظافة | Propreté\nالنقل | Transport", false),
        (QuestionKind::LongText, "اقتراحاتكم", "Vos propositions", "", false),
    ];
    for (kind, ar, fr, options, req) in questions {
        let q = QuestionInput {
            kind,
            prompt_ar: ar,
            prompt_fr: fr,
            options,
            required: req,
        };
        service::add_question(conn, &owner, c.id, id, &q)?;
    }
    service::publish(conn, &owner, c.id, id)?;
    let qids: Vec<i64> = crate::store::questions(conn, id)?
        .iter()
        .map(|q| q.id)
        .collect();
    let ranks = [
        ["1", "2", "3", "4", "5"],
        ["2", "1", "3", "5", "4"],
        ["1", "3", "2", "4", "5"],
        ["3", "1", "2", "5", "4"],
    ];
    let ages = ["18_24", "25_34", "35_49", "50_64", "25_34", "35_49"];
    let districts = [
        "Mdina",
        "Sania Rmel",
        "Malaliyine",
        "Kouilma",
        "Mdina",
        "Sania Rmel",
    ];
    let answer = |i: usize| -> Vec<(String, String)> {
        let mut list: Vec<(String, &str)> = (0..5)
            .map(|o| (format!("q{}_{o}", qids[0]), ranks[i % 4][o]))
            .collect();
        list.push((
            format!("q{}", qids[1]),
            if i.is_multiple_of(2) { "0" } else { "2" },
        ));
        list.push((
            "gender".into(),
            if i.is_multiple_of(2) {
                "female"
            } else {
                "male"
            },
        ));
        list.push(("age_band".into(), ages[i % 6]));
        list.push(("district".into(), districts[i % 6]));
        list.push((
            "association_member".into(),
            if i.is_multiple_of(3) { "yes" } else { "no" },
        ));
        pairs(&list)
    };
    for (i, p) in people.iter().enumerate() {
        service::respond_online(
            conn,
            p,
            c.id,
            id,
            &answer(i),
            opened + Duration::days(i as i64 + 1),
        )?;
    }
    for i in 0..50 {
        service::enter_paper(conn, &owner, c.id, id, &answer(i + 6), now)?;
    }
    let comment = |i: usize| {
        [
            "Publier les marchés publics en ligne.",
            "Un rapport annuel présenté en séance publique.",
            "Des ateliers aussi le samedi pour les étudiants.",
        ][i]
    };
    for (i, s) in sections.iter().enumerate() {
        let input = said(comment(i), Speaker::Citizen);
        service::comment(
            conn,
            &people[i],
            c.id,
            id,
            *s,
            &input,
            now - Duration::days(10),
        )?;
    }
    let themes = [
        "Transparence",
        "Redevabilité",
        "Participation citoyenne",
        "Qualité des services",
        "Commune inclusive",
        "Commune résiliente",
        "Services numériques",
    ];
    let quarters = [
        "Mdina",
        "Sania Rmel",
        "Malaliyine",
        "Kouilma",
        "Jbel Dersa",
        "Touabel",
        "Boujarrah",
        "Dersa",
    ];
    // 258 from associations, 35 unaffiliated, 6 private sector, 5 academics, 1 NGO.
    for (i, topic) in themes.iter().chain(quarters.iter()).enumerate() {
        let district = i >= themes.len();
        let assoc = if i < 3 { 18 } else { 17 };
        let mut attendance = vec![(
            Category::Association,
            assoc / 2 + (i % 2) as i32,
            assoc - assoc / 2 - (i % 2) as i32,
        )];
        if i < 7 {
            attendance.push((Category::Citizen, 2, 3));
        }
        if i < 3 {
            attendance.push((Category::PrivateSector, 1, 1));
        }
        if i == 3 || i == 4 {
            attendance.push((Category::Academic, 1, 1 + (i % 2) as i32));
        }
        if i == 5 {
            attendance.push((Category::InternationalNgo, 1, 0));
        }
        let on = opened + Duration::days(2 * i as i64);
        let w = WorkshopInput {
            held_on: on.min(now),
            place: if district {
                format!("Maison de quartier — {topic}")
            } else {
                "Hôtel de ville".to_string()
            },
            focus: if district {
                Focus::District
            } else {
                Focus::Theme
            },
            topic: topic.to_string(),
            facilitators: "Associations du comité de pilotage".into(),
            invitations: 110 / 15 + 1,
            outputs: "Propositions reprises dans le projet de programme.".into(),
            attendance,
        };
        service::record_workshop(conn, &owner, c.id, id, &w, now)?;
    }
    Ok(())
}

/// Loads the demo consultations (after the councils and petitions demos); `run_events`
/// is the web crate's event dispatcher.
pub fn load(conn: &mut AnyConnection, run_events: RunEvents<'_>) -> Result<()> {
    let i18n = musharaka_core::I18n::load().map_err(Error::internal)?;
    let mail = MailContext {
        i18n: &i18n,
        base_url: "http://127.0.0.1:8080",
    };
    if let Some(c) = communes::by_slug(conn, "taroudant")? {
        taroudant(conn, &c, &mail, run_events)?;
    }
    if let Some(c) = communes::by_slug(conn, "tetouan")? {
        tetouan(conn, &c)?;
    }
    Ok(())
}

/// A demo comment's text and speaker.
fn said(body: &str, speaker: Speaker) -> service::CommentInput {
    service::CommentInput {
        body: body.into(),
        speaker,
    }
}
