//! No GET handler writes anything: with the demo data loaded, every GET route the app
//! registers (enumerated from the app's own `Router`, not a hand list) is requested as
//! anonymous, citizen, and the commune's admin, secretariat and bureau, and the database
//! must be unchanged (the row count of every table, the audit log and the jobs included).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_cli::demo::DEMO_PASSWORD;
use musharaka_tests::{fill_route, on_every_demo, Client};

/// The path with `{slug}` and every other parameter filled.
fn fill(pattern: &str, slug: &str, id: &str) -> String {
    fill_route(pattern, |name| match name {
        "slug" => slug,
        "code" => "fr",
        _ => id,
    })
}

#[test]
fn no_get_route_writes_to_the_database() {
    on_every_demo(|app| {
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
        let before = app.table_counts();
        let mut changed = Vec::new();
        for (who, client) in &mut visitors {
            for pattern in &routes {
                for id in ["1", "12", "999999"] {
                    let path = fill(pattern, "taroudant", id);
                    let r = client.get(&path);
                    // `/readyz` answers 503 by design here: the test app runs no mail worker.
                    let probe = path == "/readyz" && r.status == 503;
                    assert!(r.status < 500 || probe, "{who} GET {path}: {}", r.status);
                }
                if app.table_counts() != before {
                    changed.push(format!("{who} GET {pattern}"));
                    break;
                }
            }
        }
        assert!(changed.is_empty(), "GET routes that wrote: {changed:?}");
        assert_eq!(app.table_counts(), before);
    });
}
