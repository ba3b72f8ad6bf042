//! Demo data for Taroudant, through the services: an information officer, the proactive
//! publication register, requests answered on time, extended, refused and appealed, one
//! urgent, and complaints, observations and suggestions in several districts.

use musharaka_core::calendar::minus_days;
use musharaka_core::time::today;
use musharaka_core::{ErrorKind, Result};
use musharaka_db::AnyConnection;
use musharaka_identity::service::{create_admin, load_permissions, Grant};
use musharaka_identity::{store as accounts, Role};

use crate::model::Channel;
use crate::service::{self as s, Context};

const PASSWORD: &str = "musharaka-demo";

fn request(name: &str, cin: &str, email: &str, information: &str, urgent: bool) -> s::RequestInput {
    s::RequestInput {
        name: name.into(),
        address: "Derb Sidi Belkas, Taroudant".into(),
        id_kind: "cin".into(),
        id_number: cin.into(),
        email: email.into(),
        information: information.into(),
        preferred_form: if email.is_empty() { "on_site" } else { "email" }.into(),
        urgent,
    }
}

fn complaint(
    kind: &str,
    category: &str,
    district: &str,
    subject: &str,
    anonymous: bool,
) -> s::ComplaintInput {
    s::ComplaintInput {
        kind: kind.into(),
        category: category.into(),
        subject: subject.into(),
        body: subject.into(),
        district: district.into(),
        address: String::new(),
        anonymous,
        name: if anonymous {
            String::new()
        } else {
            "Lahcen Aït Baha".into()
        },
        email: String::new(),
        desk: "Bureau d'ordre / مكتب الضبط".into(),
    }
}

