//! No GET handler writes anything: with the demo data loaded, every GET route the app
//! registers (enumerated from the app's own `Router`, not a hand list) is requested as
//! anonymous, citizen, and the commune's admin, secretariat and bureau, and the database
//! must be unchanged (the row count of every table, the audit log and the jobs included).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use musharaka_tests::{backends, Client, TestApp};
use musharaka_web::demo::DEMO_PASSWORD;

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// (table, rows) for every table of the application.
fn snapshot(app: &TestApp) -> Vec<(String, i64)> {
    let mut conn = app.conn();
    let sql = match &*conn {
        musharaka_db::AnyConnection::Sqlite(_) => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        musharaka_db::AnyConnection::Postgresql(_) => {
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        }
    };
    let tables: Vec<Name> = diesel::sql_query(sql).load(&mut *conn).unwrap();
    tables
        .into_iter()
        .map(|t| {
            let c: Count = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM \"{}\"", t.name))
                .get_result(&mut *conn)
                .unwrap();
            (t.name, c.n)
        })
        .collect()
}

/// The path with `{slug}` and every other parameter filled.
fn fill(pattern: &str, slug: &str, id: &str) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map_or(rest.len(), |e| start + e + 1);
        let name = &rest[start + 1..end - 1];
        out.push_str(match name {
            "slug" => slug,
            "code" => "fr",
            _ => id,
        });
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn no_get_route_writes_to_the_database() {
    for backend in backends() {
        let app = TestApp::start(backend);
        app.load_demo();
        let routes: Vec<String> = musharaka_web::routes::registered()
            .into_iter()
            .filter(|(method, _)| *method == "GET")
            .map(|(_, path)| path)
            .collect();
        assert!(routes.iter().any(|p| p == "/{slug}/petitions/{id}"));
        let mut visitors: Vec<(&str, Client)> = vec![("anonymous", app.client())];
        for email in [
            "citizen@demo.musharaka.ma",
            "admin.taroudant@demo.musharaka.ma",
            "secretariat.taroudant@demo.musharaka.ma",
            "bureau.taroudant@demo.musharaka.ma",
        ] {
            visitors.push((email, app.signed_in(email, DEMO_PASSWORD)));
        }
        let before = snapshot(&app);
        let mut changed = Vec::new();
        for (who, client) in &mut visitors {
            for pattern in &routes {
                for id in ["1", "12", "999999"] {
                    let path = fill(pattern, "taroudant", id);
                    let r = client.get(&path);
                    assert!(r.status < 500, "{who} GET {path}: {}", r.status);
                }
                if snapshot(&app) != before {
                    changed.push(format!("{who} GET {pattern}"));
                    break;
                }
            }
        }
        assert!(changed.is_empty(), "GET routes that wrote: {changed:?}");
        assert_eq!(snapshot(&app), before);
    }
}
