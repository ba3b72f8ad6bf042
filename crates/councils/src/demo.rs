//! Demo council records for every demo commune: a closed ordinary session of February 2026
//! (two sittings, one closed to the public; attendance reaching quorum; four items voted —
//! a plain majority, a matter needing the majority of members in office, a tie broken by
//! the president with each member's vote, a rejection; one member's request refused with
//! reasons), its signed and numbered deliberations and signed minutes; and the next
//! ordinary session, planned, with its agenda.
//!
//! Everything goes through the councils service with the demo secretariat's permissions,
//! so the demo obeys the same rules (and writes the same audit log) as real use. It runs in
//! one transaction, which keeps loading fast on SQLite.

use crate::model::{
    Ballot, ClosedSittingRequester, Convocation, ItemSource, Matter, OrdinaryMonth, Publicity,
    Reasons, SessionEvent, SessionKind, VoteChoice, VoteCounts,
};
use crate::records::{ItemId, SittingId};
use crate::records::{SessionRow, SittingRow};
use crate::rules;
use crate::service::{self, NewItem, NewSession, NewSitting, Presence, Signatory};
use chrono::{Days, NaiveDate, NaiveDateTime};

use musharaka_communes::{store as commune_store, CouncilMember};
use musharaka_core::time::{at_hour, local_date, now, ymd};
use musharaka_core::{Error, Result};
use musharaka_db::{write_transaction, AnyConnection};
use musharaka_identity::{service as identity, store as identity_store, Permissions};

const PLACE: &str = "قاعة المداولات بمقر الجماعة — Salle des délibérations, hôtel de ville";

/// The committee's report the demo enters on every item before its vote (art. 28).
pub const REPORT: &str = "درست اللجنة النقطة في اجتماعها وأوصت بعرضها على المجلس للتداول — La commission a étudié le point et recommande de le soumettre au conseil.";

/// Art. 28: the competent committee reports on an item before the council votes, entered
/// by the secretariat as a user would (the item's committee; an item referred to none goes
/// to the commune's first permanent committee, the budget's in the demo).
pub fn committee_reports(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    report: &str,
) -> Result<()> {
    let item = crate::store::item(conn, commune_id, item_id)?;
    let committee = match item.committee_id {
        Some(_) => None,
        None => commune_store::committees(conn, commune_id)?
            .first()
            .map(|c| c.committee.id),
    };
    service::set_committee_report(conn, actor, commune_id, item_id, committee, report)
}

/// How an item of the February session is voted.
#[derive(Clone, Copy)]
enum Plan {
    /// A clear majority of votes cast, counts only.
    Majority,
    /// A matter of art. 43 needing the majority of members in office, reached.
    MembersInOffice,
    /// A tie, the president voting in favour; each member's vote recorded.
    Tie,
    /// More against than in favour, at the closed sitting.
    Rejected,
    /// A members' request refused with reasons (art. 40), never voted.
    Refused,
}

struct DemoItem {
    title_ar: &'static str,
    title_fr: &'static str,
    summary: &'static str,
    committee: usize,
    matter: Matter,
    source: ItemSource,
    source_ref: Option<&'static str>,
    plan: Plan,
    text_ar: &'static str,
    text_fr: &'static str,
}

