//! Demo petitions for Taroudant and Tétouan, in every state: collecting signatures,
//! deposited (one overdue), rejected by the bureau with reasons, on the agenda, and two
//! association petitions accepted and answered by the council at its October 2025 session.
//! Everything goes through the services of petitions, councils and identity; what only the
//! web crate has (file storage, the domain-event dispatcher) comes in through [`Setup`].

use crate::service::{
    self as petitions_service, BureauDecision, Context, Decision, SignerInput, Texts,
};
use crate::{BureauChecklist, CommuneTie, PetitionKind};
use chrono::{Duration, NaiveDate};
use musharaka_communes::{store as communes, Commune};
use musharaka_core::time::{at_hour, now, ymd};
use musharaka_core::{Error, Result};
use musharaka_councils::service::{self as councils, NewSession, NewSitting, Presence, VoteEntry};
use musharaka_councils::{
    Ballot, Convocation, OrdinaryMonth, Publicity, SessionEvent, SessionKind, VoteChoice,
};
use musharaka_db::AnyConnection;
use musharaka_identity::service::{
    create_admin, load_permissions, review_association, save_association, AssociationFile, Grant,
    Review,
};
use musharaka_identity::{store as accounts, Permissions};

/// What the demo needs from the application around the domain crates.
pub struct Setup<'a> {
    pub ctx: Context<'a>,
    /// The password of every demo account.
    pub password: &'a str,
    /// Stores an association's statutes (owner account, commune, association name) and
    /// answers the upload's id.
    pub statutes: &'a dyn Fn(&mut AnyConnection, i64, i64, &str) -> Result<i64>,
    /// Handles the due domain events (a deliberation closes its petition).
    pub run_events: &'a dyn Fn(&mut AnyConnection) -> Result<()>,
}

const FIRST_NAMES: [&str; 8] = [
    "Fatima", "Mohamed", "Khadija", "Youssef", "Naima", "Brahim", "Hasnaa", "Lahcen",
];
const LAST_NAMES: [&str; 8] = [
    "Oubella",
    "El Idrissi",
    "Amziane",
    "Bouzid",
    "Ait Baha",
    "Sanhaji",
    "Belkadi",
    "Errami",
];

fn perms(conn: &mut AnyConnection, email: &str) -> Result<Permissions> {
    let a = accounts::account_by_email(conn, email)?
        .ok_or_else(|| Error::internal("demo account missing"))?;
    load_permissions(conn, a.id)
}

/// Paper signatures entered by the bureau.
fn paper(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    bureau: &Permissions,
    c: &Commune,
    id: i64,
    from: usize,
    n: usize,
) -> Result<()> {
    for i in from..from + n {
        let name = format!("{} {}", FIRST_NAMES[i % 8], LAST_NAMES[(i / 8) % 8]);
        let cin = format!(
            "{}{:06}",
            if c.slug == "tetouan" { "L" } else { "JH" },
            200_000 + i
        );
        let address = format!("{} derb {}", 1 + i % 90, 1 + i % 12);
        let s = SignerInput {
            full_name: &name,
            cin: &cin,
            birth_date: Some(ymd(
                1960 + (i % 40) as i32,
                1 + (i % 12) as u32,
                1 + (i % 28) as u32,
            )?),
            tie: Some(CommuneTie::Residence),
            address: &address,
            declares_electoral_conditions: true,
            declares_common_interest: true,
            email: "",
            notify: false,
        };
        petitions_service::add_paper_signature(conn, ctx, bureau, c.id, id, &s, now().date())?;
    }
    Ok(())
}

/// A verified association seated in the commune, with its representative.
fn association(
    conn: &mut AnyConnection,
    setup: &Setup<'_>,
    c: &Commune,
    admin: &Permissions,
    n: usize,
    names: (&str, &str),
) -> Result<Permissions> {
    let email = format!("association{n}.{}@demo.musharaka.ma", c.slug);
    let rep = create_admin(conn, &email, names.1, setup.password, Grant::Citizen)?;
    let statutes = (setup.statutes)(conn, rep.id, c.id, names.1)?;
    let file = AssociationFile {
        name_ar: names.0,
        name_fr: names.1,
        receipt_number: &format!("ASS-{}-{n:03}", c.slug.to_uppercase()),
        receipt_date: ymd(2012, 4, 2)?,
        founded_on: ymd(2012, 1, 15)?,
        seat_commune_id: c.id,
        activity_field: "Développement local / التنمية المحلية",
        statutes_upload_id: Some(statutes),
    };
    let a = save_association(conn, rep.id, file)?;
    review_association(conn, &setup.ctx.mail, admin, c.id, a.id, Review::Verify)?;
    load_permissions(conn, rep.id)
}

