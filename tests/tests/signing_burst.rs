//! A burst of online signatures (issue 17). They share commits (the group commit of
//! `musharaka_db::group_commit`) on both databases: each signer is stored once, a retried POST replaces its pending signature instead of adding
//! one, and every accepted POST queues its confirmation mail, committed with it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_petitions::store;
use musharaka_tests::on_every_backend;
use musharaka_tests::petitions::{collecting, setup, signer, PASSWORD};

const SIGNERS: usize = 16;

#[test]
fn a_burst_of_signatures_stores_each_signer_once_with_one_mail_per_post() {
    on_every_backend(|app| {
        setup(&app, "burst");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = collecting(&mut agent, "burst", "Éclairage public");
        let sign = format!("/burst/petitions/{id}/sign");
        let mails_before = app.count("jobs WHERE kind = 'mail'");
        let clients: Vec<_> = (0..SIGNERS)
            .map(|i| {
                let mut c = app.client();
                c.get_ok(&sign);
                (i, c)
            })
            .collect();
        let threads: Vec<_> = clients
            .into_iter()
            .map(|(i, mut c)| {
                let sign = sign.clone();
                std::thread::spawn(move || {
                    let mut fields = signer(i);
                    fields.push(("email", format!("burst{i}@example.ma")));
                    // The same form twice: a double click, or a retry after a timeout.
                    [0, 1].map(|_| c.post_fields(&sign, &fields).status)
                })
            })
            .collect();
        for t in threads {
            assert_eq!(t.join().expect("signer thread"), [200, 200]);
        }
        let stored = format!("petition_signatures WHERE petition_id = {id}");
        assert_eq!(
            app.count(&stored),
            SIGNERS as i64,
            "one signature per signer"
        );
        assert_eq!(
            app.count("jobs WHERE kind = 'mail'") - mails_before,
            2 * SIGNERS as i64,
            "each accepted POST queued its confirmation link"
        );
    });
}

/// One signature stored straight through the store, from `ip` with an address at `domain`.
fn stored_signature(
    conn: &mut musharaka_db::AnyConnection,
    commune: i64,
    petition: i64,
    n: usize,
    ip: &str,
    domain: &str,
) {
    let email = format!("s{n}@{domain}");
    let row = store::OnlineSignature {
        cin_sealed: "sealed",
        full_name: "Signataire",
        birth_date: None,
        address: "Adresse",
        tie: Some("residence"),
        email: &email,
        notify: false,
        token_hash: None,
        confirmed_at: None,
        ip_hash: ip,
        flagged: false,
        account_id: None,
        lang: "fr",
    };
    store::save_online_signature(conn, commune, petition, &format!("cin-{n}"), None, &row)
        .expect("store a signature");
}

/// The burst read counts the address and the uncommon domain in one query: a burst from
/// one domain across many addresses is found, as is one from one address across domains,
/// and neither below its threshold.
#[test]
fn the_burst_read_finds_a_burst_by_address_or_by_domain() {
    on_every_backend(|app| {
        let commune = setup(&app, "rafale").0;
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let petition: i64 = collecting(&mut agent, "rafale", "Rafale")
            .parse()
            .expect("id");
        let mut conn = app.conn();
        let since = musharaka_core::time::now() - chrono::Duration::minutes(10);
        let limits = (3, 5);
        let mut reached = |ip: &str, domain: Option<&str>| {
            store::burst_reached(&mut conn, petition, ip, domain, since, limits).expect("read")
        };
        // Four addresses at one domain (below 5), and two signatures from one address.
        for n in 0..4 {
            stored_signature(
                &mut app.conn(),
                commune,
                petition,
                n,
                &format!("ip-{n}"),
                "rare.example",
            );
        }
        stored_signature(
            &mut app.conn(),
            commune,
            petition,
            4,
            "ip-0",
            "other.example",
        );
        assert!(
            !reached("ip-9", Some("rare.example")),
            "4 from the domain: under 5"
        );
        assert!(!reached("ip-0", None), "2 from the address: under 3");
        stored_signature(
            &mut app.conn(),
            commune,
            petition,
            5,
            "ip-5",
            "rare.example",
        );
        assert!(
            reached("ip-9", Some("rare.example")),
            "5 from the domain, each from its own address"
        );
        assert!(!reached("ip-9", None), "a common domain is not counted");
        stored_signature(
            &mut app.conn(),
            commune,
            petition,
            6,
            "ip-0",
            "third.example",
        );
        assert!(
            reached("ip-0", Some("none.example")),
            "3 from one address across domains"
        );
    });
}
