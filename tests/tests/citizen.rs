//! What a citizen sees (issue 18): the commune's home for participation, the council
//! roster on its own page, the budget results chart in both directions, the privacy,
//! accessibility and legal pages with contacts the commune admin edits, the language of
//! the address (`?lang=`), the error pages, and the weight of public pages.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_cli::demo::DEMO_PASSWORD;
use musharaka_core::i18n::I18n;
use musharaka_core::Lang;
use musharaka_tests::{on_every_demo, TestApp};
use std::io::Write;

const ADMIN: &str = "admin.taroudant@demo.musharaka.ma";
const CITIZEN: &str = "citizen@demo.musharaka.ma";

/// Taroudant's id, its petitions open for signature and its budget cycles (id, phase).
fn taroudant(app: &TestApp) -> (i64, Vec<i64>, Vec<(i64, String)>) {
    let mut c = app.conn();
    let commune = musharaka_communes::service::by_slug(&mut c, "taroudant").unwrap();
    let collecting = musharaka_petitions::store::all_public(&mut c, commune.id)
        .unwrap()
        .into_iter()
        .filter(|p| p.status == musharaka_petitions::PetitionStatus::Collecting)
        .map(|p| p.id)
        .collect();
    let now = musharaka_core::time::now();
    let cycles = musharaka_budgets::store::cycles(&mut c, commune.id)
        .unwrap()
        .into_iter()
        .map(|cy| (cy.id, cy.phase(now).key().to_string()))
        .collect();
    (commune.id, collecting, cycles)
}

#[test]
fn the_commune_home_invites_participation_and_the_roster_is_one_click_away() {
    on_every_demo(|app| {
        let (_, collecting, cycles) = taroudant(&app);
        let mut anon = app.client();
        let home = anon.get_ok("/taroudant?lang=fr");
        let body = &home.body;
        // Every section a citizen needs, and every way in.
        for needle in [
            "id=\"open\"",
            "id=\"session\"",
            "id=\"deliberations\"",
            "id=\"answers\"",
            "id=\"figures\"",
            "href=\"/taroudant/budgets\"",
            "href=\"/taroudant/petitions\"",
            "href=\"/taroudant/consultations\"",
            "href=\"/taroudant/cocreation\"",
            "href=\"/taroudant/information\"",
            "href=\"/taroudant/members\"",
            "href=\"/taroudant/council/deliberations\"",
        ] {
            assert!(body.contains(needle), "home lacks {needle}");
        }
        // Each petition collecting signatures is offered for signing (up to what the
        // demo has), and a vote open now is one click away.
        assert!(
            !collecting.is_empty(),
            "the demo has a petition collecting signatures"
        );
        for id in &collecting {
            assert!(
                body.contains(&format!("/taroudant/petitions/{id}/sign")),
                "petition {id} open for signatures is not on the home"
            );
        }
        for (id, phase) in &cycles {
            if phase == "voting" {
                assert!(body.contains(&format!("/taroudant/budgets/{id}/vote")));
            }
            if phase == "results" {
                assert!(body.contains(&format!("/taroudant/budgets/{id}/results")));
            }
        }
        // The roster is no longer the home: no committee cards here, they are one click away.
        assert!(!body.contains("id=\"committees\""));
        let roster = anon.get_ok("/taroudant/members?lang=fr");
        roster.assert_contains("id=\"committees\"");
        assert!(roster.body.contains("Le bureau"));
        anon.get("/nowhere-commune/members").assert_status(404);
    });
}