fn checklist() -> BureauChecklist {
    BureauChecklist {
        within_council_powers: true,
        respects_constitution_article_1: true,
        petitioners_conditions_met: true,
        form_and_documents_complete: true,
    }
}

/// Deposits on `on` (receipt and 3-month deadline dated that day); an association's agent
/// declares being its legal representative.
fn deposit_on(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    agent: &Permissions,
    c: &Commune,
    id: i64,
    on: NaiveDate,
) -> Result<()> {
    // The demo associations' agents are their legal representatives (decree 2.16.403).
    let p = crate::store::petition(conn, c.id, id)?;
    if p.kind() == PetitionKind::Association {
        petitions_service::set_mandate(conn, agent, c.id, id, None, true)?;
    }
    petitions_service::deposit(conn, ctx, agent, c, id, on)?;
    // Deposit stamps the present moment: the demo's story happened on `on`.
    crate::store::backdate_deposit(conn, c.id, id, at_hour(on, 10)?)?;
    Ok(())
}

/// The October 2025 session that answered two association petitions.
fn answer_in_october(
    conn: &mut AnyConnection,
    setup: &Setup<'_>,
    c: &Commune,
    items: &[(i64, bool)],
) -> Result<()> {
    let sec = perms(conn, &format!("secretariat.{}@demo.musharaka.ma", c.slug))?;
    let start = ymd(2025, 10, 1)?;
    let session = match musharaka_councils::store::ordinary_session_on(conn, c.id, start)? {
        Some(s) => s,
        None => councils::create_session(
            conn,
            &sec,
            c.id,
            &NewSession {
                kind: SessionKind::Ordinary(OrdinaryMonth::October),
                trigger_note: None,
                starts_on: start,
                ends_on: ymd(2025, 10, 10)?,
                place: "Salle des délibérations",
            },
        )?,
    };
    councils::transition_session(conn, &sec, c.id, session.id, SessionEvent::Convene)?;
    councils::transition_session(conn, &sec, c.id, session.id, SessionEvent::Open)?;
    let sitting = councils::add_sitting(
        conn,
        &sec,
        c.id,
        session.id,
        &NewSitting {
            starts_at: at_hour(start, 9)?,
            convocation: Convocation::First,
            publicity: Publicity::Public,
        },
    )?;
    let members = musharaka_councils::store::members_in_office(conn, c.id, start)?;
    let presence: Vec<(i64, Presence)> = members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            (
                *m,
                if i % 7 == 6 {
                    Presence::Excused
                } else {
                    Presence::Present
                },
            )
        })
        .collect();
    councils::record_attendance(conn, &sec, c.id, sitting.id, &presence)?;
    let present: Vec<i64> = presence
        .iter()
        .filter(|(_, p)| *p == Presence::Present)
        .map(|(m, _)| *m)
        .collect();
    for (petition_id, adopt) in items {
        let item = petitions_service_item(conn, c.id, *petition_id)?;
        musharaka_councils::demo::committee_reports(
            conn,
            &sec,
            c.id,
            item,
            musharaka_councils::demo::REPORT,
        )?;
        let votes: Vec<(i64, VoteChoice)> = present
            .iter()
            .enumerate()
            .map(|(i, m)| {
                (
                    *m,
                    if i % 5 == 4 {
                        if *adopt {
                            VoteChoice::Abstain
                        } else {
                            VoteChoice::InFavour
                        }
                    } else if *adopt {
                        VoteChoice::InFavour
                    } else {
                        VoteChoice::Against
                    },
                )
            })
            .collect();
        councils::record_vote(
            conn,
            &sec,
            c.id,
            item,
            sitting.id,
            Ballot::First,
            &VoteEntry::PerMember(votes),
        )?;
        let text = if *adopt {
            "صادق المجلس بالأغلبية على إدراج المشروع في برنامج عمل الجماعة."
        } else {
            "رفض المجلس الطلب لعدم توفر الاعتمادات اللازمة."
        };
        let d = councils::write_deliberation(
            conn,
            &sec,
            c.id,
            item,
            text,
            Some(if *adopt {
                "Le conseil approuve à la majorité l'inscription du projet au programme d'action."
            } else {
                "Le conseil rejette la demande faute de crédits."
            }),
        )?;
        councils::sign_deliberation(conn, &sec, c.id, d.id)?;
        // The deliberation's event closes the petition and tells its people.
        (setup.run_events)(conn)?;
    }
    councils::transition_session(conn, &sec, c.id, session.id, SessionEvent::Close)?;
    Ok(())
}

