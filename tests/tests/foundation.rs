//! HTTP tests of the foundation: public pages, accounts, languages, the back office,
//! associations, uploads and bad input — on SQLite and (when configured) PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_communes::service::create_commune;
use musharaka_identity::service::{create_admin, Grant};
use musharaka_tests::communes::{facts, two_communes, PASSWORD};
use musharaka_tests::{backends, message_ar, on_every_backend, on_every_demo, TestApp};

fn count(app: &TestApp, sql_table: &str) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {sql_table}"))
        .get_result::<N>(&mut app.conn())
        .unwrap()
        .n
}

#[test]
fn public_pages_api_and_headers() {
    on_every_demo(|app| {
        let mut c = app.client();
        let home = c.get_ok("/");
        home.assert_contains(r#"<html lang="ar" dir="rtl">"#)
            .assert_contains("جماعة تارودانت");
        assert!(home
            .header("content-security-policy")
            .unwrap()
            .contains("frame-ancestors 'none'"));
        assert_eq!(home.header("x-content-type-options"), Some("nosniff"));
        assert!(home.header("referrer-policy").is_some());
        c.get_ok("/taroudant").assert_contains("80\u{202F}149");
        // The council roster, one click from the commune's home.
        c.get_ok("/taroudant/members")
            .assert_contains("لجنة الميزانية");
        // The stylesheet is served under its hash with a long cache.
        let href = regex_lite::Regex::new(r#"href="(/assets/style\.[0-9a-f]+\.css)""#).unwrap();
        let css_path = href.captures(&home.body).unwrap()[1].to_string();
        let css = c.get_ok(&css_path);
        assert!(css.header("cache-control").unwrap().contains("immutable"));
        c.get("/assets/style.0000.css").assert_status(404);
        // JSON API.
        let list = c.get_ok("/api/v1/communes").json();
        assert_eq!(list["count"], 5);
        let rabat = c.get("/api/v1/communes/rabat").json();
        assert_eq!(rabat["population"], 577_827);
        assert_eq!(rabat["has_arrondissements"], true);
        assert!(rabat["council"]["members"].as_array().unwrap().len() > 30);
        let missing = c.get("/api/v1/communes/atlantis");
        missing.assert_status(404);
        assert_eq!(missing.json()["error"]["key"], "commune_not_found");
        c.get_ok("/healthz").assert_contains(r#""status":"ok""#);
        // Unknown commune: a translated 404 page.
        c.get("/atlantis")
            .assert_status(404)
            .assert_contains("هذه الجماعة غير موجودة");
    });
}

#[test]
fn language_switch_cookie_header_and_account_preference() {
    on_every_backend(|app| {
        two_communes(&app);
        let mut c = app.client();
        let switched = c.get("/lang/fr?next=%2Falpha");
        switched.assert_status(303);
        assert_eq!(switched.location(), "/alpha");
        c.get("/alpha")
            .assert_contains(r#"<html lang="fr" dir="ltr">"#)
            .assert_contains("Commune de alpha");
        // Tamazight falls back to French where a message is missing.
        c.get("/lang/tzm?next=%2F");
        c.get("/")
            .assert_contains(r#"lang="tzm" dir="ltr""#)
            .assert_contains("ⵜⵉⵖⵔⵎⵉⵡⵉⵏ");
        // No open redirect.
        assert_eq!(
            c.get("/lang/ar?next=https%3A%2F%2Fevil.example").location(),
            "/"
        );
        c.get("/lang/xx").assert_status(404);
        // Accept-Language when there is no cookie.
        let mut fresh = app.client();
        fresh
            .get_with("/", ("accept-language", "fr-FR,fr;q=0.9"))
            .assert_contains(r#"lang="fr""#);
        fresh
            .get_with("/", ("accept-language", "en"))
            .assert_contains(r#"lang="ar""#);
    });
}

#[test]
fn registration_confirmation_login_profile_logout() {
    on_every_backend(|app| {
        let (alpha, _) = two_communes(&app);
        let mut c = app.client();
        c.get("/register");
        // Bad input: every field marked, 422, nothing written.
        let bad = c.post(
            "/register",
            &[
                ("name", ""),
                ("email", "not-an-email"),
                ("password", "short"),
                ("commune", "999999"),
            ],
        );
        bad.assert_status(422)
            .assert_contains("aria-invalid=\"true\"")
            .assert_contains("عنوان إلكتروني غير صالح");
        assert_eq!(count(&app, "accounts"), 2);
        // Good input: account created, confirmation mail in the chosen language.
        let alpha_s = alpha.to_string();
        c.post(
            "/register",
            &[
                ("name", "Amina Oubella"),
                ("email", "Amina@Example.ma"),
                ("password", PASSWORD),
                ("commune", &alpha_s),
                ("lang", "fr"),
            ],
        )
        .assert_status(200)
        .assert_contains("amina@example.ma");
        let mail = app.last_mail_to("amina@example.ma");
        assert!(mail.body.contains("Bonjour Amina Oubella"), "{}", mail.body);
        // Same address again: answered as a new registration (no one learns the address
        // has an account), no second account, the owner is told by mail.
        c.post(
            "/register",
            &[
                ("name", "Other"),
                ("email", "amina@example.ma"),
                ("password", PASSWORD),
                ("commune", ""),
            ],
        )
        .assert_status(200)
        .assert_contains("amina@example.ma");
        assert_eq!(count(&app, "accounts"), 3);
        assert!(app
            .last_mail_to("amina@example.ma")
            .body
            .contains("/password/forgot"));
        // Login before confirming is refused with a way to resend.
        c.login("amina@example.ma", PASSWORD)
            .assert_status(403)
            .assert_contains("/confirm/resend");
        let link = mail
            .link("http://musharaka.test/confirm/")
            .replace("http://musharaka.test", "");
        // Opening the link (a mail scanner does) confirms nothing; the button does, once.
        c.get_ok(&link);
        c.login("amina@example.ma", PASSWORD).assert_status(403);
        c.post(&link, &[]).assert_status(200);
        c.post(&link, &[]).assert_status(404);
        c.login("amina@example.ma", "wrong password!!")
            .assert_status(401);
        let ok = c.login("amina@example.ma", PASSWORD);
        ok.assert_status(303);
        let cookie = ok.header("set-cookie").unwrap();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        // The account's language applies when no cookie chose one.
        c.get_ok("/profile")
            .assert_contains(r#"lang="fr""#)
            .assert_contains("Adresse confirmée");
        c.post(
            "/profile",
            &[("name", "Amina O."), ("commune", &alpha_s), ("lang", "ar")],
        )
        .assert_status(303);
        c.get("/profile")
            .assert_contains(r#"lang="ar""#)
            .assert_contains("Amina O.");
        c.post("/logout", &[]).assert_status(200);
        c.get("/profile").assert_status(401);
    });
}

#[test]
fn password_reset_by_mail() {
    on_every_backend(|app| {
        app.registered("Youssef", "youssef@example.ma", PASSWORD);
        let mut anon = app.client();
        anon.get("/password/forgot");
        anon.post("/password/forgot", &[("email", "bad")])
            .assert_status(422);
        anon.post("/password/forgot", &[("email", "nobody@example.ma")])
            .assert_status(200);
        anon.post("/password/forgot", &[("email", "youssef@example.ma")])
            .assert_status(200);
        let link = app.mailed_link("youssef@example.ma", "/password/reset/");
        anon.get_ok(&link);
        anon.post(&link, &[("password", "short")])
            .assert_status(422);
        anon.post(&link, &[("password", "a-brand-new-password")])
            .assert_status(200);
        anon.post(&link, &[("password", "another-new-password")])
            .assert_status(404);
        anon.login("youssef@example.ma", PASSWORD)
            .assert_status(401);
        anon.login("youssef@example.ma", "a-brand-new-password")
            .assert_status(303);
    });
}

#[test]
fn csrf_and_bad_input_change_nothing() {
    on_every_backend(|app| {
        let mut c = app.client();
        c.get("/register");
        let fields = [
            ("name", "Sara"),
            ("email", "sara@example.ma"),
            ("password", PASSWORD),
            ("commune", ""),
        ];
        c.post_raw("/register", &fields)
            .assert_status(403)
            .assert_contains("انتهت صلاحية الاستمارة");
        let mut wrong = vec![("csrf_token", "forged")];
        wrong.extend_from_slice(&fields);
        c.post_raw("/register", &wrong).assert_status(403);
        // Broken UTF-8 and oversize bodies.
        let broken = format!("csrf_token={}&name=%FF%FE&email=x", c.csrf);
        c.post_bytes(
            "/register",
            "application/x-www-form-urlencoded",
            broken.as_bytes(),
        )
        .assert_status(422);
        let big = vec![b'a'; 200_000];
        let res = c.post_bytes("/register", "application/x-www-form-urlencoded", &big);
        assert!(res.status == 413 || res.status == 422, "{}", res.status);
        // Wrong types in the path.
        c.get("/uploads/not-a-number").assert_status(422);
        assert_eq!(count(&app, "accounts"), 0);
        // The JSON API answers errors in JSON.
        let api = c.get("/api/v1/communes/nope");
        assert_eq!(api.header("content-type"), Some("application/json"));
    });
}

#[test]
fn login_is_rate_limited_per_account() {
    for backend in backends() {
        let app = TestApp::start_with(backend, |c| c.auth_attempts_per_minute = 3);
        let mut c = app.client();
        for _ in 0..3 {
            c.login("x@example.ma", "wrong-password-1")
                .assert_status(401);
        }
        c.login("x@example.ma", "wrong-password-1")
            .assert_status(429)
            .assert_contains("محاولات كثيرة");
    }
}

#[test]
fn back_office_permissions_per_commune() {
    on_every_backend(|app| {
        two_communes(&app);
        let mut anon = app.client();
        anon.get("/alpha/admin").assert_status(401);
        let mut citizen = app.registered("Citizen", "citizen@example.ma", PASSWORD);
        citizen.get("/alpha/admin").assert_status(403);
        citizen
            .post("/alpha/admin/members", &[("name_ar", "x")])
            .assert_status(403);
        let mut beta = app.signed_in("admin@beta.ma", PASSWORD);
        beta.get_ok("/beta/admin");
        beta.get("/alpha/admin/members").assert_status(403);
        beta.post(
            "/alpha/admin/roles",
            &[("email", "citizen@example.ma"), ("role", "bureau")],
        )
        .assert_status(403);

        let mut admin = app.signed_in("admin@alpha.ma", PASSWORD);
        admin.get_ok("/alpha/admin");
        // Commune facts: bad population re-shown, good saved.
        admin.get("/alpha/admin/commune");
        let mut form = vec![
            ("name_ar", "جماعة ألفا"),
            ("name_fr", "Alpha"),
            ("region_ar", "ج"),
            ("region_fr", "R"),
            ("province_ar", "إ"),
            ("province_fr", "P"),
            ("census_year", "2024"),
            ("has_arrondissements", "on"),
        ];
        let mut bad = form.clone();
        bad.push(("population", "many"));
        admin
            .post("/alpha/admin/commune", &bad)
            .assert_status(422)
            .assert_contains("عدد غير صالح");
        form.push(("population", "82000"));
        admin.post("/alpha/admin/commune", &form).assert_status(303);
        let api = admin.get("/api/v1/communes/alpha").json();
        assert_eq!(api["population"], 82_000);
        assert_eq!(api["has_arrondissements"], true);
        // Council members: one president only; a vice-president needs a rank.
        let member = |role: &'static str, rank: &'static str| {
            vec![
                ("name_ar", "عضو"),
                ("name_fr", "Membre"),
                ("gender", "female"),
                ("role", role),
                ("vice_rank", rank),
                ("political_group", ""),
                ("term_start", "2021-09-22"),
                ("term_end", ""),
            ]
        };
        // One president; a vice-president needs a rank.
        for (role, rank, status) in [
            ("president", "", 303),
            ("president", "", 422),
            ("vice_president", "", 422),
            ("vice_president", "1", 303),
            ("member", "", 303),
            ("member", "", 303),
            ("member", "", 303),
        ] {
            admin
                .post("/alpha/admin/members", &member(role, rank))
                .assert_status(status);
        }
        let council = admin.get("/api/v1/communes/alpha").json();
        let ids: Vec<String> = council["council"]["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].to_string())
            .collect();
        assert_eq!(ids.len(), 5);
        // Committees (art. 25): five members at least, each on one permanent committee
        // only; the chair must be a member.
        let post_committee = |c: &mut musharaka_tests::Client, chair: &str, n: usize| {
            let mut f = vec![
                ("name_ar", "لجنة"),
                ("name_fr", "Commission"),
                ("chair_member_id", chair),
            ];
            f.extend(ids[..n].iter().map(|m| ("member_ids", m.as_str())));
            c.post("/alpha/admin/committees", &f)
        };
        post_committee(&mut admin, &ids[4], 2).assert_status(422);
        post_committee(&mut admin, &ids[0], 2)
            .assert_status(422)
            .assert_contains("المادة 25");
        post_committee(&mut admin, &ids[0], 5).assert_status(303);
        post_committee(&mut admin, &ids[0], 5)
            .assert_status(422)
            .assert_contains("المادة 25");
        // Roles: grant to an existing account, refuse twice, revoke.
        admin.get("/alpha/admin/roles");
        admin
            .post(
                "/alpha/admin/roles",
                &[("email", "citizen@example.ma"), ("role", "bureau")],
            )
            .assert_status(303);
        admin
            .post(
                "/alpha/admin/roles",
                &[("email", "citizen@example.ma"), ("role", "bureau")],
            )
            .assert_status(422);
        admin
            .post(
                "/alpha/admin/roles",
                &[("email", "nobody@example.ma"), ("role", "bureau")],
            )
            .assert_status(422);
        citizen.get_ok("/alpha/admin");
        citizen.get("/alpha/admin/roles").assert_status(403);
        // Every decision is in the audit log.
        let audit = admin.get_ok("/alpha/admin/audit");
        audit
            .assert_contains("role.grant")
            .assert_contains("committee.save")
            .assert_contains("commune.update");
        assert!(count(&app, "audit_log") >= 10);
    });
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

#[test]
fn association_file_review_and_private_statutes() {
    on_every_backend(|app| {
        let (alpha, _) = two_communes(&app);
        let alpha_s = alpha.to_string();
        let mut rep = app.registered("Rep", "rep@example.ma", PASSWORD);
        rep.get_ok("/profile/association");
        let fields = [
            ("name_ar", "جمعية الأمل"),
            ("name_fr", "Association Amal"),
            ("receipt_number", "R-12"),
            ("receipt_date", "2015-06-02"),
            ("founded_on", "2015-03-14"),
            ("seat_commune", alpha_s.as_str()),
            ("activity_field", "Jeunesse"),
        ];
        // Not a PDF: refused, nothing stored.
        rep.post_multipart(
            "/profile/association",
            &fields,
            &[("statutes", "s.pdf", b"<html>not a pdf")],
        )
        .assert_status(422)
        .assert_contains(&message_ar("error-upload_type", &[]));
        assert_eq!(count(&app, "associations"), 0);
        // Missing CSRF: refused.
        let mut other = app.client();
        other
            .post_bytes(
                "/profile/association",
                "multipart/form-data; boundary=x",
                b"--x--\r\n",
            )
            .assert_status(401);
        rep.post_multipart(
            "/profile/association",
            &fields,
            &[("statutes", "statuts.pdf", PDF)],
        )
        .assert_status(303);
        let page = rep.get("/profile/association");
        page.assert_contains("في انتظار التحقق");
        let link = regex_lite::Regex::new(r#"href="(/uploads/\d+)""#)
            .unwrap()
            .captures(&page.body)
            .unwrap()[1]
            .to_string();
        // The statutes are private: owner and the seat commune's admin only.
        rep.get_ok(&link);
        app.client().get(&link).assert_status(401);
        let mut beta = app.client();
        beta.login("admin@beta.ma", PASSWORD);
        beta.get(&link).assert_status(403);
        let mut admin = app.client();
        admin.login("admin@alpha.ma", PASSWORD);
        admin.get_ok(&link);
        let list = admin.get_ok("/alpha/admin/associations?status=pending");
        list.assert_contains("جمعية الأمل");
        let id = regex_lite::Regex::new(r#"/alpha/admin/associations/(\d+)/review"#)
            .unwrap()
            .captures(&list.body)
            .unwrap()[1]
            .to_string();
        let review = format!("/alpha/admin/associations/{id}/review");
        beta.post(&review.replace("alpha", "beta"), &[("decision", "verify")])
            .assert_status(404);
        // Rejection needs a reason.
        admin
            .post(&review, &[("decision", "reject"), ("reason", " ")])
            .assert_status(422);
        admin
            .post(
                &review,
                &[("decision", "reject"), ("reason", "Récépissé illisible")],
            )
            .assert_status(303);
        assert!(app
            .last_mail_to("rep@example.ma")
            .body
            .contains("Récépissé illisible"));
        // Already decided: a second decision is refused.
        admin
            .post(&review, &[("decision", "verify")])
            .assert_status(409);
        // Re-sent, then verified.
        rep.post_multipart("/profile/association", &fields, &[])
            .assert_status(303);
        admin
            .post(&review, &[("decision", "verify")])
            .assert_status(303);
        rep.get("/profile/association").assert_contains("تم التحقق");
        admin
            .get("/alpha/admin/audit")
            .assert_contains("association.review");
    });
}

#[test]
fn uploads_respect_the_size_limit() {
    for backend in backends() {
        let app = TestApp::start_with(backend, |c| c.upload_max_bytes = 1024);
        two_communes(&app);
        let mut admin = app.client();
        admin.login("admin@alpha.ma", PASSWORD);
        admin.get("/alpha/admin/commune");
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.resize(4096, 0);
        admin
            .post_multipart(
                "/alpha/admin/commune/logo",
                &[],
                &[("logo", "logo.png", &png)],
            )
            .assert_status(413);
        png.truncate(512);
        admin
            .post_multipart(
                "/alpha/admin/commune/logo",
                &[],
                &[("logo", "logo.png", &png)],
            )
            .assert_status(303);
        let page = admin.get("/alpha/admin/commune");
        let link = regex_lite::Regex::new(r#"src="(/uploads/\d+)""#)
            .unwrap()
            .captures(&page.body)
            .unwrap()[1]
            .to_string();
        // A logo is public.
        app.client().get_ok(&link);
    }
}

/// The creation form of the platform area, filled in for `slug`.
fn new_commune<'a>(
    slug: &'a str,
    name_ar: &'a str,
    admin_email: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("slug", slug),
        ("name_ar", name_ar),
        ("name_fr", "Gamma-Centre"),
        ("name_tzm", ""),
        ("region_ar", "جهة درعة تافيلالت"),
        ("region_fr", "Drâa-Tafilalet"),
        ("province_ar", "إقليم زاكورة"),
        ("province_fr", "Zagora"),
        ("population", "40067"),
        ("census_year", "2024"),
        ("email", ""),
        ("phone", ""),
        ("address_ar", ""),
        ("address_fr", ""),
        ("admin_email", admin_email),
    ]
}

#[test]
fn platform_admins_create_communes() {
    const LIST: &str = "/admin/platform/communes";
    const NEW: &str = "/admin/platform/communes/new";
    on_every_backend(|app| {
        two_communes(&app);
        create_admin(
            &mut app.conn(),
            "dgct@musharaka.ma",
            "DGCT",
            PASSWORD,
            Grant::Platform,
        )
        .unwrap();
        let communes = || count(&app, "communes");
        // Signed out: asked to sign in; citizens and commune admins: a translated 403.
        app.client().get(LIST).assert_status(401);
        let mut citizen = app.registered("Citizen", "citizen@example.ma", PASSWORD);
        let mut alpha = app.signed_in("admin@alpha.ma", PASSWORD);
        for c in [&mut citizen, &mut alpha] {
            c.get(LIST)
                .assert_status(403)
                .assert_contains("لا تملك صلاحية القيام بهذا الإجراء.");
            c.get(NEW).assert_status(403);
            c.post(NEW, &new_commune("gamma", "جماعة كاما", ""))
                .assert_status(403);
        }
        assert_eq!(communes(), 2);

        // The platform admin finds the area from the back-office home.
        let mut dgct = app.signed_in("dgct@musharaka.ma", PASSWORD);
        dgct.get_ok("/admin")
            .assert_contains(r#"href="/admin/platform/communes""#);
        dgct.get_ok(LIST)
            .assert_contains("جماعة alpha")
            .assert_contains("Commune de beta");
        dgct.get_ok(NEW);

        // Bad input: re-shown with the field marked, nothing written.
        let audit_before = count(&app, "audit_log");
        dgct.post(NEW, &new_commune("gamma", " ", ""))
            .assert_status(422)
            .assert_contains(r#"id="name_ar-error""#)
            .assert_contains("هذا الحقل إلزامي.");
        dgct.post(NEW, &new_commune("alpha", "جماعة كاما", ""))
            .assert_status(422)
            .assert_contains(r#"id="slug-error""#)
            .assert_contains("هذا العنوان مستعمل من طرف جماعة أخرى.");
        for bad in ["Gamma", "admin", "a b"] {
            dgct.post(NEW, &new_commune(bad, "جماعة كاما", ""))
                .assert_status(422)
                .assert_contains(r#"id="slug-error""#);
        }
        // An unknown first admin: the whole creation is undone.
        dgct.post(
            NEW,
            &new_commune("gamma", "جماعة كاما", "nobody@example.ma"),
        )
        .assert_status(422)
        .assert_contains(r#"id="admin_email-error""#)
        .assert_contains("لا يوجد حساب بهذا العنوان");
        assert_eq!(communes(), 2);
        assert_eq!(count(&app, "audit_log"), audit_before);
        // Without the CSRF token: refused.
        dgct.post_raw(NEW, &new_commune("gamma", "جماعة كاما", ""))
            .assert_status(403);
        assert_eq!(communes(), 2);

        // Created with its first admin, audited, listed, public, and found by search.
        let mut form = new_commune("gamma", "جماعة كاما", "Citizen@Example.ma");
        form.push(("has_arrondissements", "on"));
        let created = dgct.post(NEW, &form);
        created.assert_status(303);
        assert!(created.location().contains("done=platform-commune-created"));
        dgct.get_ok(created.location())
            .assert_contains("أُحدثت الجماعة.")
            .assert_contains("جماعة كاما");
        assert_eq!(communes(), 3);
        app.client().get_ok("/gamma").assert_contains("جماعة كاما");
        let api = app.client().get("/api/v1/communes/gamma").json();
        assert_eq!(api["population"], 40_067);
        assert_eq!(api["has_arrondissements"], true);
        citizen.get_ok("/gamma/admin");
        citizen.get_ok("/gamma/admin/roles");
        let gamma = musharaka_communes::service::by_slug(&mut app.conn(), "gamma").unwrap();
        let dgct_id =
            musharaka_identity::store::account_by_email(&mut app.conn(), "dgct@musharaka.ma")
                .unwrap()
                .unwrap()
                .id;
        let audited = |action: &str| {
            count(
                &app,
                &format!(
                    "audit_log WHERE action = '{action}' AND commune_id = {} AND actor_id = {dgct_id}",
                    gamma.id
                ),
            )
        };
        assert_eq!(audited("commune.create"), 1);
        assert_eq!(audited("role.grant"), 1);
        let found = dgct.get_ok(&format!("{LIST}?q=gam"));
        found.assert_contains("جماعة كاما");
        assert!(!found.body.contains("Commune de alpha"));
        dgct.get_ok(&format!("{LIST}?q=GAMMA-centre"))
            .assert_contains(r#"href="/gamma""#);
        let arabic: String = "كاما".bytes().map(|b| format!("%{b:02X}")).collect();
        dgct.get_ok(&format!("{LIST}?q={arabic}"))
            .assert_contains(r#"href="/gamma""#);
        let none = dgct.get(&format!("{LIST}?q=atlantis"));
        assert!(!none.body.contains(r#"href="/gamma""#));
        // The role holder is counted on the list (gamma: one account).
        assert!(found.body.contains("<td>1</td>"));

        // Long lists are paged.
        for i in 0..25 {
            create_commune(&mut app.conn(), None, &facts(&format!("zz{i:02}"), 1000)).unwrap();
        }
        let first = dgct.get_ok(LIST);
        first.assert_contains(r#"rel="next""#);
        dgct.get_ok(&format!("{LIST}?page=2"))
            .assert_contains(r#"rel="prev""#);
    });
}