#[test]
fn the_address_chooses_the_language_and_the_national_page_links_every_commune_alike() {
    let app = TestApp::demo("sqlite");
    let mut anon = app.client();
    let fr = anon.get("/taroudant?lang=fr");
    assert!(
        fr.body.contains("<html lang=\"fr\" dir=\"ltr\">"),
        "?lang=fr ignored"
    );
    let tzm = anon.get("/taroudant?lang=tzm");
    assert!(tzm.body.contains("<html lang=\"tzm\" dir=\"ltr\">"));
    let ar = anon.get("/taroudant");
    assert!(ar.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // An unknown code is ignored, not an error.
    anon.get_ok("/taroudant?lang=xx");

    let national = anon.get("/?lang=fr");
    for slug in ["taroudant", "tiznit", "rabat"] {
        for tail in ["", "/petitions", "/budgets", "/council"] {
            assert!(
                national.body.contains(&format!("href=\"/{slug}{tail}\"")),
                "national page lacks /{slug}{tail}"
            );
        }
    }
}

#[test]
fn forms_send_an_anonymous_visitor_to_sign_in_and_a_refusal_keeps_the_signed_in_header() {
    let app = TestApp::demo("sqlite");
    let new = app.client().get("/taroudant/petitions/new");
    new.assert_status(303);
    assert_eq!(new.location(), "/login?next=%2Ftaroudant%2Fpetitions%2Fnew");
    // The back office still answers 401 (no redirect there).
    app.client().get("/taroudant/admin").assert_status(401);

    let mut citizen = app.signed_in(CITIZEN, DEMO_PASSWORD);
    let refused = citizen.get("/taroudant/admin/commune");
    refused.assert_status(403);
    assert!(
        refused.body.contains("action=\"/logout\""),
        "403 page shows the signed-out header"
    );
    assert!(!refused.body.contains("href=\"/register\""));
}

#[test]
fn every_back_office_subpage_has_its_own_title_and_heading() {
    let app = TestApp::demo("sqlite");
    let mut admin = app.signed_in(ADMIN, DEMO_PASSWORD);
    let title = |body: &str| musharaka_tests::first_capture(body, r"<title>([^<]+)</title>");
    let h1 = |body: &str| musharaka_tests::first_capture(body, r"<h1>([^<]+)</h1>");
    let mut seen = Vec::new();
    for page in [
        "commune",
        "members",
        "committees",
        "roles",
        "audit",
        "notices",
    ] {
        let res = admin.get_ok(&format!("/taroudant/admin/{page}?lang=fr"));
        seen.push((title(&res.body), h1(&res.body)));
    }
    for (i, a) in seen.iter().enumerate() {
        for b in &seen[i + 1..] {
            assert_ne!(a.0, b.0, "two subpages share a <title>");
            assert_ne!(a.1, b.1, "two subpages share an <h1>");
        }
    }
    // The back-office menu links the participatory budget.
    admin
        .get("/taroudant/admin/members")
        .assert_contains("href=\"/taroudant/admin/budgets\"");
}

#[test]
fn privacy_accessibility_and_legal_pages_with_contacts_the_commune_admin_edits() {
    on_every_demo(|app| {
        let mut anon = app.client();
        let home = anon.get("/taroudant?lang=fr");
        for page in ["privacy", "accessibility", "legal"] {
            assert!(home.body.contains(&format!("href=\"/taroudant/{page}\"")));
            anon.get_ok(&format!("/taroudant/{page}"));
            anon.get_ok(&format!("/{page}"));
        }
        // The national page's footer links the platform's notices.
        assert!(anon.get("/").body.contains("href=\"/privacy\""));
        // Law 09.08: what is collected, why, for how long, whom to ask.
        let privacy = anon.get("/taroudant/privacy?lang=fr");
        for needle in ["09.08", "CNIE", "12 mois", "www.cndp.ma"] {
            assert!(
                privacy.body.contains(needle),
                "privacy notice lacks {needle}"
            );
        }

        let mut citizen = app.signed_in(CITIZEN, DEMO_PASSWORD);
        citizen.get("/taroudant/admin/notices").assert_status(403);
        citizen
            .post(
                "/taroudant/admin/notices",
                &[("privacy_email", "x@example.ma")],
            )
            .assert_status(403);

        let mut admin = app.signed_in(ADMIN, DEMO_PASSWORD);
        admin.get_ok("/taroudant/admin/notices");
        admin
            .post(
                "/taroudant/admin/notices",
                &[("privacy_email", "not an address")],
            )
            .assert_status(422);
        let saved = admin.post(
            "/taroudant/admin/notices",
            &[
                ("privacy_contact", "Service juridique"),
                ("privacy_email", "dpo@taroudant.ma"),
                ("privacy_phone", "+212 528 85 00 00"),
                ("cndp_reference", "D-GC-123/2025"),
                ("accessibility_email", "acces@taroudant.ma"),
                ("publisher", "Le président du conseil"),
                ("host", "Centre de données, Rabat"),
            ],
        );
        saved.assert_status(303);
        let privacy = anon.get("/taroudant/privacy?lang=fr");
        for needle in ["dpo@taroudant.ma", "D-GC-123/2025", "Service juridique"] {
            assert!(privacy.body.contains(needle), "privacy page lacks {needle}");
        }
        // The phone number is isolated left to right inside the Arabic page.
        let ar = anon.get("/taroudant/privacy");
        assert!(ar.body.contains("dir=\"ltr\"><bdi>+212 528 85 00 00</bdi>"));
        anon.get("/taroudant/accessibility?lang=fr")
            .assert_contains("acces@taroudant.ma");
        anon.get("/taroudant/legal?lang=fr")
            .assert_contains("Centre de données, Rabat");
        // Another commune's pages keep their own (empty) contacts.
        assert!(!anon
            .get("/tiznit/privacy")
            .body
            .contains("dpo@taroudant.ma"));
        assert_eq!(
            app.count("audit_log WHERE action = 'commune.notices'"),
            1,
            "the change is audited once"
        );
    });
}

/// The results chart of every counted cycle of Taroudant, parsed: every project's full
/// title is drawn, every count is inside the drawing, bars start from the page's start side.
#[test]
fn the_results_chart_draws_full_labels_and_counts_inside_in_both_directions() {
    let app = TestApp::demo("sqlite");
    let (_, _, cycles) = taroudant(&app);
    let counted: Vec<i64> = cycles
        .iter()
        .filter(|(_, p)| p == "results" || p == "implementation")
        .map(|(id, _)| *id)
        .collect();
    assert!(!counted.is_empty(), "the demo has a counted cycle");
    let mut anon = app.client();
    for id in counted {
        for lang in ["ar", "fr"] {
            let page = anon.get_ok(&format!("/taroudant/budgets/{id}/results?lang={lang}"));
            let mut charts = 0;
            for svg in page.body.split("<svg").skip(1) {
                let svg = format!("<svg{}", &svg[..svg.find("</svg>").unwrap() + 6]);
                if !svg.contains("class=\"chart\"") {
                    continue;
                }
                charts += 1;
                let doc = roxmltree::Document::parse(&svg).expect("the chart is well-formed SVG");
                let root = doc.root_element();
                let width: f64 = root.attribute("width").unwrap().parse().unwrap();
                assert_eq!(
                    root.attribute("direction"),
                    Some(if lang == "ar" { "rtl" } else { "ltr" })
                );
                let texts: Vec<String> = root
                    .descendants()
                    .filter(|n| n.has_tag_name("text"))
                    .map(|n| n.text().unwrap_or_default().to_string())
                    .collect();
                let drawn = texts.join(" ");
                for n in root.descendants().filter(|n| n.has_tag_name("text")) {
                    let x: f64 = n.attribute("x").unwrap().parse().unwrap();
                    assert!((0.0..=width).contains(&x), "text outside the drawing: {x}");
                }
                for n in root.descendants().filter(|n| n.has_tag_name("rect")) {
                    let x: f64 = n.attribute("x").unwrap().parse().unwrap();
                    let w: f64 = n.attribute("width").unwrap().parse().unwrap();
                    assert!(x >= 0.0 && x + w <= width, "bar outside the drawing");
                    if lang == "ar" {
                        assert!(
                            (x + w - (width - 2.0)).abs() < 0.5,
                            "an Arabic bar starts on the right"
                        );
                    } else {
                        assert!((x - 2.0).abs() < 0.5, "a French bar starts on the left");
                    }
                }
                // Full titles (the same words, wrapped), no cut at 22 characters.
                let table_titles: Vec<String> = page
                    .body
                    .split("/proposals/")
                    .skip(1)
                    .filter_map(|s| s.split("<bdi>").nth(1))
                    .filter_map(|s| s.split("</bdi>").next())
                    .map(|s| s.to_string())
                    .collect();
                let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
                for t in &table_titles {
                    let t = t.replace("&quot;", "\"").replace("&#39;", "'");
                    for w in words(&t) {
                        if !w.contains('&') {
                            assert!(drawn.contains(&w), "word {w:?} of {t:?} not drawn");
                        }
                    }
                }
            }
            assert!(charts > 0, "no chart on the results page");
        }
    }
}

#[test]
fn french_ordinary_sessions_elide_before_a_vowel() {
    let i18n = I18n::load().unwrap();
    for id in ["cp-session-ordinary", "council-session-ordinary"] {
        let oct = i18n.t(
            Lang::Fr,
            id,
            &[("month", "octobre".into()), ("year", 2026.into())],
        );
        assert_eq!(oct, "Session ordinaire d’octobre 2026");
        let feb = i18n.t(
            Lang::Fr,
            id,
            &[("month", "février".into()), ("year", 2026.into())],
        );
        assert_eq!(feb, "Session ordinaire de février 2026");
    }
    // Counts are grouped in sentences, years are not.
    let fr = i18n.t(Lang::Fr, "home-ballots", &[("count", 3000.into())]);
    assert_eq!(fr, "3\u{202F}000 bulletins reçus");
    let overdue = i18n.t(Lang::Fr, "days-overdue", &[("days", 3.into())]);
    assert_eq!(overdue, "en retard de 3 jours");
}

fn gzip_len(body: &str) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(body.as_bytes()).unwrap();
    enc.finish().unwrap().len()
}