const FEBRUARY_ITEMS: [DemoItem; 5] = [
    DemoItem {
        title_ar: "الدراسة والتصويت على تحويل اعتمادات داخل الجزء الثاني من ميزانية سنة 2026",
        title_fr: "Examen et vote d'un virement de crédits dans la deuxième partie du budget 2026",
        summary: "تحويل اعتمادات لتمويل صيانة الطرق الجماعية والإنارة العمومية.",
        committee: 0,
        matter: Matter::General,
        source: ItemSource::President,
        source_ref: None,
        plan: Plan::Majority,
        text_ar: "صادق المجلس الجماعي على تحويل اعتمادات داخل الجزء الثاني من ميزانية سنة 2026 لتمويل صيانة الطرق الجماعية والإنارة العمومية.",
        text_fr: "Le conseil communal approuve le virement de crédits dans la deuxième partie du budget 2026 pour financer l'entretien de la voirie communale et de l'éclairage public.",
    },
    DemoItem {
        title_ar: "الدراسة والمصادقة على تحيين برنامج عمل الجماعة 2022-2027",
        title_fr: "Examen et approbation de la mise à jour du programme d'action de la commune 2022-2027",
        summary: "تحيين المشاريع ذات الأولوية بعد التقييم المرحلي لبرنامج العمل (المادة 78).",
        committee: 0,
        matter: Matter::ActionProgramme,
        source: ItemSource::President,
        source_ref: None,
        plan: Plan::MembersInOffice,
        text_ar: "صادق المجلس الجماعي بالأغلبية المطلقة للأعضاء المزاولين مهامهم على تحيين برنامج عمل الجماعة 2022-2027.",
        text_fr: "Le conseil communal approuve, à la majorité absolue des membres en fonction, la mise à jour du programme d'action de la commune 2022-2027.",
    },
    DemoItem {
        title_ar: "الدراسة والتصويت على اتفاقية شراكة لتهيئة حديقة عمومية بالحي الجديد",
        title_fr: "Examen et vote d'une convention de partenariat pour l'aménagement d'un jardin public au quartier neuf",
        summary: "نقطة مدرجة بناء على عريضة مقبولة قدمها مواطنات ومواطنون (المادة 125).",
        committee: 2,
        matter: Matter::General,
        source: ItemSource::Petition,
        source_ref: Some("petition-2025-07"),
        plan: Plan::Tie,
        text_ar: "صادق المجلس الجماعي على اتفاقية الشراكة لتهيئة حديقة عمومية بالحي الجديد، بعد تعادل الأصوات وترجيح الجانب الذي صوت معه الرئيس.",
        text_fr: "Le conseil communal approuve la convention de partenariat pour l'aménagement d'un jardin public au quartier neuf, après partage égal des voix, le côté du président l'emportant.",
    },
    DemoItem {
        title_ar: "الدراسة والتصويت على مشروع صلح في النزاع القائم مع شركة النظافة",
        title_fr: "Examen et vote d'un projet de transaction dans le litige avec la société de propreté",
        summary: "عرض الصلح المقترح من الشركة المفوض لها تدبير مرفق النظافة.",
        committee: 1,
        matter: Matter::General,
        source: ItemSource::President,
        source_ref: None,
        plan: Plan::Rejected,
        text_ar: "رفض المجلس الجماعي مشروع الصلح المقترح في النزاع القائم مع شركة النظافة.",
        text_fr: "Le conseil communal rejette le projet de transaction proposé dans le litige avec la société de propreté.",
    },
    DemoItem {
        title_ar: "طلب إدراج نقطة حول تسمية شارع باسم شخصية وطنية",
        title_fr: "Demande d'inscription d'un point sur la dénomination d'une rue",
        summary: "طلب تقدم به أعضاء من المجلس.",
        committee: 3,
        matter: Matter::General,
        source: ItemSource::Members,
        source_ref: None,
        plan: Plan::Refused,
        text_ar: "",
        text_fr: "",
    },
];

const NEXT_ITEMS: [(&str, &str, usize, ItemSource, Option<&str>); 3] = [
    (
        "الدراسة والتصويت على الحساب الإداري لسنة 2026",
        "Examen et vote du compte administratif de l'exercice 2026",
        0,
        ItemSource::President,
        None,
    ),
    (
        "الدراسة والتصويت على إحداث ممرات آمنة للراجلين قرب المؤسسات التعليمية",
        "Création de passages piétons sécurisés près des écoles",
        1,
        ItemSource::Petition,
        Some("petition-2026-03"),
    ),
    (
        "عرض نتائج الميزانية التشاركية لسنة 2026",
        "Présentation des résultats du budget participatif 2026",
        0,
        ItemSource::ParticipatoryBudget,
        Some("pb-2026"),
    ),
];

const MINUTES_AR: &str = "انعقدت الدورة العادية لشهر فبراير 2026 بقاعة المداولات بمقر الجماعة، في جلستين: الأولى عمومية يوم 2 فبراير، والثانية سرية يوم 5 فبراير بطلب من الرئيس.\n\nتوفر النصاب القانوني في الجلستين. تداول المجلس في النقط المدرجة في جدول الأعمال وصوت عليها كما هو مبين في المقررات المضمنة في السجل. رفض الرئيس إدراج نقطة طلبها أعضاء بقرار معلل (المادة 40).";
const MINUTES_FR: &str = "La session ordinaire de février 2026 s'est tenue en salle des délibérations de l'hôtel de ville, en deux séances : la première publique le 2 février, la seconde à huis clos le 5 février à la demande du président.\n\nLe quorum était atteint aux deux séances. Le conseil a délibéré sur les points inscrits à l'ordre du jour et les a votés comme l'indiquent les délibérations du registre. Le président a refusé, par décision motivée, l'inscription d'un point demandé par des membres (art. 40).";

/// 10:00 in Casablanca (UTC+1 outside Ramadan) as the stored UTC time.
fn ten_oclock(d: NaiveDate) -> Result<NaiveDateTime> {
    at_hour(d, 9)
}

/// A sitting of `(commune, session)` on first convocation at ten on `on`.
fn sitting(
    conn: &mut AnyConnection,
    actor: &Permissions,
    (commune_id, session_id): (i64, i64),
    on: NaiveDate,
    publicity: Publicity,
) -> Result<SittingRow> {
    let new = NewSitting {
        starts_at: ten_oclock(on)?,
        convocation: Convocation::First,
        publicity,
    };
    service::add_sitting(conn, actor, commune_id, session_id, &new)
}

