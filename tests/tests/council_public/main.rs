//! HTTP tests of the council's public side (issue 3): the council and session pages, the
//! register of deliberations with search and pagination, a deliberation with its vote,
//! signed minutes, the iCalendar and Atom feeds parsed by real parsers, the JSON API field
//! by field, and 404s for unknown ids and for another commune's records — on SQLite and
//! (when configured) PostgreSQL, over the demo data.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod feeds;

use chrono::NaiveDate;
use musharaka_councils::service;
use musharaka_tests::councils::{self as builders, commune_id, platform_admin};
use musharaka_tests::{message_ar, on_every_demo, Client, TestApp};
use serde_json::{json, Value};

const FR: (&str, &str) = ("accept-language", "fr");

/// Every message id on the page was translated (a missing one shows as its id).
#[track_caller]
fn translated(res: &musharaka_tests::Response) {
    let re = regex_lite::Regex::new(r"\bcp-[a-z_-]+").unwrap();
    assert!(
        re.find(&res.body).is_none(),
        "untranslated {:?}",
        re.find(&res.body)
    );
}

fn sessions(c: &mut Client, slug: &str) -> Vec<Value> {
    let list = c
        .get_ok(&format!("/api/v1/communes/{slug}/sessions"))
        .json();
    list["items"].as_array().unwrap().clone()
}

/// The demo's February 2026 session of a commune.
fn february(c: &mut Client, slug: &str) -> Value {
    sessions(c, slug)
        .into_iter()
        .find(|s| s["start_date"] == "2026-02-02")
        .expect("February 2026 session")
}

fn register(c: &mut Client, slug: &str, query: &str) -> Value {
    c.get_ok(&format!("/api/v1/communes/{slug}/deliberations?{query}"))
        .json()
}

