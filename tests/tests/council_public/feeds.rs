//! The iCalendar and Atom feeds, parsed by real parsers, and kept well-formed whatever
//! characters the secretariat types.

use chrono::NaiveDate;
use icalendar::{Calendar, Component, DatePerhapsTime, EventLike, EventStatus};
use musharaka_tests::councils::{self as builders, commune_id};
use musharaka_tests::{message_ar, on_every_backend, on_every_demo};

use super::{add_may_session, sessions, FR};

#[test]
fn ical_feed_parses() {
    on_every_demo(|app| {
        add_may_session(&app, "taroudant", 1);
        let mut c = app.client();
        let res = c.get_ok("/taroudant/council/sessions.ics");
        res.assert_content_type("text/calendar");
        let body = &res.body;
        assert!(body.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(body.ends_with("END:VCALENDAR\r\n"));
        for line in body.split("\r\n") {
            assert!(!line.contains('\n'), "bare LF in {line:?}");
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        let cal: Calendar = body.parse().expect("iCalendar parses");
        let events: Vec<_> = cal.components.iter().filter_map(|c| c.as_event()).collect();
        // One event per session (the demo's and the petitions demo's, and May's).
        let count = sessions(&mut c, "taroudant").len();
        assert!(count >= 3);
        assert_eq!(events.len(), count);
        let mut uids: Vec<&str> = events.iter().map(|e| e.get_uid().unwrap()).collect();
        uids.sort();
        uids.dedup();
        assert_eq!(uids.len(), count);
        let day = |m: u32, d: u32| {
            Some(DatePerhapsTime::Date(
                NaiveDate::from_ymd_opt(2026, m, d).unwrap(),
            ))
        };
        let starting = |m: u32, d: u32| {
            events
                .iter()
                .find(|e| e.get_start() == day(m, d))
                .unwrap_or_else(|| panic!("an event starting 2026-{m:02}-{d:02}"))
        };
        let feb = starting(2, 2);
        // DTEND is exclusive: the session's last day is 13 February.
        assert_eq!(feb.get_end(), day(2, 14));
        assert_eq!(feb.get_status(), Some(EventStatus::Confirmed));
        let february = format!("{} 2026", message_ar("month-2", &[]));
        assert!(feb.get_summary().unwrap().contains(&february));
        assert!(feb.get_timestamp().is_some());
        assert!(feb
            .get_url()
            .unwrap()
            .starts_with("http://musharaka.test/taroudant/council/sessions/"));
        let may = starting(5, 4);
        // Commas, semicolons and quotes in the place are escaped, and read back.
        assert!(body.contains("LOCATION:Salle\\, rue\\; \"centre\""));
        assert!(may.get_location().is_some());
        assert_eq!(may.get_status(), Some(EventStatus::Confirmed));
        assert!(events
            .iter()
            .any(|e| e.get_status() == Some(EventStatus::Tentative)));
        // The session page links the item to the petition it answers.
        let may_session = sessions(&mut c, "taroudant")
            .into_iter()
            .find(|s| s["start_date"] == "2026-05-04")
            .unwrap();
        c.get_ok(may_session["url"].as_str().unwrap())
            .assert_contains(r#"href="/taroudant/petitions/12""#);
        let detail = c.get(may_session["api_url"].as_str().unwrap()).json();
        assert_eq!(
            detail["agenda"][0]["source"]["url"],
            "/taroudant/petitions/12"
        );
        // French summaries on request.
        let fr = c.get_with("/taroudant/council/sessions.ics", FR);
        let cal: Calendar = fr.body.parse().expect("iCalendar parses");
        assert!(cal.components.iter().filter_map(|c| c.as_event()).any(|e| e
            .get_summary()
            .is_some_and(|s| s.contains("Session ordinaire de février 2026"))));
    });
}

#[test]
fn atom_feed_parses() {
    on_every_demo(|app| {
        add_may_session(&app, "rabat", 2);
        let mut c = app.client();
        let res = c.get_ok("/rabat/council/deliberations.atom");
        res.assert_content_type("application/atom+xml");
        let doc = roxmltree::Document::parse(&res.body).expect("Atom is well-formed XML");
        let atom = "http://www.w3.org/2005/Atom";
        let feed = doc.root_element();
        assert_eq!(feed.tag_name().name(), "feed");
        assert_eq!(feed.tag_name().namespace(), Some(atom));
        assert_eq!(
            child(feed, "id").text(),
            Some("http://musharaka.test/rabat/council/deliberations")
        );
        assert!(child(feed, "updated").text().unwrap().ends_with('Z'));
        assert!(child(child(feed, "author"), "name").text().is_some());
        let self_link = feed
            .children()
            .find(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some("self"))
            .unwrap();
        assert_eq!(
            self_link.attribute("href"),
            Some("http://musharaka.test/rabat/council/deliberations.atom")
        );
        let entries: Vec<_> = feed
            .children()
            .filter(|c| c.tag_name().name() == "entry")
            .collect();
        assert_eq!(entries.len(), 6);
        let mut ids = Vec::new();
        for e in &entries {
            let id = child(*e, "id").text().unwrap().to_string();
            assert!(id.starts_with("http://musharaka.test/rabat/council/deliberations/"));
            let link = child(*e, "link");
            assert_eq!(link.attribute("href"), Some(id.as_str()));
            assert_eq!(link.attribute("rel"), Some("alternate"));
            assert!(child(*e, "title").text().unwrap().contains("/2026"));
            assert!(child(*e, "updated").text().unwrap().ends_with('Z'));
            ids.push(id);
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 6);
        // Markup in a text is escaped, and read back as text.
        assert!(entries
            .iter()
            .any(|e| child(*e, "content").text() == Some("نص <b>&</b>")));
        // Each entry's link leads to its page.
        let path = ids[0].trim_start_matches("http://musharaka.test");
        c.get_ok(path);
    });
}

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> roxmltree::Node<'a, 'i> {
    n.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
        .unwrap_or_else(|| panic!("no <{name}>"))
}

/// Control characters typed into a place, an item title or a deliberation (C0, DEL, C1,
/// a bare CR) cannot make the iCalendar or the Atom feed malformed: both still parse.
#[test]
fn feeds_stay_well_formed_with_control_characters() {
    const NASTY: &str = "A\u{1}B\u{8}C\u{b}D\u{c}E\u{1b}[31mF\u{7f}G\u{85}H\rI\u{2028}J";
    on_every_backend(|app| {
        builders::commune_with_council(&app, "ctrl");
        let actor = builders::secretariat(&app, "ctrl");
        let commune = commune_id(&app, "ctrl");
        let start = NaiveDate::from_ymd_opt(2026, 5, 4).unwrap();
        let (s, items) = builders::session_with_items(
            &app,
            &actor,
            commune,
            start,
            &[format!("Point {NASTY}")],
            false,
        );
        let sitting = builders::sitting_with_attendance(&app, &actor, commune, &s);
        builders::adopt_with_deliberation(
            &app,
            &actor,
            commune,
            items[0],
            &sitting,
            (7, 1, 1),
            (&format!("نص {NASTY}"), &format!("Texte {NASTY}")),
        );
        let mut c = app.client();
        let ics = c.get_ok("/ctrl/council/sessions.ics");
        for line in ics.body.split("\r\n") {
            assert!(
                !line.chars().any(|ch| ch.is_control()),
                "control in {line:?}"
            );
        }
        let cal: Calendar = ics.body.parse().expect("iCalendar parses");
        assert_eq!(
            cal.components.iter().filter_map(|c| c.as_event()).count(),
            1
        );
        for lang in [("accept-language", "ar"), FR] {
            let res = c.get_with("/ctrl/council/deliberations.atom", lang);
            res.assert_status(200);
            let doc = roxmltree::Document::parse(&res.body).expect("Atom is well-formed XML");
            let entries = doc
                .root_element()
                .children()
                .filter(|n| n.tag_name().name() == "entry")
                .count();
            assert_eq!(entries, 1, "{lang:?}");
        }
    });
}
