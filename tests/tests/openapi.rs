//! The OpenAPI 3.1 document (`/api/v1/openapi.json`) against the real API: every
//! `/api/v1` route is documented, every documented endpoint answers, and its real answers
//! (every commune of the demo, several records each) fit the documented schema; errors fit
//! the Error schema. On both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::schema::validate;
use musharaka_tests::{on_every_demo, Client};
use serde_json::Value;
use std::collections::BTreeSet;

/// How many records of each list are followed into their detail endpoints.
const PER_LIST: usize = 4;

/// Concrete URLs for a path template, its parameters filled from left to right with real
/// values: every commune's slug, then the ids the enclosing list gives.
fn expand(c: &mut Client, template: &str) -> Vec<String> {
    let Some(open) = template.find('{') else {
        return vec![template.to_string()];
    };
    let close = open + template[open..].find('}').unwrap();
    let (prefix, param, rest) = (
        &template[..open],
        &template[open + 1..close],
        &template[close + 1..],
    );
    let values: Vec<String> = if param == "slug" {
        let list = c.get_ok("/api/v1/communes").json();
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["slug"].as_str().unwrap().to_string())
            .collect()
    } else {
        let list_url = prefix.trim_end_matches('/');
        let res = c.get(list_url);
        if res.status != 200 {
            return vec![];
        }
        // The list's records: its `items` (or, for the programme, `plans`).
        let body = res.json();
        let list = body
            .as_object()
            .and_then(|o| {
                o.values().find(|v| {
                    v.as_array()
                        .is_some_and(|a| a.iter().any(|i| i["id"].is_i64()))
                })
            })
            .cloned();
        list.as_ref()
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .take(PER_LIST)
                    .filter_map(|i| i["id"].as_i64())
                    .map(|id| id.to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    values
        .iter()
        .flat_map(|v| {
            let partial = format!("{prefix}{v}{rest}");
            expand(c, &partial)
        })
        .collect()
}

fn json_schema(response: &Value) -> Option<&Value> {
    response.pointer("/content/application~1json/schema")
}

#[test]
fn every_api_route_is_documented_and_every_answer_fits_the_schema() {
    on_every_demo(|app| {
        let mut c = app.client();
        let res = c.get_ok("/api/v1/openapi.json");
        res.assert_content_type("application/json");
        let doc = res.json();
        assert_eq!(doc["openapi"], "3.1.0");
        let paths = doc["paths"].as_object().expect("paths");

        // The document and the router agree on the set of /api/v1 routes.
        let served: BTreeSet<String> = musharaka_web::routes::registered()
            .into_iter()
            .filter(|(m, p)| *m == "GET" && p.starts_with("/api/v1/"))
            .map(|(_, p)| p)
            .collect();
        let documented: BTreeSet<String> = paths.keys().cloned().collect();
        assert_eq!(
            served.difference(&documented).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "served but not documented"
        );
        assert_eq!(
            documented.difference(&served).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "documented but not served"
        );

        let mut checked = 0;
        for (template, item) in paths {
            let op = &item["get"];
            assert!(op.is_object(), "{template}: no GET");
            assert!(
                !op["summary"].as_str().unwrap_or_default().is_empty(),
                "{template}: summary"
            );
            let ok = &op["responses"]["200"];
            let urls = expand(&mut c, template);
            let mut answered = 0;
            for url in &urls {
                let res = c.get(url);
                if res.status != 200 {
                    // A documented refusal (e.g. results before the results phase).
                    let documented = &op["responses"][res.status.to_string()];
                    assert!(documented.is_object(), "{url}: undocumented {}", res.status);
                    if let Some(schema) = json_schema(documented) {
                        let errors = validate(&doc, schema, &res.json(), "$");
                        assert!(errors.is_empty(), "{url} ({}): {errors:#?}", res.status);
                    }
                    continue;
                }
                answered += 1;
                match json_schema(ok) {
                    Some(schema) => {
                        res.assert_content_type("application/json");
                        let errors = validate(&doc, schema, &res.json(), "$");
                        assert!(errors.is_empty(), "{url}: {errors:#?}");
                        checked += 1;
                    }
                    None => {
                        assert!(
                            ok.pointer("/content/text~1html").is_some(),
                            "{template}: no schema"
                        );
                        res.assert_content_type("text/html");
                    }
                }
            }
            assert!(answered > 0, "{template}: no 200 among {urls:?}");

            // An unknown commune: 404 with the documented error.
            if template.contains("{slug}") {
                let mut url = template.replacen("{slug}", "atlantis", 1);
                while let (Some(a), Some(b)) = (url.find('{'), url.find('}')) {
                    url.replace_range(a..=b, "1");
                }
                let res = c.get(&url);
                res.assert_status(404);
                let schema = json_schema(&op["responses"]["404"]).expect("404 documented");
                let errors = validate(&doc, schema, &res.json(), "$");
                assert!(errors.is_empty(), "{url}: {errors:#?}");
            }
        }
        assert!(checked > 50, "only {checked} answers checked");
    });
}

#[test]
fn the_document_is_a_page_too() {
    musharaka_tests::on_every_backend(|app| {
        let mut c = app.client();
        let fr = c.get_with("/api/v1/docs", ("Accept-Language", "fr"));
        fr.assert_status(200)
            .assert_content_type("text/html")
            .assert_contains("GET /api/v1/communes/{slug}/petitions")
            .assert_contains("Paramètres")
            .assert_contains("id=\"schema-Error\"");
        assert!(!fr.body.contains("<script"));
    });
}