/// The register entry numbered `number` (e.g. `3/2026`).
fn deliberation_id(c: &mut Client, slug: &str, number: &str) -> i64 {
    register(c, slug, "year=2026")["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["number"] == number)
        .unwrap_or_else(|| panic!("no deliberation {number}"))["id"]
        .as_i64()
        .unwrap()
}

#[test]
fn council_pages_in_arabic_and_french() {
    on_every_demo(|app| {
        let mut c = app.client();
        let page = c.get("/taroudant/council");
        translated(&page);
        translated(&c.get_with("/taroudant/council/deliberations", FR));
        page.assert_status(200)
            .assert_contains("الدورة العادية لشهر فبراير 2026")
            .assert_contains("الدورات المقبلة")
            .assert_contains("الحساب الإداري لسنة 2026")
            .assert_contains("عريضة (المادة 125)")
            .assert_contains("/taroudant/council/sessions.ics");
        c.get_with("/taroudant/council", FR)
            .assert_status(200)
            .assert_contains("Session ordinaire de février 2026")
            .assert_contains("Sessions à venir")
            .assert_contains("Examen et vote du compte administratif");

        let feb = february(&mut c, "taroudant");
        let url = feb["url"].as_str().unwrap().to_string();
        let ar = c.get(&url);
        translated(&ar);
        ar.assert_status(200)
            .assert_contains("آخر أجل لاستدعاء الأعضاء (المادة 35)")
            .assert_contains("(المادة 38)")
            .assert_contains("(المادة 39)")
            .assert_contains("آخر يوم في حالة التمديد مرة واحدة (المادة 34)")
            .assert_contains("سرية (المادة 48)")
            .assert_contains("سرية المفاوضات في نزاع قضائي قائم")
            .assert_contains("النصاب القانوني متوفر")
            .assert_contains("26 عضوا حاضرا")
            .assert_contains("المقرر رقم 3/2026")
            .assert_contains("مرفوضة بقرار معلل")
            .assert_contains("قراءة المحضر الموقع");
        // 35 in office: the quorum is 18 (more than half).
        ar.assert_contains("النصاب: 18 عضوا");
        let fr = c.get_with(&url, FR);
        translated(&fr);
        fr.assert_status(200)
            .assert_contains("Convocation des membres au plus tard (art. 35)")
            .assert_contains("À huis clos (art. 48)")
            .assert_contains("Quorum atteint")
            .assert_contains("26 membres présents")
            .assert_contains("Délibération n° 1/2026")
            // 2 February 2026 minus 10 days.
            .assert_contains("23 janvier 2026");

        // The tie broken by the president, with each member's vote by name.
        let tie = deliberation_id(&mut c, "taroudant", "3/2026");
        let page = c.get(&format!("/taroudant/council/deliberations/{tie}"));
        translated(&page);
        page.assert_status(200)
            .assert_contains("المقرر رقم 3/2026")
            .assert_contains("تعادل الأصوات: يرجح الجانب الذي صوت معه الرئيس")
            .assert_contains("تصويت كل عضو")
            .assert_contains("petition-2025-07")
            .assert_contains("عريضة (المادة 125)")
            .assert_contains(r#"class="print""#)
            .assert_contains("موقع");
        let members = c.get("/api/v1/communes/taroudant").json();
        let president = members["council"]["members"][0]["name"]["ar"]
            .as_str()
            .unwrap()
            .to_string();
        page.assert_contains(&president);
        c.get_with(&format!("/taroudant/council/deliberations/{tie}"), FR)
            .assert_status(200)
            .assert_contains("Partage égal des voix")
            .assert_contains("Majorité absolue des suffrages exprimés (art. 43)")
            .assert_contains("Une pétition (art. 125)");
        let print = c.get_ok(&format!("/taroudant/council/deliberations/{tie}/print"));
        print.assert_contains(&message_ar(
            "council-deliberation-number",
            &[("number", "3/2026".into())],
        ));
        assert!(!print.body.contains("<header"), "print page has no header");

        // The action programme: majority of members in office.
        let programme = deliberation_id(&mut c, "taroudant", "2/2026");
        c.get_with(&format!("/taroudant/council/deliberations/{programme}"), FR)
            .assert_contains("Majorité absolue des membres en fonction (art. 43)")
            .assert_contains("18 voix pour requises");

        // Signed minutes, and their printable page.
        let detail = c.get(feb["api_url"].as_str().unwrap()).json();
        let minutes = detail["minutes"][0]["url"].as_str().unwrap().to_string();
        c.get_ok(&minutes)
            .assert_contains("التوقيعات (المادة 47)")
            .assert_contains(&president);
        c.get_with(&minutes, FR)
            .assert_contains("Le secrétaire du conseil")
            .assert_contains("huis clos le 5 février");
        let print = c.get_ok(&format!("{minutes}/print"));
        assert!(!print.body.contains("<header"));
    });
}

#[test]
fn register_search_and_pagination() {
    on_every_demo(|app| {
        let mut c = app.client();
        let all = register(&mut c, "tiznit", "");
        assert_eq!(all["count"], 4);
        assert_eq!(all["has_next"], false);
        assert_eq!(all["page"], 1);
        assert_eq!(all["per_page"], 20);
        // Words, in the text or the item's title, in either language.
        let garden = register(&mut c, "tiznit", "q=%D8%AD%D8%AF%D9%8A%D9%82%D8%A9");
        assert_eq!(garden["count"], 1);
        assert_eq!(garden["items"][0]["number"], "3/2026");
        assert_eq!(register(&mut c, "tiznit", "q=jardin")["count"], 1);
        assert_eq!(
            register(&mut c, "tiznit", "q=nothing-like-this")["count"],
            0
        );
        assert_eq!(register(&mut c, "tiznit", "year=2026")["count"], 4);
        assert_eq!(register(&mut c, "tiznit", "year=2025")["count"], 0);
        let rejected = register(&mut c, "tiznit", "outcome=rejected");
        assert_eq!(rejected["count"], 1);
        assert_eq!(rejected["items"][0]["number"], "4/2026");
        assert_eq!(
            register(&mut c, "tiznit", "outcome=adopted&year=2026")["count"],
            3
        );
        c.get("/api/v1/communes/tiznit/deliberations?outcome=maybe")
            .assert_status(422);
        c.get("/api/v1/communes/tiznit/deliberations?year=soon")
            .assert_status(422);
        // HTML search, with an empty form field meaning "any".
        let page = c.get_ok("/tiznit/council/deliberations?q=%D8%AD%D8%AF%D9%8A%D9%82%D8%A9&year=&committee=&outcome=");
        page.assert_contains(&message_ar(
            "cp-deliberations-count",
            &[("count", 1.into())],
        ))
        .assert_contains("3/2026");
        assert!(!page.body.contains("4/2026"));
        c.get_with("/tiznit/council/deliberations?outcome=rejected", FR)
            .assert_status(200)
            .assert_contains("1 délibération sur cette page")
            .assert_contains("Rejeté");

        // 21 more deliberations (drafts) in a May session: 25 in all, two pages.
        add_may_session(&app, "tiznit", 21);
        let first = register(&mut c, "tiznit", "");
        assert_eq!(first["count"], 20);
        assert_eq!(first["has_next"], true);
        assert_eq!(first["items"][0]["status"], "draft");
        let second = register(&mut c, "tiznit", "page=2");
        assert_eq!(second["count"], 5);
        assert_eq!(second["has_next"], false);
        let html1 = c.get("/tiznit/council/deliberations");
        html1
            .assert_contains(r#"rel="next""#)
            .assert_contains("مشروع غير موقع");
        let html2 = c.get("/tiznit/council/deliberations?page=2");
        html2
            .assert_contains(r#"rel="prev""#)
            .assert_contains("1/2026");
        assert!(!html2.body.contains(r#"rel="next""#));
        // A draft is shown, and marked as one.
        let draft = first["items"][0]["id"].as_i64().unwrap();
        c.get_ok(&format!("/tiznit/council/deliberations/{draft}"))
            .assert_contains("هذا النص مشروع");
    });
}

/// A May 2026 session of `slug`, open, with `n` items voted and their deliberations
/// drafted (not signed).
fn add_may_session(app: &TestApp, slug: &str, n: usize) {
    let actor = platform_admin(app);
    let commune = commune_id(app, slug);
    let start = NaiveDate::from_ymd_opt(2026, 5, 4).unwrap();
    let titles: Vec<String> = (0..n).map(|k| format!("Point {k}")).collect();
    let (s, items) = builders::session_with_items(app, &actor, commune, start, &titles, true);
    let sitting = builders::sitting_with_attendance(app, &actor, commune, &s);
    for item in items {
        builders::adopt_with_deliberation(
            app,
            &actor,
            commune,
            item,
            &sitting,
            (20, 5, 1),
            ("نص <b>&</b>", "Texte <b>&</b>"),
        );
    }
}

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

/// Asserts each JSON pointer of `expected` holds its value in `v`.
#[track_caller]
fn assert_values(v: &Value, expected: &[(&str, Value)]) {
    for (pointer, value) in expected {
        assert_eq!(v.pointer(pointer), Some(value), "{pointer} in {v}");
    }
}

fn sorted(list: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = list.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

#[test]
fn json_shapes() {
    on_every_demo(|app| {
        let mut c = app.client();
        let list = sessions(&mut c, "sidi-ifni");
        assert_eq!(list.len(), 2);
        let feb = february(&mut c, "sidi-ifni");
        assert_eq!(
            keys(&feb),
            sorted(&[
                "id",
                "url",
                "api_url",
                "name",
                "classification",
                "ordinary_month",
                "trigger",
                "trigger_note",
                "request",
                "start_date",
                "end_date",
                "extended_until",
                "all_day",
                "timezone",
                "location",
                "status",
                "deadlines",
            ])
        );
        assert_values(
            &feb,
            &[
                ("/classification", json!("ordinary")),
                ("/ordinary_month", json!("february")),
                ("/end_date", json!("2026-02-13")),
                ("/status", json!("closed")),
                ("/name/fr", json!("Session ordinaire de février 2026")),
                ("/deadlines/notice_by", json!("2026-01-23")),
                ("/deadlines/agenda_to_governor_by", json!("2026-01-13")),
                ("/deadlines/governor_additions_by", json!("2026-01-21")),
                ("/deadlines/last_day", json!("2026-02-16")),
            ],
        );
        assert!(feb["extended_until"].is_null());
        assert!(feb["deadlines"]["last_day_if_extended"].is_string());
        assert!(feb["location"]["name"].as_str().unwrap().contains("Salle"));
        let next = list.iter().find(|s| s["status"] == "planned").unwrap();
        assert_eq!(next["ordinary_month"], "february");

        let detail = c.get_ok(feb["api_url"].as_str().unwrap()).json();
        let sittings = detail["sittings"].as_array().unwrap();
        assert_eq!(sittings.len(), 2);
        assert_eq!(sittings[0]["public"], true);
        assert_eq!(sittings[0]["closed"], Value::Null);
        assert_eq!(sittings[0]["convocation"], "first");
        // 29 members in office: the quorum is 15; 21 came.
        assert_eq!(sittings[0]["quorum"]["decision"], "reached");
        assert_eq!(sittings[0]["quorum"]["present"], 21);
        assert_eq!(sittings[0]["quorum"]["required"], 15);
        assert_eq!(sittings[0]["quorum"]["in_office"], 29);
        assert_eq!(sittings[0]["quorum"]["may_deliberate"], true);
        assert_eq!(sittings[1]["public"], false);
        assert_eq!(sittings[1]["closed"]["requested_by"], "president");
        assert!(sittings[1]["closed"]["reasons"]
            .as_str()
            .unwrap()
            .contains("litige"));
        let agenda = detail["agenda"].as_array().unwrap();
        assert_eq!(agenda.len(), 5);
        assert_eq!(
            keys(&agenda[0]),
            sorted(&[
                "id",
                "order",
                "title",
                "description",
                "committee",
                "committee_report",
                "matter",
                "source",
                "status",
                "status_reasons",
                "vote_events",
                "deliberations",
            ])
        );
        assert_eq!(agenda[0]["order"], 1);
        assert!(agenda[0]["committee"]["name"]["fr"]
            .as_str()
            .unwrap()
            .contains("budget"));
        assert_eq!(agenda[1]["matter"], "action_programme");
        assert_eq!(agenda[2]["source"]["type"], "petition");
        assert_eq!(agenda[2]["source"]["ref"], "petition-2025-07");
        assert_eq!(agenda[4]["status"], "refused");
        assert!(agenda[4]["status_reasons"].as_str().unwrap().contains("40"));
        assert_eq!(agenda[4]["vote_events"].as_array().unwrap().len(), 0);
        let ve = &agenda[1]["vote_events"][0];
        assert_eq!(ve["result"], "pass");
        assert_eq!(ve["majority"]["basis"], "members_in_office");
        assert_eq!(ve["majority"]["votes_needed"], 15);
        assert_eq!(ve["counts"][0]["option"], "yes");
        assert_eq!(ve["counts"][1]["option"], "no");
        assert_eq!(ve["counts"][2]["option"], "abstain");
        assert_eq!(ve["counts"][0]["value"], 17);
        assert_eq!(agenda[1]["deliberations"][0]["number"], "2/2026");
        assert_eq!(agenda[1]["deliberations"][0]["signed"], true);
        assert_eq!(detail["minutes"].as_array().unwrap().len(), 1);
        assert!(detail["minutes"][0]["president_signed_at"].is_string());
        assert!(detail["minutes"][0]["secretary_signed_at"].is_string());

        // The register entry and the deliberation.
        let reg = register(&mut c, "sidi-ifni", "");
        let entry = reg["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["number"] == "3/2026")
            .unwrap()
            .clone();
        assert_eq!(
            keys(&entry),
            sorted(&[
                "id",
                "number",
                "year",
                "sequence",
                "date",
                "outcome",
                "status",
                "signed_at",
                "title",
                "committee_id",
                "item_id",
                "session_id",
                "corrects_id",
                "url",
                "api_url",
            ])
        );
        assert_values(
            &entry,
            &[
                ("/date", json!("2026-02-02")),
                ("/outcome", json!("adopted")),
                ("/status", json!("signed")),
                ("/year", json!(2026)),
                ("/sequence", json!(3)),
            ],
        );

        let d = c.get_ok(entry["api_url"].as_str().unwrap()).json();
        assert_eq!(d["number"], "3/2026");
        assert!(d["text"]["ar"].as_str().unwrap().contains("حديقة"));
        assert!(d["text"]["fr"].as_str().unwrap().contains("jardin"));
        assert_eq!(d["source"]["type"], "petition");
        assert_eq!(d["session"]["id"], feb["id"]);
        assert_eq!(d["corrected_by"].as_array().unwrap().len(), 0);
        let ve = &d["vote_event"];
        assert_eq!(ve["result"], "pass");
        assert_eq!(ve["decision"], "adopted");
        assert_eq!(ve["reason"], "tie_broken_by_president");
        assert_eq!(ve["majority"]["basis"], "votes_cast");
        assert_eq!(ve["president_vote"], "yes");
        assert_eq!(ve["start_date"], "2026-02-02");
        let yes = ve["counts"][0]["value"].as_i64().unwrap();
        assert_eq!(yes, ve["counts"][1]["value"].as_i64().unwrap());
        let votes = ve["votes"].as_array().unwrap();
        assert_eq!(votes.len() as i64, ve["members_present"].as_i64().unwrap());
        assert_eq!(
            votes.iter().filter(|v| v["option"] == "yes").count() as i64,
            yes
        );
        assert!(votes[0]["voter"]["name"]["ar"].is_string());
        assert!(votes[0]["voter"]["id"].is_i64());
        // Counts only: no individual votes.
        let rejected = register(&mut c, "sidi-ifni", "outcome=rejected")["items"][0]["api_url"]
            .as_str()
            .unwrap()
            .to_string();
        let r = c.get(&rejected).json();
        assert_eq!(r["vote_event"]["result"], "fail");
        assert_eq!(r["vote_event"]["votes"].as_array().unwrap().len(), 0);
        assert_eq!(r["vote_event"]["president_vote"], "no");

        // A correction is a new, linked deliberation; both pages and the JSON link them.
        let original = deliberation_id(&mut c, "sidi-ifni", "1/2026");
        let correction = service::correct_deliberation(
            &mut app.conn(),
            &platform_admin(&app),
            commune_id(&app, "sidi-ifni"),
            original,
            "نص مصحح",
            None,
        )
        .unwrap();
        assert_eq!(correction.number(), "5/2026");
        let o = c
            .get(&format!(
                "/api/v1/communes/sidi-ifni/deliberations/{original}"
            ))
            .json();
        assert_eq!(o["corrected_by"], serde_json::json!([correction.id]));
        let n = c
            .get(&format!(
                "/api/v1/communes/sidi-ifni/deliberations/{}",
                correction.id
            ))
            .json();
        assert_eq!(n["corrects_id"], original);
        assert_eq!(n["status"], "draft");
        c.get(&format!("/sidi-ifni/council/deliberations/{original}"))
            .assert_contains("تم تصحيح هذا المقرر بالمقرر")
            .assert_contains(&format!(
                "/sidi-ifni/council/deliberations/{}",
                correction.id
            ));
        c.get_with(
            &format!("/sidi-ifni/council/deliberations/{}", correction.id),
            FR,
        )
        .assert_contains("Cette délibération rectifie la délibération")
        .assert_contains("Projet non signé")
        .assert_contains(&format!("/sidi-ifni/council/deliberations/{original}"));
    });
}

#[test]
fn unknown_and_foreign_ids_are_not_found() {
    on_every_demo(|app| {
        let mut c = app.client();
        let feb = february(&mut c, "taroudant");
        let session = feb["id"].as_i64().unwrap();
        let delib = deliberation_id(&mut c, "taroudant", "1/2026");
        let detail = c.get(feb["api_url"].as_str().unwrap()).json();
        let minutes = detail["minutes"][0]["id"].as_i64().unwrap();
        // Huge, negative and junk page numbers are clamped, never a 500 (issue 9 item 4).
        for page in [
            "9223372036854775807",
            "99999999999999999999",
            "-1",
            "-9223372036854775808",
            "0",
        ] {
            c.get_ok(&format!("/taroudant/council/deliberations?page={page}"));
            let api = c
                .get_ok(&format!(
                    "/api/v1/communes/taroudant/deliberations?page={page}"
                ))
                .json();
            assert!(api["page"].as_i64().unwrap() >= 1, "{page}");
        }
        // Under its own commune, everything is there.
        c.get_ok(&format!("/taroudant/council/sessions/{session}"));
        c.get_ok(&format!("/taroudant/council/deliberations/{delib}"));
        c.get_ok(&format!("/taroudant/council/minutes/{minutes}"));
        // Under another commune's slug, nothing is.
        for path in [
            format!("/tiznit/council/sessions/{session}"),
            format!("/tiznit/council/deliberations/{delib}"),
            format!("/tiznit/council/deliberations/{delib}/print"),
            format!("/tiznit/council/minutes/{minutes}"),
            format!("/tiznit/council/minutes/{minutes}/print"),
            format!("/api/v1/communes/tiznit/sessions/{session}"),
            format!("/api/v1/communes/tiznit/deliberations/{delib}"),
            "/taroudant/council/sessions/999999".to_string(),
            "/taroudant/council/deliberations/999999".to_string(),
            "/taroudant/council/minutes/999999".to_string(),
            "/taroudant/council/sessions/abc".to_string(),
            "/api/v1/communes/taroudant/deliberations/1x".to_string(),
            "/api/v1/communes/taroudant/deliberations/999999".to_string(),
            "/api/v1/communes/taroudant/sessions/999999".to_string(),
        ] {
            c.get(&path).assert_status(404);
        }
        let api = c.get(&format!("/api/v1/communes/tiznit/deliberations/{delib}"));
        assert_eq!(api.json()["error"]["key"], "not_found");
        for path in [
            "/atlantis/council",
            "/atlantis/council/deliberations",
            "/atlantis/council/sessions.ics",
            "/atlantis/council/deliberations.atom",
            "/api/v1/communes/atlantis/sessions",
            "/api/v1/communes/atlantis/deliberations",
        ] {
            c.get(path).assert_status(404);
        }
        c.get("/atlantis/council")
            .assert_contains("هذه الجماعة غير موجودة");
        // Another commune's register lists only its own deliberations.
        let ids: Vec<i64> = register(&mut c, "tiznit", "")["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_i64().unwrap())
            .collect();
        assert!(!ids.contains(&delib));
    });
}

/// Adds `n` signed deliberations (with their agenda items) to the February 2026 session of
/// `slug`, straight into the tables: the register's size is what matters here.
fn bulk_deliberations(app: &TestApp, slug: &str, n: i32) {
    use diesel::prelude::*;
    use musharaka_db::schema::{agenda_items, deliberations};
    let commune = commune_id(app, slug);
    let mut conn = app.conn();
    let session = musharaka_councils::store::all_sessions(&mut conn, commune)
        .unwrap()
        .into_iter()
        .find(|s| s.starts_on == NaiveDate::from_ymd_opt(2026, 2, 2).unwrap())
        .unwrap();
    let at = NaiveDate::from_ymd_opt(2026, 2, 5)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    conn.transaction(|conn| {
        for k in 0..n {
            let item: i64 = diesel::insert_into(agenda_items::table)
                .values((
                    agenda_items::commune_id.eq(commune),
                    agenda_items::session_id.eq(session.id),
                    agenda_items::number.eq(100 + k),
                    agenda_items::title_ar.eq(format!("نقطة {k}")),
                    agenda_items::title_fr.eq(format!("Point {k}")),
                    agenda_items::summary.eq(""),
                    agenda_items::matter.eq("general"),
                    agenda_items::source.eq("president"),
                    agenda_items::status.eq("decided"),
                    agenda_items::created_at.eq(at),
                ))
                .returning(agenda_items::id)
                .get_result(conn)?;
            diesel::insert_into(deliberations::table)
                .values((
                    deliberations::commune_id.eq(commune),
                    deliberations::item_id.eq(item),
                    deliberations::year.eq(2026),
                    deliberations::sequence.eq(100 + k),
                    deliberations::decided_on.eq(at.date()),
                    deliberations::outcome.eq(if k % 3 == 0 { "rejected" } else { "adopted" }),
                    deliberations::text_ar.eq(format!("نص المقرر {k}")),
                    deliberations::signed_at.eq(Some(at)),
                    deliberations::created_at.eq(at),
                ))
                .execute(conn)?;
        }
        Ok::<_, diesel::result::Error>(())
    })
    .unwrap();
}

/// Queries run by loading one register page (the register page handler's loader).
fn register_queries(app: &TestApp, slug: &str, query: &str) -> (usize, usize) {
    use diesel::connection::{Connection, InstrumentationEvent};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let q: musharaka_web::forms::councils::RegisterQuery = serde_urlencoded_lite(query);
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let mut conn = app.conn();
    conn.set_instrumentation(move |e: InstrumentationEvent<'_>| {
        if matches!(e, InstrumentationEvent::StartQuery { .. }) {
            seen.fetch_add(1, Ordering::SeqCst);
        }
    });
    let commune = musharaka_communes::service::by_slug(&mut conn, slug).unwrap();
    let page = musharaka_councils::service::public::register(
        &mut conn,
        commune,
        &q.filter().unwrap(),
        q.page,
    )
    .unwrap();
    conn.set_instrumentation(|_: InstrumentationEvent<'_>| {});
    (count.load(Ordering::SeqCst), page.rows.len())
}

/// `q=..&page=..` into the register's query (only the two keys this test uses).
fn serde_urlencoded_lite(query: &str) -> musharaka_web::forms::councils::RegisterQuery {
    let mut q = musharaka_web::forms::councils::RegisterQuery::default();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap();
        match k {
            "q" => q.q = Some(v.to_string()),
            "outcome" => q.outcome = Some(v.to_string()),
            "page" => q.page = musharaka_core::Page::parse(Some(v)),
            _ => panic!("unexpected key {k}"),
        }
    }
    q
}

#[test]
fn register_queries_do_not_grow_with_the_register() {
    on_every_demo(|app| {
        let (small, rows) = register_queries(&app, "rabat", "");
        assert_eq!(rows, 4);
        bulk_deliberations(&app, "rabat", 2_000);
        let (first, rows) = register_queries(&app, "rabat", "");
        assert_eq!(rows, 20);
        let (last, rows) = register_queries(&app, "rabat", "page=101");
        assert_eq!(rows, 4);
        let (search, _) = register_queries(&app, "rabat", "q=Point&outcome=rejected&page=3");
        assert_eq!((small, first, last, search), (small, small, small, small));
        // The commune, the page of rows, the committees (and their members).
        assert!((3..=5).contains(&small), "{small} queries");
        // And the page itself renders.
        let mut c = app.client();
        c.get_ok("/rabat/council/deliberations?page=101")
            .assert_contains(r#"rel="prev""#);
        let api = register(&mut c, "rabat", "page=100");
        assert_eq!(api["count"], 20);
        assert_eq!(api["has_next"], true);
    });
}
