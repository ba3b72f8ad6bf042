//! Demo bodies for Taroudant (Tadafor report, seed 001): the Equality, Equal Opportunity
//! and Gender Approach Body with two opinions (one submitted to the council, one being
//! drafted), the consultative space with its December 2023 remarks on the draft action
//! programme, and the youth council being formed (its creation committee and November 2023
//! working meeting). Everything goes through this crate's services.

use crate::model::{AgeBand, BodyKind, BodyStatus, MemberGender, OpinionKind, Seat};
use crate::records::{ActivityInput, BodyFacts, MeetingInput, MemberFactsInput, OpinionInput};
use crate::service::{self, AdoptedBy};
use musharaka_communes::store as communes;
use musharaka_core::time::{today, ymd};
use musharaka_core::{Error, Result};
use musharaka_db::AnyConnection;
use musharaka_identity::service::{create_admin, load_permissions, Grant};
use musharaka_identity::{store as accounts, Permissions, Role};
use musharaka_mail::MailContext;

fn perms(conn: &mut AnyConnection, email: &str) -> Result<Permissions> {
    let a = accounts::account_by_email(conn, email)?
        .ok_or_else(|| Error::internal("demo account missing"))?;
    load_permissions(conn, a.id)
}

/// An opinion with no target document, request or deadline (a remark adds its target).
fn opinion(kind: OpinionKind, title: &str, text: &str) -> OpinionInput {
    OpinionInput {
        kind,
        title: title.into(),
        text: text.into(),
        target_document: None,
        target_section: None,
        requested_on: None,
        deadline: None,
    }
}

struct Person<'a>(&'a str, Option<&'a str>, Seat, MemberGender, AgeBand);