fn reasons(text: &str) -> Result<Reasons> {
    Reasons::new(text).map_err(|_| Error::internal("demo reasons"))
}

/// The demo secretariat account of a commune, with its roles.
fn secretariat(conn: &mut AnyConnection, slug: &str) -> Result<Permissions> {
    let email = format!("secretariat.{slug}@demo.musharaka.ma");
    let account = identity_store::account_by_email(conn, &email)?
        .ok_or_else(|| Error::internal("demo secretariat missing"))?;
    identity::load_permissions(conn, account.id)
}

/// Members who asked for the demo's members' item (art. 40): fewer than half of any demo
/// council, so the item may be refused.
const DEMO_REQUESTERS: u32 = 3;

/// What the demo needs to know about one commune.
struct Council {
    id: i64,
    actor: Permissions,
    /// By precedence: the president first.
    members: Vec<i64>,
    committees: Vec<i64>,
}

impl Council {
    fn committee(&self, k: usize) -> Option<i64> {
        (!self.committees.is_empty()).then(|| self.committees[k % self.committees.len()])
    }

    fn size(&self) -> u32 {
        self.members.len() as u32
    }
}

/// Loads the council records of every demo commune, in one transaction.
pub fn load(conn: &mut AnyConnection, communes: &[(&str, i64)]) -> Result<()> {
    // The movable holidays of 2026–2027 first: the sessions' deadlines count with them.
    musharaka_communes::holidays::load_expected(conn)?;
    write_transaction(conn, |conn| {
        for (slug, id) in communes {
            let members: Vec<CouncilMember> = commune_store::members(conn, *id)?;
            let council = Council {
                id: *id,
                actor: secretariat(conn, slug)?,
                members: members.iter().map(|m| m.id).collect(),
                committees: commune_store::committees(conn, *id)?
                    .iter()
                    .map(|c| c.committee.id)
                    .collect(),
            };
            february_session(conn, &council)?;
            next_session(conn, &council)?;
        }
        Ok(())
    })
}

fn add_items(
    conn: &mut AnyConnection,
    c: &Council,
    session_id: i64,
) -> Result<Vec<(ItemId, &'static DemoItem)>> {
    let mut out = Vec::new();
    for it in &FEBRUARY_ITEMS {
        let row = service::add_item(
            conn,
            &c.actor,
            c.id,
            session_id,
            &NewItem {
                title_ar: it.title_ar,
                title_fr: it.title_fr,
                summary: it.summary,
                committee_id: c.committee(it.committee),
                matter: it.matter,
                source: it.source,
                source_ref: it.source_ref,
            },
            (it.source == ItemSource::Members).then_some(DEMO_REQUESTERS),
            local_date(now()),
        )?;
        out.push((row.id, it));
    }
    Ok(out)
}

/// Records attendance: the first `present` members (by precedence) are present, the
/// others alternately absent and excused.
fn attend(
    conn: &mut AnyConnection,
    c: &Council,
    sitting_id: SittingId,
    present: usize,
) -> Result<()> {
    let presence: Vec<(i64, Presence)> = c
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let p = match i {
                i if i < present => Presence::Present,
                i if i % 2 == 0 => Presence::Absent,
                _ => Presence::Excused,
            };
            (*m, p)
        })
        .collect();
    service::record_attendance(conn, &c.actor, c.id, sitting_id, &presence)?;
    Ok(())
}

fn counts(in_favour: u32, against: u32, abstain: u32) -> VoteCounts {
    VoteCounts {
        in_favour,
        against,
        abstain,
    }
}

/// The vote of an item by its plan, at a sitting with `present` members.
fn vote_entry(c: &Council, plan: Plan, present: u32) -> service::VoteEntry {
    let majority = rules::absolute_majority(c.size());
    match plan {
        Plan::Majority => service::VoteEntry::Counts {
            counts: counts(present.saturating_sub(6), 4, 2),
            president_vote: Some(VoteChoice::InFavour),
        },
        Plan::MembersInOffice => {
            let yes = (majority + 2).min(present);
            let no = 2.min(present - yes);
            service::VoteEntry::Counts {
                counts: counts(yes, no, present - yes - no),
                president_vote: Some(VoteChoice::InFavour),
            }
        }
        Plan::Tie => {
            let half = (present.saturating_sub(2) / 2) as usize;
            let votes = c
                .members
                .iter()
                .take(present as usize)
                .enumerate()
                .map(|(i, m)| {
                    let choice = match i {
                        i if i < half => VoteChoice::InFavour,
                        i if i < 2 * half => VoteChoice::Against,
                        _ => VoteChoice::Abstain,
                    };
                    (*m, choice)
                })
                .collect();
            service::VoteEntry::PerMember(votes)
        }
        Plan::Rejected | Plan::Refused => service::VoteEntry::Counts {
            counts: counts(5, present.saturating_sub(8), 3),
            president_vote: Some(VoteChoice::Against),
        },
    }
}