/// Public pages stay small on a phone's connection: under 30 KB once gzip-compressed (the
/// body is compressed here, as the server's gzip would send it).
#[test]
fn public_pages_stay_under_30_kb_compressed() {
    let app = TestApp::demo("sqlite");
    let (_, collecting, cycles) = taroudant(&app);
    let mut pages = vec![
        "/".to_string(),
        "/taroudant".to_string(),
        "/taroudant/members".to_string(),
        "/taroudant/petitions".to_string(),
        "/taroudant/budgets".to_string(),
        "/taroudant/council".to_string(),
        "/taroudant/privacy".to_string(),
    ];
    pages.extend(
        collecting
            .iter()
            .map(|id| format!("/taroudant/petitions/{id}")),
    );
    for (id, _) in &cycles {
        pages.push(format!("/taroudant/budgets/{id}"));
        pages.push(format!("/taroudant/budgets/{id}/results"));
        pages.push(format!("/taroudant/budgets/{id}/proposals"));
    }
    let mut anon = app.client();
    for lang in ["ar", "fr", "tzm"] {
        for page in &pages {
            let res = anon.get(&format!("{page}?lang={lang}"));
            if res.status != 200 {
                continue;
            }
            let size = gzip_len(&res.body);
            assert!(
                size < 30 * 1024,
                "{page} in {lang}: {size} bytes compressed"
            );
        }
    }
}

