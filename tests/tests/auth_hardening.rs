//! Issue 9, the account items: sessions that end (2), no account enumeration (9), rate
//! limits behind a trusted proxy (10), other communes' ids (11) — on SQLite and
//! PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_identity::Role;
use musharaka_tests::communes::{citizen, commune, platform_admin, staff, two_communes, PASSWORD};
use musharaka_tests::{backends, on_every_backend, on_every_demo, TestApp};

/// Whether a session token still opens the profile.
fn opens_profile(app: &TestApp, token: &str) -> bool {
    let res = app.client().get_as("/profile", token);
    assert!(matches!(res.status, 200 | 401), "{}", res.status);
    res.status == 200
}

#[test]
fn logout_ends_the_session_on_the_server() {
    on_every_backend(|app| {
        citizen(&app, "amina@example.ma", "Amina");
        let mut c = app.client();
        let token = c.login_token("amina@example.ma", PASSWORD);
        assert!(opens_profile(&app, &token));
        c.post("/logout", &[]).assert_status(200);
        assert!(
            !opens_profile(&app, &token),
            "a copied cookie outlives logout"
        );
        // Signing in again works.
        let again = c.login_token("amina@example.ma", PASSWORD);
        assert!(opens_profile(&app, &again));
    });
}

#[test]
fn a_password_reset_ends_every_session() {
    on_every_backend(|app| {
        citizen(&app, "amina@example.ma", "Amina");
        let stolen = app.client().login_token("amina@example.ma", PASSWORD);
        let mut c = app.client();
        c.get("/password/forgot");
        c.post("/password/forgot", &[("email", "amina@example.ma")])
            .assert_status(200);
        let link = app.mailed_link("amina@example.ma", "/password/reset/");
        c.get_ok(&link);
        c.post(&link, &[("password", "a-brand-new-password")])
            .assert_status(200);
        assert!(!opens_profile(&app, &stolen));
        app.client()
            .login_token("amina@example.ma", "a-brand-new-password");
    });
}

#[test]
fn sign_out_everywhere_and_password_change() {
    on_every_backend(|app| {
        citizen(&app, "amina@example.ma", "Amina");
        let mut laptop = app.client();
        let laptop_token = laptop.login_token("amina@example.ma", PASSWORD);
        let phone = app.client().login_token("amina@example.ma", PASSWORD);
        laptop
            .get_ok("/profile")
            .assert_contains("/profile/sessions/end");
        laptop.post("/profile/sessions/end", &[]).assert_status(200);
        assert!(!opens_profile(&app, &phone));
        assert!(!opens_profile(&app, &laptop_token));
        laptop.get("/profile").assert_status(401);

        // A password change: a wrong current password is a field error; a good change
        // keeps this browser signed in and ends the others.
        let mut laptop = app.signed_in("amina@example.ma", PASSWORD);
        let phone = app.client().login_token("amina@example.ma", PASSWORD);
        laptop.get("/profile");
        laptop
            .post(
                "/profile/password",
                &[
                    ("current_password", "not-my-password"),
                    ("new_password", "another-long-password"),
                ],
            )
            .assert_status(422);
        laptop
            .post(
                "/profile/password",
                &[("current_password", PASSWORD), ("new_password", "short")],
            )
            .assert_status(422);
        assert!(opens_profile(&app, &phone));
        let changed = laptop.post(
            "/profile/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "another-long-password"),
            ],
        );
        changed.assert_status(303);
        let fresh = changed
            .session_token()
            .expect("a new session for this browser");
        assert!(opens_profile(&app, &fresh));
        laptop.get_ok("/profile");
        assert!(!opens_profile(&app, &phone));
        app.client()
            .login("amina@example.ma", PASSWORD)
            .assert_status(401);
    });
}