fn february_session(conn: &mut AnyConnection, c: &Council) -> Result<()> {
    let actor = &c.actor;
    let start = ymd(2026, 2, 2)?;
    let s = service::create_session(
        conn,
        actor,
        c.id,
        &NewSession {
            kind: SessionKind::Ordinary(OrdinaryMonth::February),
            trigger_note: None,
            starts_on: start,
            ends_on: ymd(2026, 2, 13)?,
            place: PLACE,
        },
    )?;
    let items = add_items(conn, c, s.id)?;
    let public = sitting(conn, actor, (c.id, s.id), start, Publicity::Public)?;
    let closed_on = ymd(2026, 2, 5)?;
    let closed = Publicity::Closed {
        requester: ClosedSittingRequester::President,
        reasons: reasons(
            "سرية المفاوضات في نزاع قضائي قائم — confidentialité d'un litige en cours",
        )?,
    };
    // Art. 48: the council decided, without debate, to sit closed on the president's request.
    let closed = service::add_sitting_with_request(
        conn,
        actor,
        c.id,
        s.id,
        &NewSitting {
            starts_at: ten_oclock(closed_on)?,
            convocation: Convocation::First,
            publicity: closed,
        },
        Some(service::ClosedSittingVote {
            requesting_members: 0,
            counts: counts(c.size() / 2, 2, 1),
        }),
    )?;
    service::transition_session(conn, actor, c.id, s.id, SessionEvent::Convene)?;
    service::transition_session(conn, actor, c.id, s.id, SessionEvent::Open)?;
    let size = c.members.len();
    let present_public = size * 3 / 4;
    let present_closed = size * 2 / 3;
    attend(conn, c, public.id, present_public)?;
    attend(conn, c, closed.id, present_closed)?;
    for (item_id, it) in &items {
        let (sitting, present) = match it.plan {
            Plan::Refused => {
                service::refuse_item(
                    conn,
                    actor,
                    c.id,
                    *item_id,
                    "النقطة لا تدخل ضمن اختصاصات المجلس الجماعي (المادة 40) — hors des compétences du conseil",
                    local_date(now()),
                )?;
                continue;
            }
            Plan::Rejected => (closed.id, present_closed),
            _ => (public.id, present_public),
        };
        committee_reports(conn, actor, c.id, *item_id, REPORT)?;
        let entry = vote_entry(c, it.plan, present as u32);
        service::record_vote(conn, actor, c.id, *item_id, sitting, Ballot::First, &entry)?;
        let d =
            service::write_deliberation(conn, actor, c.id, *item_id, it.text_ar, Some(it.text_fr))?;
        service::sign_deliberation(conn, actor, c.id, d.id)?;
    }
    let m = service::save_minutes(conn, actor, c.id, s.id, MINUTES_AR, Some(MINUTES_FR))?;
    service::sign_minutes(conn, actor, c.id, m.id, Signatory::President)?;
    service::sign_minutes(conn, actor, c.id, m.id, Signatory::Secretary)?;
    service::transition_session(conn, actor, c.id, s.id, SessionEvent::Close)?;
    Ok(())
}

/// The next ordinary session whose agenda is open today (February 2027 when loaded in
/// late 2026), planned, with three items and its first sitting.
fn next_session(conn: &mut AnyConnection, c: &Council) -> Result<SessionRow> {
    let cal = musharaka_communes::holidays::calendar(conn)?;
    let next = rules::next_open_ordinary_session(local_date(now()), &[], &cal);
    let start = next.session.start;
    let s = service::create_session(
        conn,
        &c.actor,
        c.id,
        &NewSession {
            kind: SessionKind::Ordinary(next.session.month),
            trigger_note: None,
            starts_on: start,
            ends_on: start.checked_add_days(Days::new(9)).unwrap_or(start),
            place: PLACE,
        },
    )?;
    for (title_ar, title_fr, committee, source, source_ref) in NEXT_ITEMS {
        service::add_item(
            conn,
            &c.actor,
            c.id,
            s.id,
            &NewItem {
                title_ar,
                title_fr,
                summary: "",
                committee_id: c.committee(committee),
                matter: Matter::General,
                source,
                source_ref,
            },
            None,
            local_date(now()),
        )?;
    }
    sitting(conn, &c.actor, (c.id, s.id), start, Publicity::Public)?;
    Ok(s)
}