/// A tiny valid PNG (1×1, one grey pixel).
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B,
    0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0x68, 0x00, 0x00, 0x00,
    0x82, 0x00, 0x81, 0xDD, 0x43, 0x6A, 0xF4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

/// The emblem the commune admin uploads is shown on the commune's home beside its name
/// (issue 18); a file that is not an image is refused with a field error and changes nothing.
#[test]
fn the_commune_emblem_the_admin_uploads_is_on_its_home() {
    on_every_demo(|app| {
        let mut anon = app.client();
        assert!(!anon.get("/taroudant").body.contains("class=\"emblem\""));
        let mut admin = app.signed_in(ADMIN, DEMO_PASSWORD);
        let refused = admin.post_multipart(
            "/taroudant/admin/commune/logo",
            &[],
            &[("logo", "emblem.png", b"not an image")],
        );
        refused.assert_status(422);
        assert!(
            refused.body.contains("aria-invalid=\"true\""),
            "the field is marked"
        );
        assert!(!anon.get("/taroudant").body.contains("class=\"emblem\""));
        admin
            .post_multipart(
                "/taroudant/admin/commune/logo",
                &[],
                &[("logo", "emblem.png", PNG)],
            )
            .assert_status(303);
        let home = anon.get("/taroudant?lang=ar");
        let src = musharaka_tests::first_capture(
            &home.body,
            r#"<img class="emblem" src="(/uploads/\d+)""#,
        );
        let image = anon.get_ok(&src);
        assert_eq!(image.header("content-type"), Some("image/png"));
    });
}

/// Only a petition collecting signatures shows the signing form; the sign address of any
/// other (an old link, a bookmark) goes to the petition's page, which says where it stands.
#[test]
fn the_sign_page_of_a_petition_no_longer_collecting_leads_to_the_petition() {
    on_every_demo(|app| {
        let (commune_id, collecting, _) = taroudant(&app);
        let closed = musharaka_petitions::store::all_public(&mut app.conn(), commune_id)
            .unwrap()
            .into_iter()
            .find(|p| !collecting.contains(&p.id))
            .expect("the demo has a petition past its collection")
            .id;
        let mut anon = app.client();
        let r = anon.get(&format!("/taroudant/petitions/{closed}/sign"));
        r.assert_status(303);
        assert_eq!(
            r.header("location"),
            Some(format!("/taroudant/petitions/{closed}").as_str())
        );
        let open = collecting[0];
        anon.get_ok(&format!("/taroudant/petitions/{open}/sign"))
            .assert_contains("name=\"cin\"");
    });
}
