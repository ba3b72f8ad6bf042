//! Issue 17 (speed): the results page reads the count stored when the cycle was counted
//! (and recounts when its inputs changed since); pages are gzipped for clients that ask,
//! with `Vary: Accept-Encoding`. No timing is asserted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use diesel::prelude::*;
use musharaka_db::schema::pb_results;
use musharaka_tests::on_every_demo;
use std::io::{Read, Write};

/// The first district's winners under the cycle's rule, as the results API gives them.
fn winners(app: &musharaka_tests::TestApp, path: &str) -> Vec<i64> {
    let r = app.client().get(path);
    r.assert_status(200);
    r.json()["districts"][0]["outcome"]["winners"]
        .as_array()
        .expect("winners")
        .iter()
        .map(|v| v.as_i64().expect("id"))
        .collect()
}

#[test]
fn results_are_read_from_the_stored_count_while_its_inputs_are_unchanged() {
    on_every_demo(|app| {
        // The demo counts Taroudant's cycle (select_winners): its count is stored.
        let mut conn = app.conn();
        let (cycle, commune, body): (i64, i64, String) = pb_results::table
            .select((
                pb_results::cycle_id,
                pb_results::commune_id,
                pb_results::body,
            ))
            .first(&mut *conn)
            .expect("a stored count after the demo's count");
        let slug = musharaka_communes::store::by_id(&mut conn, commune)
            .expect("commune")
            .slug;
        let path = format!("/api/v1/communes/{slug}/budgets/{cycle}/results");
        let counted = winners(&app, &path);
        assert!(!counted.is_empty(), "the demo's count has winners");

        // Change the stored winners: the page shows them, so it did not recount.
        let mut stored: serde_json::Value = serde_json::from_str(&body).expect("json");
        stored[0]["outcome"]["winners"] = serde_json::json!([counted[0]]);
        diesel::update(pb_results::table.find(cycle))
            .set(pb_results::body.eq(stored.to_string()))
            .execute(&mut *conn)
            .expect("tamper");
        assert_eq!(winners(&app, &path), vec![counted[0]]);

        // Inputs that no longer match (a ballot added, a cost changed…): counted live.
        diesel::update(pb_results::table.find(cycle))
            .set(pb_results::inputs.eq("stale"))
            .execute(&mut *conn)
            .expect("stale");
        assert_eq!(winners(&app, &path), counted);
    });
}

/// A raw HTTP/1.1 GET with `Accept-Encoding: gzip`: (lower-cased head, body bytes).
fn raw_get(app: &musharaka_tests::TestApp, path: &str, gzip: bool) -> (String, Vec<u8>) {
    let mut s = std::net::TcpStream::connect(app.server.addr).expect("connect");
    let enc = if gzip {
        "Accept-Encoding: gzip\r\n"
    } else {
        ""
    };
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\n{enc}Connection: close\r\n\r\n"
    )
    .expect("send");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("head");
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    (head, raw[split + 4..].to_vec())
}

#[test]
fn pages_are_gzipped_for_clients_that_ask_and_say_vary() {
    on_every_demo(|app| {
        let (head, body) = raw_get(&app, "/taroudant", true);
        assert!(head.starts_with("http/1.1 200"), "{head}");
        assert!(head.contains("content-encoding: gzip"), "{head}");
        assert!(head.contains("vary: accept-encoding"), "{head}");
        let mut page = String::new();
        flate2::read::GzDecoder::new(&body[..])
            .read_to_string(&mut page)
            .expect("a gzip body");
        assert!(page.contains("<html"), "the page itself");

        let (head, body) = raw_get(&app, "/taroudant", false);
        assert!(!head.contains("content-encoding"), "{head}");
        assert!(head.contains("vary: accept-encoding"), "{head}");
        assert!(String::from_utf8_lossy(&body).contains("<html"));
    });
}