/// Loads the demo (after the communes and their staff).
pub fn load(conn: &mut AnyConnection, ctx: &Context<'_>) -> Result<()> {
    let commune = musharaka_communes::service::by_slug(conn, "taroudant")?;
    let officer = create_admin(
        conn,
        "information_officer.taroudant@demo.musharaka.ma",
        "Khadija Bouzid",
        PASSWORD,
        Grant::Role(commune.id, Role::InformationOfficer),
    )?;
    let officer = load_permissions(conn, officer.id)?;
    let t = today();
    let ago = |days: u64| minus_days(t, days);
    for (category, title, url, on) in [
        (
            "budget",
            "Budget 2026 de la commune / ميزانية الجماعة 2026",
            "/taroudant/council",
            ago(300),
        ),
        (
            "deliberations",
            "Registre des délibérations / سجل المقررات",
            "/taroudant/council/deliberations",
            ago(200),
        ),
        (
            "services",
            "Guide des services et procédures / دليل الخدمات والمساطر",
            "https://www.taroudant.ma/services",
            ago(150),
        ),
        (
            "procurement",
            "Programme prévisionnel des marchés / البرنامج التوقعي للصفقات",
            "https://www.marchespublics.gov.ma",
            ago(90),
        ),
        (
            "recruitment",
            "Concours de recrutement 2026 / مباريات التوظيف",
            "https://www.emploi-public.ma",
            ago(40),
        ),
    ] {
        s::add_publication(
            conn,
            &officer,
            commune.id,
            &s::PublicationInput {
                category: category.into(),
                title: title.into(),
                url: url.into(),
                published_on: Some(on),
            },
        )?;
    }
    let citizen = accounts::account_by_email(conn, "citizen@demo.musharaka.ma")?
        .ok_or(ErrorKind::NotFound)?;
    let citizen = load_permissions(conn, citizen.id)?;
    // What the officer and the citizen do, `days` ago.
    let registered = |conn: &mut AnyConnection, channel, r: s::RequestInput, days| {
        let receipt = s::Receipt {
            channel,
            received_on: ago(days),
        };
        s::register_request(conn, ctx, &officer, &commune, &r, receipt, t)
    };
    let online = |conn: &mut AnyConnection, r: s::RequestInput, on| {
        s::file_online(conn, ctx, &citizen, &commune, &r, on)
    };
    let answered = |conn: &mut AnyConnection, id, a: s::AnswerInput, days| {
        s::answer(conn, ctx, &officer, &commune, id, &a, ago(days))
    };
    let citizen_asks = |information, urgent| {
        let email = "citizen@demo.musharaka.ma";
        request("Amina Oubella", "JC120034", email, information, urgent)
    };
    // Answered on time.
    let r = registered(
        conn,
        Channel::Desk,
        request(
            "Mohamed Id Ali",
            "JT45821",
            "",
            "Procès-verbal de la session de février / محضر دورة فبراير",
            false,
        ),
        60,
    )?;
    answered(
        conn,
        r.id,
        s::AnswerInput {
            kind: "delivered".into(),
            text: "Consultable au bureau d'ordre, du lundi au vendredi, 9h–15h / للاطلاع بمكتب الضبط"
                .into(),
            costs: "12".into(),
            ..Default::default()
        },
        50,
    )?;
    // Refused (already published) then appealed by the citizen.
    let budget = citizen_asks("Budget 2026 détaillé / الميزانية المفصلة 2026", false);
    let r = online(conn, budget, ago(20))?;
    answered(
        conn,
        r.id,
        s::AnswerInput {
            kind: "refused".into(),
            ground: "published".into(),
            text: "Déjà publié / سبق نشرها".into(),
            detail: "/taroudant/council".into(),
            ..Default::default()
        },
        12,
    )?;
    s::appeal(
        conn,
        ctx,
        &citizen,
        &commune,
        r.id,
        "Le document publié ne contient pas le détail par chapitre.",
        ago(5),
    )?;
    // Extended, still open.
    let r = registered(
        conn,
        Channel::Post,
        request(
            "Association Tifawin",
            "J998877",
            "",
            "Marchés de voirie 2024–2026 / صفقات الطرق",
            false,
        ),
        25,
    )?;
    s::extend(
        conn,
        ctx,
        &officer,
        &commune,
        r.id,
        "Grand volume de documents à réunir / حجم كبير من الوثائق",
        ago(20),
    )?;
    // Urgent, just received.
    let evacuation = "Plan d'évacuation de l'école Al Massira (crue) / مخطط الإخلاء";
    online(conn, citizen_asks(evacuation, true), t)?;

    let desk = |conn: &mut AnyConnection, c: s::ComplaintInput, days: u64| {
        s::register_complaint(conn, ctx, &officer, &commune, &c, ago(days), t)
    };
    let handled = |conn: &mut AnyConnection, id, action: s::ComplaintAction, days| {
        s::handle_complaint(conn, ctx, &officer, &commune, id, &action, ago(days))
    };
    let c1 = desk(
        conn,
        complaint(
            "complaint",
            "lighting",
            "Al Qasba",
            "Éclairage en panne rue Bab Zorgane",
            false,
        ),
        80,
    )?;
    handled(conn, c1.id, s::ComplaintAction::Acknowledge, 75)?;
    let lighting = "Service de l'éclairage public";
    handled(conn, c1.id, s::ComplaintAction::Route(lighting.into()), 75)?;
    let replaced = "Lampadaires remplacés le 12. / تم تعويض المصابيح";
    handled(conn, c1.id, s::ComplaintAction::Answer(replaced.into()), 60)?;
    let c2 = desk(
        conn,
        complaint(
            "complaint",
            "hygiene",
            "Sidi Belkas",
            "Dépôt sauvage près du souk",
            false,
        ),
        40,
    )?;
    handled(conn, c2.id, s::ComplaintAction::Acknowledge, 30)?;
    desk(
        conn,
        complaint(
            "complaint",
            "roads",
            "Al Qasba",
            "Nids-de-poule avenue Mohammed V",
            false,
        ),
        30,
    )?;
    desk(
        conn,
        complaint(
            "suggestion",
            "service",
            "",
            "Ouvrir le bureau d'état civil le samedi matin",
            true,
        ),
        10,
    )?;
    desk(
        conn,
        complaint(
            "observation",
            "reception",
            "Talmoklate",
            "Attente longue au guichet",
            true,
        ),
        3,
    )?;
    Ok(())
}