#[test]
fn a_revoked_role_stops_working_at_once() {
    on_every_backend(|app| {
        let (alpha, _) = two_communes(&app);
        staff(&app, "bureau@alpha.ma", "Bureau", alpha, Role::Bureau);
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        bureau.get_ok("/alpha/admin");
        let mut admin = app.signed_in("admin@alpha.ma", PASSWORD);
        let roles = admin.get("/alpha/admin/roles");
        let re = regex_lite::Regex::new(r#"/alpha/admin/roles/(\d+)/revoke"#).unwrap();
        let ids: Vec<String> = re
            .captures_iter(&roles.body)
            .map(|c| c[1].to_string())
            .collect();
        assert_eq!(ids.len(), 2, "admin and bureau");
        // The bureau's role is the one listed second (roles sorted by key: admin, bureau).
        admin
            .post(&format!("/alpha/admin/roles/{}/revoke", ids[1]), &[])
            .assert_status(303);
        bureau.get("/alpha/admin").assert_status(403);
    });
}

#[test]
fn registering_a_taken_address_looks_like_a_new_registration() {
    on_every_backend(|app| {
        citizen(&app, "amina@example.ma", "Amina");
        let register = |email: &str| {
            let mut c = app.client();
            c.get("/register");
            c.post(
                "/register",
                &[
                    ("name", "Someone"),
                    ("email", email),
                    ("password", "someone-s-password"),
                    ("commune", ""),
                    ("lang", "fr"),
                ],
            )
        };
        let new = register("new@example.ma");
        let taken = register("Amina@Example.ma");
        assert_eq!(new.status, 200);
        assert_eq!(taken.status, new.status);
        // The same page, but for the address it names.
        assert_eq!(
            taken.body.replace("amina@example.ma", "new@example.ma"),
            new.body
        );
        let mails = app.mail();
        let to_owner: Vec<_> = mails
            .iter()
            .filter(|m| m.to.contains("amina@example.ma"))
            .collect();
        assert_eq!(to_owner.len(), 1);
        assert!(
            to_owner[0]
                .body
                .contains("http://musharaka.test/password/forgot"),
            "{}",
            to_owner[0].body
        );
        // No second account: the owner's password still works, the tried one does not.
        app.client()
            .login("amina@example.ma", "someone-s-password")
            .assert_status(401);
        app.client().login_token("amina@example.ma", PASSWORD);
    });
}

#[test]
fn failed_logins_behind_the_proxy_do_not_lock_out_other_clients() {
    for backend in backends() {
        let app = TestApp::start_with(backend, |c| {
            c.auth_attempts_per_minute = 10;
            c.trusted_proxies = vec!["127.0.0.1".parse().unwrap(), "::1".parse().unwrap()];
        });
        citizen(&app, "amina@example.ma", "Amina");
        let mut attacker = app.client();
        for i in 0..10 {
            let email = format!("guess{i}@example.ma");
            attacker
                .login_from("203.0.113.66", &email, "wrong-password-1")
                .assert_status(401);
        }
        attacker
            .login_from("203.0.113.66", "guess@example.ma", "wrong-password-1")
            .assert_status(429);
        // Another client behind the same proxy signs in.
        let mut amina = app.client();
        amina.get("/login");
        amina
            .login_from("198.51.100.7", "amina@example.ma", PASSWORD)
            .assert_status(303);
        // A forged left-most address does not escape the limit: the proxy appends the
        // real one, which is what counts.
        attacker
            .login_from(
                "10.9.9.9, 203.0.113.66",
                "guess@example.ma",
                "wrong-password-1",
            )
            .assert_status(429);
    }
}

#[test]
fn untrusted_peers_cannot_pick_their_address() {
    for backend in backends() {
        let app = TestApp::start_with(backend, |c| c.auth_attempts_per_minute = 3);
        let mut attacker = app.client();
        for i in 0..3 {
            let email = format!("guess{i}@example.ma");
            let xff = format!("203.0.113.{i}");
            attacker
                .login_from(&xff, &email, "wrong-password-1")
                .assert_status(401);
        }
        attacker
            .login_from("203.0.113.99", "guess9@example.ma", "wrong-password-1")
            .assert_status(429);
    }
}

/// The back office's form for a council member.
const MEMBER: &[(&str, &str)] = &[
    ("name_ar", "عضو"),
    ("name_fr", "Membre"),
    ("gender", "female"),
    ("role", "member"),
    ("vice_rank", ""),
    ("political_group", ""),
    ("term_start", "2021-09-22"),
    ("term_end", ""),
];

#[test]
fn other_communes_ids_are_not_found() {
    on_every_backend(|app| {
        let (alpha, beta) = two_communes(&app);
        let gamma = commune(&app, "gamma", 5_000);
        staff(&app, "admin@gamma.ma", "Admin Gamma", gamma, Role::Admin);
        let _ = alpha;
        // Beta's member, committee, role and association, seen from alpha's back office.
        let mut b = app.signed_in("admin@beta.ma", PASSWORD);
        b.get("/beta/admin/members/new");
        // Art. 25: a permanent committee has five members at least.
        for _ in 0..5 {
            b.post("/beta/admin/members", MEMBER).assert_status(303);
        }
        let council = b.get("/api/v1/communes/beta").json()["council"]["members"].clone();
        let members: Vec<String> = (0..5).map(|i| council[i]["id"].to_string()).collect();
        let member = members[0].clone();
        let mut fields = vec![
            ("name_ar", "لجنة"),
            ("name_fr", "Commission"),
            ("chair_member_id", member.as_str()),
        ];
        fields.extend(members.iter().map(|m| ("member_ids", m.as_str())));
        b.post("/beta/admin/committees", &fields).assert_status(303);
        let committees = b.get("/beta/admin/committees");
        let committee = regex_lite::Regex::new(r#"/beta/admin/committees/(\d+)"#)
            .unwrap()
            .captures(&committees.body)
            .expect("a committee link")[1]
            .to_string();
        let roles = b.get("/beta/admin/roles");
        let role = regex_lite::Regex::new(r#"/beta/admin/roles/(\d+)/revoke"#)
            .unwrap()
            .captures(&roles.body)
            .expect("a role")[1]
            .to_string();

        let mut a = app.signed_in("admin@alpha.ma", PASSWORD);
        a.get("/alpha/admin");
        a.get(&format!("/alpha/admin/members/{member}"))
            .assert_status(404);
        a.post(&format!("/alpha/admin/members/{member}"), MEMBER)
            .assert_status(404);
        a.post(&format!("/alpha/admin/members/{member}/delete"), &[])
            .assert_status(404);
        a.get(&format!("/alpha/admin/committees/{committee}"))
            .assert_status(404);
        a.post(
            &format!("/alpha/admin/committees/{committee}"),
            &[("name_ar", "لجنة"), ("name_fr", "Commission")],
        )
        .assert_status(404);
        a.post(&format!("/alpha/admin/committees/{committee}/delete"), &[])
            .assert_status(404);
        a.post(&format!("/alpha/admin/roles/{role}/revoke"), &[])
            .assert_status(404);
        citizen(&app, "assoc@example.ma", "Association");
        let association = {
            let mut conn = app.conn();
            let owner = musharaka_identity::store::account_by_email(&mut conn, "assoc@example.ma")
                .unwrap()
                .unwrap();
            let date = |s: &str| s.parse().unwrap();
            musharaka_identity::service::save_association(
                &mut conn,
                owner.id,
                musharaka_identity::service::AssociationFile {
                    name_ar: "جمعية",
                    name_fr: "Association",
                    receipt_number: "R-1",
                    receipt_date: date("2020-01-02"),
                    founded_on: date("2019-12-01"),
                    seat_commune_id: beta,
                    activity_field: "culture",
                    statutes_upload_id: None,
                },
            )
            .unwrap()
            .id
        };
        for decision in [("decision", "verify"), ("decision", "reject")] {
            a.post(
                &format!("/alpha/admin/associations/{association}/review"),
                &[decision, ("reason", "non")],
            )
            .assert_status(404);
        }
        // Beta's data is unchanged.
        assert_eq!(
            b.get("/api/v1/communes/beta").json()["council"]["members"]
                .as_array()
                .unwrap()
                .len(),
            5
        );
    });
}

#[test]
fn demo_statutes_have_their_files() {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Stored {
        #[diesel(sql_type = diesel::sql_types::Text)]
        stored_name: String,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        size_bytes: i64,
    }
    on_every_demo(|app| {
        let rows: Vec<Stored> = diesel::sql_query(
            "SELECT u.stored_name, u.size_bytes FROM associations a \
             JOIN uploads u ON u.id = a.statutes_upload_id",
        )
        .load(&mut app.conn())
        .unwrap();
        assert!(rows.len() >= 2, "{} demo statutes", rows.len());
        let dir = app.dir.path().join("data").join("uploads");
        for r in rows {
            let bytes = std::fs::read(dir.join(&r.stored_name))
                .unwrap_or_else(|e| panic!("statutes {}: {e}", r.stored_name));
            assert!(bytes.starts_with(b"%PDF-"));
            assert!(bytes.ends_with(b"%%EOF\n"));
            assert_eq!(bytes.len() as i64, r.size_bytes);
        }
    });
}

#[test]
fn back_office_lists_take_any_page_number() {
    on_every_backend(|app| {
        two_communes(&app);
        platform_admin(&app, "platform@musharaka.ma", "Platform");
        let mut admin = app.signed_in("admin@alpha.ma", PASSWORD);
        let mut platform = app.signed_in("platform@musharaka.ma", PASSWORD);
        for page in [
            "9223372036854775807",
            "-1",
            "-9223372036854775808",
            "99999999999999999999999",
            "x",
            "",
        ] {
            for path in [
                "/alpha/admin/associations",
                "/alpha/admin/associations?status=pending&",
                "/alpha/admin/audit",
            ] {
                let sep = if path.ends_with('&') { "" } else { "?" };
                admin.get_ok(&format!("{path}{sep}page={page}"));
            }
            platform.get_ok(&format!("/admin/platform/communes?page={page}"));
        }
        // The first page still lists what there is.
        platform
            .get("/admin/platform/communes?page=-1")
            .assert_contains("/alpha/admin");
    });
}