fn petitions_service_item(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
) -> Result<musharaka_councils::ItemId> {
    let p = crate::store::petition(conn, commune_id, petition_id)?;
    p.agenda_item_id
        .ok_or_else(|| Error::internal("petition not on an agenda"))
}

/// A citizens' petition collecting signatures, with `n` paper signatures (numbered from
/// `first`) entered by the bureau.
fn collecting(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    (citizen, bureau): (&Permissions, &Permissions),
    c: &Commune,
    texts: &Texts<'_>,
    (first, n): (usize, usize),
) -> Result<i64> {
    let kind = PetitionKind::Citizens;
    let p = petitions_service::create_draft(conn, citizen, c, kind, texts)?;
    petitions_service::open_for_signatures(conn, citizen, c.id, p.id)?;
    paper(conn, ctx, bureau, c, p.id, first, n)?;
    Ok(p.id)
}

fn days_ago(days: i64) -> NaiveDate {
    now().date() - Duration::days(days)
}

/// Runs one step of a petition's story and dates what it did on `day` at `hour` (the
/// services stamp the present moment; the demo's history happened earlier).
fn on_day<T>(
    conn: &mut AnyConnection,
    c: &Commune,
    id: i64,
    (day, hour): (NaiveDate, u32),
    step: impl FnOnce(&mut AnyConnection) -> Result<T>,
) -> Result<T> {
    let since = now();
    let out = step(conn)?;
    crate::store::backdate_since(conn, c.id, id, since, at_hour(day, hour)?)?;
    Ok(out)
}

/// A new petition (draft, or collecting for citizens) created on `day`.
fn created_on(
    conn: &mut AnyConnection,
    c: &Commune,
    day: NaiveDate,
    create: impl FnOnce(&mut AnyConnection) -> Result<i64>,
) -> Result<i64> {
    let since = now();
    let id = create(conn)?;
    crate::store::backdate_since(conn, c.id, id, since, at_hour(day, 9)?)?;
    Ok(id)
}

