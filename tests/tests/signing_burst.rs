//! A burst of online signatures (issue 17). On SQLite they share commits (the group commit
//! of `musharaka_db::group_commit`), on PostgreSQL they run side by side: either way each
//! signer is stored once, a retried POST replaces its pending signature instead of adding
//! one, and every accepted POST queues its confirmation mail, committed with it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

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