fn members(
    conn: &mut AnyConnection,
    who: &Permissions,
    commune_id: i64,
    body_id: i64,
    start: chrono::NaiveDate,
    people: &[Person<'_>],
) -> Result<()> {
    for Person(name, association, seat, gender, age_band) in people {
        let m = MemberFactsInput {
            name: (*name).to_string(),
            association_name: association.map(str::to_string),
            seat: *seat,
            gender: *gender,
            age_band: *age_band,
            email: None,
            term_start: start,
            term_end: None,
            replaces_member_id: None,
        };
        service::add_member(conn, who, commune_id, body_id, &m)?;
    }
    Ok(())
}

fn activity(
    conn: &mut AnyConnection,
    who: &Permissions,
    cid: i64,
    body: i64,
    year: i32,
    title: &str,
    on: Option<chrono::NaiveDate>,
) -> Result<i64> {
    let a = ActivityInput {
        year,
        title: title.into(),
        planned_on: on,
    };
    Ok(service::add_activity(conn, who, cid, body, &a)?.id)
}

/// Loads the bodies of Taroudant (if the commune exists), with its body secretary
/// `body_secretary.taroudant@demo.musharaka.ma` (password `password`).
pub fn load(conn: &mut AnyConnection, mail: &MailContext<'_>, password: &str) -> Result<()> {
    let Some(c) = communes::by_slug(conn, "taroudant")? else {
        return Ok(());
    };
    let cid = c.id;
    let admin = perms(conn, "admin.taroudant@demo.musharaka.ma")?;
    let sec_email = "body_secretary.taroudant@demo.musharaka.ma";
    create_admin(
        conn,
        sec_email,
        "Hasnaa Amziane",
        password,
        Grant::Role(cid, Role::BodySecretary),
    )?;
    let sec = perms(conn, sec_email)?;
    use AgeBand::*;
    use MemberGender::*;
    use Seat::*;

    // The equality body (art. 120), active, parity target.
    let equality = service::create_body(conn, &admin, cid, &BodyFacts {
        kind: Some(BodyKind::Equality),
        name_ar: "هيئة المساواة وتكافؤ الفرص ومقاربة النوع".into(),
        name_fr: "Instance de l'équité, de l'égalité des chances et de l'approche genre".into(),
        mission: "تقديم آراء استشارية للمجلس والمشاركة الفعالة في تنشيط ورشات إعداد برنامج العمل. / Avis consultatifs au conseil et animation des ateliers du programme d'action.".into(),
        founding_reference: Some("النظام الداخلي للمجلس الجماعي لتارودانت".into()),
        target_women_pct: Some(50),
        target_associations_pct: Some(50),
        ..BodyFacts::default()
    })?;
    service::set_body_status(conn, &admin, cid, equality.id, BodyStatus::Active)?;
    service::assign_secretary(conn, &admin, cid, equality.id, sec_email)?;
    members(
        conn,
        &sec,
        cid,
        equality.id,
        ymd(2022, 3, 1)?,
        &[
            Person(
                "Naima Oubella",
                Some("جمعية أمل تارودانت للتنمية"),
                Association,
                Female,
                From35To59,
            ),
            Person(
                "Khadija Bouzid",
                Some("جمعية نساء سوس"),
                Association,
                Female,
                From35To59,
            ),
            Person(
                "Fatima Ait Baha",
                Some("جمعية الأمل للمرأة القروية"),
                Association,
                Female,
                Under35,
            ),
            Person(
                "Lahcen Sanhaji",
                Some("جمعية دار الحي"),
                Association,
                Male,
                Over60,
            ),
            Person("Hasnaa Belkadi", None, Expert, Female, From35To59),
            Person("Brahim Errami", None, Citizen, Male, From35To59),
            Person(
                "Mohamed El Idrissi",
                None,
                ElectedObserver,
                Male,
                From35To59,
            ),
        ],
    )?;
    let listening = service::create_opinion(conn, &sec, cid, equality.id, &opinion(
        OpinionKind::Own,
        "مركز الاستماع للنساء ضحايا العنف / Centre d'écoute des femmes victimes de violence",
        "توصي الهيئة بإحداث مركز للاستماع والتوجيه لفائدة النساء ضحايا العنف بشراكة مع جمعيات المجتمع المدني (شبكة تشبيك المرأة).",
    ))?;
    service::adopt_opinion(
        conn,
        &sec,
        cid,
        listening.id,
        AdoptedBy::Vote {
            in_favour: 5,
            against: 0,
            abstaining: 1,
        },
        ymd(2024, 3, 8)?,
    )?;
    service::transmit_opinion(conn, &sec, cid, listening.id, today())?;
    service::create_opinion(
        conn,
        &sec,
        cid,
        equality.id,
        &opinion(
            OpinionKind::Own,
            "دور الأحياء وملاعب القرب / Maisons de quartier et terrains de proximité",
            "مسودة: ولوج الفتيات إلى ملاعب القرب ودور الأحياء.",
        ),
    )?;
    let a = activity(
        conn,
        &sec,
        cid,
        equality.id,
        2024,
        "ورشات إعداد برنامج عمل الجماعة / Ateliers du programme d'action",
        ymd(2024, 2, 15).ok(),
    )?;
    service::update_activity(
        conn,
        &sec,
        cid,
        equality.id,
        a,
        crate::ActivityStatus::Done,
        Some("3 ورشات، 45 مشاركة ومشاركا"),
    )?;
    activity(
        conn,
        &sec,
        cid,
        equality.id,
        2024,
        "تكوين حول مقاربة النوع / Formation à l'approche genre",
        ymd(2024, 5, 15).ok(),
    )?;

    // The consultative space and its remarks on the draft action programme (art. 78).
    let space = service::create_body(
        conn,
        &admin,
        cid,
        &BodyFacts {
            kind: Some(BodyKind::ConsultativeSpace),
            name_ar: "الفضاء التشاوري لتارودانت".into(),
            name_fr: "Espace consultatif de Taroudant".into(),
            mission: "فضاء للحوار والتشاور حول القضايا المحلية بين الجماعة والمجتمع المدني.".into(),
            target_associations_pct: Some(60),
            ..BodyFacts::default()
        },
    )?;
    service::set_body_status(conn, &admin, cid, space.id, BodyStatus::Active)?;
    service::assign_secretary(conn, &admin, cid, space.id, sec_email)?;
    members(
        conn,
        &sec,
        cid,
        space.id,
        ymd(2023, 1, 15)?,
        &[
            Person(
                "Youssef Amziane",
                Some("جمعية أمل تارودانت للتنمية"),
                Association,
                Male,
                Under35,
            ),
            Person(
                "Naima Errami",
                Some("جمعية تضامن المدينة العتيقة"),
                Association,
                Female,
                From35To59,
            ),
            Person(
                "Brahim Oubella",
                Some("تنسيقية جمعيات الأحياء"),
                Association,
                Male,
                From35To59,
            ),
            Person("Khadija Sanhaji", None, Citizen, Female, Under35),
        ],
    )?;
    let remarks = service::create_opinion(conn, &sec, cid, space.id, &OpinionInput {
        target_document: Some("مشروع برنامج عمل الجماعة 2022–2027".into()),
        target_section: Some("المحور الاجتماعي".into()),
        ..opinion(
            OpinionKind::Remarks,
            "ملاحظات على مشروع برنامج عمل الجماعة / Remarques sur le projet de programme d'action",
            "يقترح الفضاء التشاوري إدراج مشاريع الشباب والقرب ضمن المحور الاجتماعي، وتتبع تنفيذها مع المجتمع المدني.",
        )
    })?;
    service::adopt_opinion(
        conn,
        &sec,
        cid,
        remarks.id,
        AdoptedBy::Consensus,
        ymd(2023, 12, 14)?,
    )?;
    service::convene_meeting(
        conn,
        mail,
        &sec,
        cid,
        space.id,
        &MeetingInput {
            held_on: ymd(2023, 12, 14)?,
            place: "قاعة الاجتماعات بمقر الجماعة".into(),
            agenda: "مناقشة مشروع برنامج عمل الجماعة وصياغة الملاحظات.".into(),
            is_public: true,
        },
    )?;

    // The youth council, being formed: its creation committee and work plan.
    let youth = service::create_body(
        conn,
        &admin,
        cid,
        &BodyFacts {
            kind: Some(BodyKind::YouthCouncil),
            name_ar: "مجلس الشباب لتارودانت".into(),
            name_fr: "Conseil des jeunes de Taroudant".into(),
            mission: "لجنة الإحداث وخطة عملها (مشروع تضافر، نونبر 2023).".into(),
            target_women_pct: Some(50),
            target_youth_pct: Some(80),
            ..BodyFacts::default()
        },
    )?;
    members(
        conn,
        &admin,
        cid,
        youth.id,
        ymd(2023, 11, 20)?,
        &[
            Person(
                "Salma Bouzid",
                Some("شبكة تشبيك الشباب"),
                Youth,
                Female,
                Under35,
            ),
            Person(
                "Ayoub Belkadi",
                Some("شبكة تشبيك الشباب"),
                Youth,
                Male,
                Under35,
            ),
            Person("Mohamed Ait Baha", None, Commune, Male, From35To59),
        ],
    )?;
    let (meeting, _) = service::convene_meeting(
        conn,
        mail,
        &admin,
        cid,
        youth.id,
        &MeetingInput {
            held_on: ymd(2023, 11, 22)?,
            place: "دار الشباب تارودانت".into(),
            agenda: "لقاء عمل حول إحداث مجلس الشباب: تشكيل لجنة الإحداث وخطة العمل.".into(),
            is_public: true,
        },
    )?;
    let present: Vec<i64> = crate::store::members(conn, cid, youth.id)?
        .iter()
        .map(|m| m.id)
        .collect();
    service::record_meeting(
        conn,
        &admin,
        cid,
        youth.id,
        meeting.id,
        &present,
        "تم تشكيل لجنة الإحداث والاتفاق على خطة عمل لسنة 2024.",
    )?;
    for (title, on) in [
        (
            "خلق مجلس الشباب / Création du conseil des jeunes",
            ymd(2024, 6, 30).ok(),
        ),
        ("إحداث لجن الأحياء / Création des comités de quartier", None),
    ] {
        activity(conn, &admin, cid, youth.id, 2024, title, on)?;
    }
    Ok(())
}
