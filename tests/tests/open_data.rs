//! Open data: the `/data` catalogue, every dataset as CSV (translated headers and values,
//! stable codes beside them) and JSON, per commune and nationally, the data dictionary and
//! the bodies' meetings as iCalendar; every file read back by a real parser.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use icalendar::{Calendar, Component, EventLike};
use musharaka_tests::{on_every_demo, Client};
use serde_json::Value;

/// Statistics by status: no `id`, the second column is the status.
const BY_STATUS: [&str; 2] = ["information-requests", "complaints"];

const DATASETS: [&str; 15] = [
    "petitions",
    "council-sessions",
    "council-deliberations",
    "council-votes",
    "bodies",
    "body-opinions",
    "body-meetings",
    "budget-projects",
    "cocreation-calls",
    "consultations",
    "consultation-answers",
    "information-requests",
    "complaints",
    "commitments",
    "indicators",
];

fn csv_of(c: &mut Client, url: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let res = c.get_ok(url);
    res.assert_content_type("text/csv");
    assert!(res
        .header("content-disposition")
        .unwrap()
        .starts_with("attachment"));
    let mut r = csv::Reader::from_reader(res.body.as_bytes());
    let headers = r.headers().expect("CSV header").clone();
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("CSV row")).collect();
    (headers, rows)
}

fn json_of(c: &mut Client, url: &str) -> Value {
    let res = c.get_ok(url);
    res.assert_content_type("application/json");
    res.json()
}

