//! Routes mounted as a tree of scopes, one level per path segment.
//!
//! actix tries an app's services in order and matches every pattern with a dynamic segment
//! by a regular expression, so with a few hundred routes declared flat, `/{slug}` paid for
//! every pattern before it (9 % of a commune home's time). Grouped by segment, a request
//! meets one scope per level: the literal prefixes (`/api`, `/data`, …) by string
//! comparison, then `/{slug}` once, then that commune's sections.
//!
//! At each level, literal segments come before dynamic ones (a commune cannot take a
//! reserved word as its address, `RESERVED_SLUGS`), and declarations otherwise keep their
//! order. A scope that matches but has no route for the rest of the path answers with the
//! app's default service (404), as the flat list did.

use actix_web::{web, Route, Scope};
use std::collections::HashSet;

/// The routes the domains declare, with their full paths, before they are mounted.
#[derive(Default)]
pub struct Routes {
    entries: Vec<Entry>,
}

/// A route and the segments of its path still to match at the current level.
struct Entry {
    segments: Vec<String>,
    route: Route,
}

/// What a level mounts: a route by its remaining path, or a scope for one segment.
enum Node {
    Route(String, Route),
    Scope(Scope),
}

impl Routes {
    pub(super) fn add(&mut self, path: &str, route: Route) {
        let segments = path
            .trim_start_matches('/')
            .split('/')
            .map(str::to_string)
            .collect();
        self.entries.push(Entry { segments, route });
    }

    pub(super) fn mount(self, cfg: &mut web::ServiceConfig) {
        for node in level(self.entries) {
            match node {
                Node::Route(path, route) => cfg.route(&path, route),
                Node::Scope(scope) => cfg.service(scope),
            };
        }
    }
}

/// One level of the tree: routes that end here, then a group per first segment (literal
/// before dynamic). A group with a single path stays a route; one with several becomes a
/// scope whose members lose that segment.
fn level(entries: Vec<Entry>) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut groups: Vec<(String, Vec<Entry>)> = Vec::new();
    for entry in entries {
        let Some(first) = entry.segments.first().cloned() else {
            nodes.push(Node::Route(String::new(), entry.route));
            continue;
        };
        match groups.iter_mut().find(|(segment, _)| *segment == first) {
            Some((_, members)) => members.push(entry),
            None => groups.push((first, vec![entry])),
        }
    }
    groups.sort_by_key(|(segment, _)| segment.contains('{'));
    for (segment, members) in groups {
        let paths: HashSet<&Vec<String>> = members.iter().map(|e| &e.segments).collect();
        if paths.len() < 2 {
            nodes.extend(members.into_iter().map(|e| {
                let path = format!("/{}", e.segments.join("/"));
                Node::Route(path, e.route)
            }));
            continue;
        }
        let rest = members.into_iter().map(|mut e| {
            e.segments.remove(0);
            e
        });
        let scope = level(rest.collect()).into_iter().fold(
            web::scope(&format!("/{segment}")),
            |scope, node| match node {
                Node::Route(path, route) => scope.route(&path, route),
                Node::Scope(inner) => scope.service(inner),
            },
        );
        nodes.push(Node::Scope(scope));
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::Routes;
    use actix_web::test as actix;
    use actix_web::{web, App, HttpResponse};

    async fn named(path: web::Path<Vec<String>>) -> HttpResponse {
        HttpResponse::Ok().body(path.into_inner().join(","))
    }

    async fn fixed(body: &'static str) -> HttpResponse {
        HttpResponse::Ok().body(body)
    }

    fn app_routes(cfg: &mut web::ServiceConfig) {
        let mut routes = Routes::default();
        routes.add("/", web::get().to(|| fixed("root")));
        routes.add("/api/{slug}", web::get().to(named));
        routes.add("/api/{slug}/items/{id}", web::get().to(named));
        routes.add("/{slug}", web::get().to(named));
        routes.add("/{slug}/items/{id}", web::get().to(named));
        routes.add("/{slug}/items/new", web::get().to(|| fixed("new")));
        routes.add("/{slug}/items/new", web::post().to(|| fixed("posted")));
        routes.mount(cfg);
    }

    async fn answer(method: &str, path: &str) -> (u16, String) {
        let app = actix::init_service(
            App::new()
                .configure(app_routes)
                .default_service(web::to(|| async { HttpResponse::NotFound().body("none") })),
        )
        .await;
        let req = match method {
            "POST" => actix::TestRequest::post(),
            _ => actix::TestRequest::get(),
        };
        let res = actix::call_service(&app, req.uri(path).to_request()).await;
        let status = res.status().as_u16();
        let body = actix::read_body(res).await;
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    #[actix_web::test]
    async fn each_path_reaches_its_route_with_every_segment_captured() {
        assert_eq!(answer("GET", "/").await, (200, "root".into()));
        assert_eq!(answer("GET", "/api/tiznit").await, (200, "tiznit".into()));
        assert_eq!(
            answer("GET", "/api/tiznit/items/7").await,
            (200, "tiznit,7".into())
        );
        assert_eq!(answer("GET", "/tiznit").await, (200, "tiznit".into()));
        assert_eq!(
            answer("GET", "/tiznit/items/7").await,
            (200, "tiznit,7".into())
        );
    }

    #[actix_web::test]
    async fn literal_segments_win_over_dynamic_ones_declared_first() {
        assert_eq!(
            answer("GET", "/tiznit/items/new").await,
            (200, "new".into())
        );
        assert_eq!(
            answer("POST", "/tiznit/items/new").await,
            (200, "posted".into())
        );
    }

    #[actix_web::test]
    async fn what_no_route_serves_gets_the_apps_default_answer() {
        assert_eq!(answer("POST", "/tiznit").await, (404, "none".into()));
        assert_eq!(answer("GET", "/tiznit/items").await, (404, "none".into()));
        assert_eq!(answer("GET", "/api").await, (404, "none".into()));
        // A literal scope is a whole segment: `/apix` is a commune's address.
        assert_eq!(answer("GET", "/apix").await, (200, "apix".into()));
    }

    #[test]
    fn every_first_segment_the_app_uses_is_reserved_for_communes() {
        super::super::declare(&mut Routes::default());
        for (_, pattern) in super::super::registered() {
            let first = pattern.trim_start_matches('/').split('/').next();
            if let Some(segment) = first.filter(|s| !s.is_empty() && !s.contains('{')) {
                assert!(
                    musharaka_communes::rules::RESERVED_SLUGS.contains(&segment),
                    "{segment} (of {pattern}) must be a reserved commune address"
                );
            }
        }
    }
}