fn load_commune(conn: &mut AnyConnection, setup: &Setup<'_>, c: &Commune) -> Result<()> {
    let ctx = &setup.ctx;
    let admin = perms(conn, "admin@musharaka.ma")?;
    let bureau = perms(conn, &format!("bureau.{}@demo.musharaka.ma", c.slug))?;
    // Art. 125: an accepted petition goes to the competent committee (public services).
    let committees = musharaka_communes::store::committees(conn, c.id)?;
    let committee = committees
        .get(1)
        .or(committees.first())
        .map(|k| k.committee.id);
    let citizen = perms(conn, "citizen@demo.musharaka.ma")?;
    let texts = |s: &'static str, r: &'static str, i: &'static str| Texts {
        subject: s,
        reasons: r,
        requested_item: i,
    };

    let people = (&citizen, &bureau);
    // Collecting signatures since last month.
    let lighting = texts(
        "إنارة أزقة الحي القديم",
        "أزقة مظلمة وانعدام الأمن ليلا",
        "برمجة الإنارة العمومية لأزقة الحي القديم",
    );
    created_on(conn, c, days_ago(35), |conn| {
        collecting(conn, ctx, people, c, &lighting, (0, 37))
    })?;

    // Deposited with 200 signatures and overdue: the bureau has not answered in 3 months.
    let pitch = texts(
        "Aménagement d'un terrain de proximité",
        "Les jeunes du quartier n'ont aucun espace de sport",
        "Inscrire l'aménagement d'un terrain de proximité au budget",
    );
    let id = created_on(conn, c, days_ago(170), |conn| {
        collecting(conn, ctx, people, c, &pitch, (100, 200))
    })?;
    on_day(conn, c, id, (days_ago(120), 10), |conn| {
        deposit_on(conn, ctx, &citizen, c, id, days_ago(120))
    })?;

    // Association petitions: one rejected with reasons, one on the next agenda, two answered.
    let names = [
        (
            "جمعية الأمل للتنمية",
            "Association Al Amal pour le développement",
        ),
        (
            "جمعية أصدقاء البيئة",
            "Association des amis de l'environnement",
        ),
        ("جمعية نساء الحي", "Association des femmes du quartier"),
        ("جمعية الشباب والرياضة", "Association jeunesse et sport"),
    ];
    let reps: Vec<Permissions> = names
        .iter()
        .enumerate()
        .map(|(n, names)| association(conn, setup, c, &admin, n, *names))
        .collect::<Result<_>>()?;
    let subjects = [
        (
            "نقل السوق الأسبوعي",
            "السوق الأسبوعي يعرقل حركة السير بوسط المدينة",
            "التداول في نقل السوق الأسبوعي إلى خارج المركز",
        ),
        (
            "إحداث مساحة خضراء بحي النور",
            "انعدام المساحات الخضراء بالحي",
            "إحداث مساحة خضراء وتجهيزها",
        ),
        (
            "دار المرأة",
            "الحاجة إلى فضاء لتكوين النساء",
            "برمجة إحداث دار للمرأة",
        ),
        (
            "النقل المدرسي بالعالم القروي",
            "بعد الدواوير عن المدارس",
            "إبرام اتفاقية للنقل المدرسي",
        ),
    ];
    let created = [
        days_ago(30),
        days_ago(18),
        ymd(2025, 7, 21)?,
        ymd(2025, 7, 22)?,
    ];
    let mut ids = Vec::new();
    for ((rep, (s, r, i)), day) in reps.iter().zip(subjects).zip(created) {
        let id = created_on(conn, c, day, |conn| {
            let kind = PetitionKind::Association;
            Ok(petitions_service::create_draft(conn, rep, c, kind, &texts(s, r, i))?.id)
        })?;
        ids.push(id);
    }
    on_day(conn, c, ids[0], (days_ago(20), 10), |conn| {
        deposit_on(conn, ctx, &reps[0], c, ids[0], days_ago(20))
    })?;
    let out_of_powers = BureauChecklist {
        within_council_powers: false,
        ..checklist()
    };
    let reasons = "سبق للمجلس الإقليمي أن اتخذ قرار نقل السوق الأسبوعي؛ فالطلب يخرج عن اختصاصات الجماعة (المادة 121).";
    on_day(conn, c, ids[0], (days_ago(6), 11), |conn| {
        petitions_service::bureau_decide(
            conn,
            ctx,
            &bureau,
            c.id,
            ids[0],
            BureauDecision {
                checklist: out_of_powers,
                committee_id: None,
                decision: Decision::Reject { reasons },
            },
            days_ago(6),
        )
    })?;
    on_day(conn, c, ids[1], (days_ago(10), 10), |conn| {
        deposit_on(conn, ctx, &reps[1], c, ids[1], days_ago(10))
    })?;
    on_day(conn, c, ids[1], (days_ago(3), 11), |conn| {
        petitions_service::bureau_decide(
            conn,
            ctx,
            &bureau,
            c.id,
            ids[1],
            BureauDecision {
                checklist: checklist(),
                committee_id: committee,
                decision: Decision::Accept,
            },
            days_ago(3),
        )
    })?;
    for (k, id) in ids[2..].iter().enumerate() {
        let deposited = ymd(2025, 8, 4 + k as u32)?;
        on_day(conn, c, *id, (deposited, 10), |conn| {
            deposit_on(conn, ctx, &reps[2 + k], c, *id, deposited)
        })?;
        let accepted = ymd(2025, 9, 1)?;
        on_day(conn, c, *id, (accepted, 11), |conn| {
            petitions_service::bureau_decide(
                conn,
                ctx,
                &bureau,
                c.id,
                *id,
                BureauDecision {
                    checklist: checklist(),
                    committee_id: committee,
                    decision: Decision::Accept,
                },
                accepted,
            )
        })?;
    }
    let since = now();
    answer_in_october(conn, setup, c, &[(ids[2], true), (ids[3], true)])?;
    for id in &ids[2..] {
        crate::store::backdate_since(conn, c.id, *id, since, at_hour(ymd(2025, 10, 1)?, 12)?)?;
    }
    Ok(())
}

/// Loads the demo petitions of Taroudant and Tétouan (after the communes and councils).
pub fn load(conn: &mut AnyConnection, setup: &Setup<'_>) -> Result<()> {
    for slug in ["taroudant", "tetouan"] {
        let Some(c) = communes::by_slug(conn, slug)? else {
            continue;
        };
        load_commune(conn, setup, &c)?;
    }
    Ok(())
}