#[test]
fn every_dataset_is_csv_and_json_with_the_same_rows() {
    on_every_demo(|app| {
        let mut c = app.client();
        let page = c.get_with("/taroudant/data", ("Accept-Language", "fr"));
        page.assert_status(200)
            .assert_contains("Données ouvertes")
            .assert_contains("ODbL-1.0")
            .assert_contains("/taroudant/council/sessions.ics");
        for code in DATASETS {
            let json = json_of(&mut c, &format!("/taroudant/data/{code}.json"));
            assert_eq!(json["dataset"], code);
            assert_eq!(json["commune"], "taroudant");
            assert_eq!(json["licence"], "ODbL-1.0");
            let items = json["items"].as_array().unwrap();
            assert_eq!(json["count"], items.len());
            let (fr_head, fr_rows) = csv_of(&mut c, &format!("/taroudant/data/{code}.csv?lang=fr"));
            let (ar_head, ar_rows) = csv_of(&mut c, &format!("/taroudant/data/{code}.csv?lang=ar"));
            assert_eq!(fr_head.get(0), Some("Commune"), "{code}");
            assert_eq!(ar_head.get(0), Some("الجماعة"), "{code}");
            assert_eq!(fr_rows.len(), items.len(), "{code}");
            assert_eq!(ar_rows.len(), items.len(), "{code}");
            // The same rows, in the same order: the id column is the second.
            for (row, item) in fr_rows.iter().zip(items) {
                assert_eq!(row.len(), fr_head.len());
                if BY_STATUS.contains(&code) {
                    assert_eq!(row.get(2).unwrap(), item["status"].as_str().unwrap());
                } else {
                    assert_eq!(row.get(1).unwrap(), item["id"].to_string(), "{code}");
                }
                assert_eq!(row.get(0), Some("taroudant"));
            }
            // Every stable code column holds the JSON's value; its neighbour translates it.
            for (i, h) in fr_head.iter().enumerate() {
                if let Some(key) = h.strip_suffix("_code") {
                    for (row, item) in fr_rows.iter().zip(items) {
                        let code_value = row.get(i).unwrap();
                        assert_eq!(
                            item[key].as_str().unwrap_or_default(),
                            code_value,
                            "{code}.{key}"
                        );
                        if !code_value.is_empty() {
                            let translated = row.get(i - 1).unwrap();
                            assert!(
                                !translated.is_empty() && translated != code_value
                                    || code_value.chars().all(|c| c.is_ascii_digit()),
                                "{code}.{key}: {code_value:?} not translated"
                            );
                        }
                    }
                }
            }
        }
        // Every non-draft petition, with the signatures the API counts.
        let petitions = json_of(&mut c, "/taroudant/data/petitions.json");
        let cid = app.count("communes WHERE slug = 'taroudant'");
        assert_eq!(cid, 1);
        let expected = app.count(
            "petitions WHERE status <> 'draft' AND commune_id = (SELECT id FROM communes WHERE slug = 'taroudant')",
        );
        assert!(expected > 0);
        assert_eq!(petitions["count"], expected);
        let first = &petitions["items"][0];
        let count = json_of(
            &mut c,
            &format!("/api/v1/communes/taroudant/petitions/{}/count", first["id"]),
        );
        assert_eq!(first["signatures_total"], count["total"]);
        // Never personal data.
        let csv_text = c.get("/taroudant/data/petitions.csv").body;
        assert!(!csv_text.contains("@demo.musharaka.ma"));
        // Votes: every vote event of every session the API shows.
        let votes = json_of(&mut c, "/taroudant/data/council-votes.json");
        let sessions = json_of(&mut c, "/api/v1/communes/taroudant/sessions");
        let mut events = 0;
        for s in sessions["items"].as_array().unwrap() {
            let detail = json_of(&mut c, s["api_url"].as_str().unwrap());
            for item in detail["agenda"].as_array().unwrap() {
                events += item["vote_events"].as_array().unwrap().len();
            }
        }
        assert!(events > 0);
        assert_eq!(votes["count"], events);
        // Deliberations: the register, as many as the API lists.
        let delibs = json_of(&mut c, "/taroudant/data/council-deliberations.json");
        let mut api_count = 0;
        let mut page = 1;
        loop {
            let p = json_of(
                &mut c,
                &format!("/api/v1/communes/taroudant/deliberations?page={page}"),
            );
            api_count += p["items"].as_array().unwrap().len();
            if p["has_next"] != true {
                break;
            }
            page += 1;
        }
        assert_eq!(delibs["count"], api_count);
        assert!(api_count > 0);
        // Statistics count every request and complaint once, and only counts leave.
        let commune = "(SELECT id FROM communes WHERE slug = 'taroudant')";
        for (code, table) in [
            ("information-requests", "info_requests"),
            ("complaints", "complaints"),
        ] {
            let stats = json_of(&mut c, &format!("/taroudant/data/{code}.json"));
            let sum: i64 = stats["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["count"].as_i64().unwrap())
                .sum();
            assert_eq!(
                sum,
                app.count(&format!("{table} WHERE commune_id = {commune}"))
            );
            let answered: i64 = stats["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["answered"].as_i64().unwrap())
                .sum();
            assert_eq!(
                answered,
                app.count(&format!(
                    "{table} WHERE answered_on IS NOT NULL AND commune_id = {commune}"
                ))
            );
        }
        let calls = json_of(&mut c, "/taroudant/data/cocreation-calls.json");
        assert_eq!(
            calls["count"],
            app.count(&format!(
                "cocreation_calls WHERE status <> 'draft' AND commune_id = {commune}"
            ))
        );
        let consultations = json_of(&mut c, "/taroudant/data/consultations.json");
        assert_eq!(
            consultations["count"],
            app.count(&format!(
                "consultations WHERE status <> 'draft' AND commune_id = {commune}"
            ))
        );
        // Answers (the questionnaire is Tetouan's): one row per option of a choice question,
        // one per free-text question.
        let answers = json_of(&mut c, "/data/consultation-answers.json");
        for item in answers["items"].as_array().unwrap() {
            assert!(item.get("account_id").is_none() && item.get("answers").is_none());
        }
        assert!(answers["count"].as_i64().unwrap() > 0);
        assert!(calls["count"].as_i64().unwrap() > 0);
        assert!(consultations["count"].as_i64().unwrap() > 0);
        let answers_csv = c.get("/data/consultation-answers.csv").body;
        assert!(!answers_csv.contains("@demo.musharaka.ma"));
        // Unknown datasets and formats are not found.
        c.get("/taroudant/data/secrets.csv").assert_status(404);
        c.get("/taroudant/data/petitions.xml").assert_status(404);
        c.get("/data/petitions").assert_status(404);
    });
}

#[test]
fn the_national_catalogue_adds_up_every_commune() {
    on_every_demo(|app| {
        let mut c = app.client();
        let page = c.get_ok("/data");
        page.assert_contains("/taroudant/data")
            .assert_contains("/data/dictionary")
            .assert_contains("https://opendatacommons.org/licenses/odbl/1-0/");
        let communes = json_of(&mut c, "/api/v1/communes");
        for code in [
            "petitions",
            "council-deliberations",
            "bodies",
            "cocreation-calls",
            "consultations",
            "consultation-answers",
            "information-requests",
            "complaints",
        ] {
            let national = json_of(&mut c, &format!("/data/{code}.json"));
            assert_eq!(national["commune"], Value::Null);
            let mut sum = 0;
            for commune in communes["items"].as_array().unwrap() {
                let slug = commune["slug"].as_str().unwrap();
                sum += json_of(&mut c, &format!("/{slug}/data/{code}.json"))["count"]
                    .as_i64()
                    .unwrap();
            }
            assert_eq!(national["count"], sum, "{code}");
            let (_, rows) = csv_of(&mut c, &format!("/data/{code}.csv"));
            assert_eq!(rows.len() as i64, sum, "{code}");
        }
        let dict = c.get_with("/data/dictionary", ("Accept-Language", "fr"));
        dict.assert_status(200);
        for code in DATASETS {
            dict.assert_contains(&format!("id=\"{code}\""));
        }
        dict.assert_contains("status_code");
    });
}

#[test]
fn bodies_meetings_are_an_icalendar() {
    on_every_demo(|app| {
        let mut c = app.client();
        let res = c.get_ok("/taroudant/data/meetings.ics");
        res.assert_content_type("text/calendar");
        let body = &res.body;
        assert!(body.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(body.ends_with("END:VCALENDAR\r\n"));
        for line in body.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        let cal: Calendar = body.parse().expect("iCalendar parses");
        let events: Vec<_> = cal.components.iter().filter_map(|x| x.as_event()).collect();
        let meetings = json_of(&mut c, "/taroudant/data/body-meetings.json");
        assert_eq!(events.len() as i64, meetings["count"].as_i64().unwrap());
        for (e, m) in events.iter().zip(meetings["items"].as_array().unwrap()) {
            assert!(e.get_uid().unwrap().starts_with("body-meeting-"));
            assert!(e.get_start().is_some());
            assert_eq!(e.get_location(), m["location"].as_str());
        }
    });
}

/// The column headers of every dataset, in both languages, are a contract with re-users'
/// scripts: a change must be a reviewed snapshot change (`snapshots/open_data__*.snap`).
#[test]
fn the_column_headers_keep_their_shape() {
    on_every_demo(|app| {
        let mut c = app.client();
        let mut lines = Vec::new();
        for code in DATASETS {
            for lang in ["ar", "fr"] {
                let (head, _) = csv_of(&mut c, &format!("/taroudant/data/{code}.csv?lang={lang}"));
                lines.push(format!(
                    "{code} ({lang}): {}",
                    head.iter().collect::<Vec<_>>().join(",")
                ));
            }
        }
        insta::assert_snapshot!("open_data_headers", lines.join("\n"));
    });
}
