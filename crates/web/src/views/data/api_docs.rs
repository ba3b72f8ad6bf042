//! `/api/v1/docs`: the OpenAPI document as a page, rendered on the server (no script):
//! each endpoint with its parameters and the shape of its answer, then the shared shapes.

use crate::ctx::Ctx;
use crate::views::layout::{head_row, render};
use maud::{html, Markup};
use serde_json::Value;

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// `Commune` for `#/components/schemas/Commune`.
fn ref_name(reference: &str) -> &str {
    reference.rsplit('/').next().unwrap_or(reference)
}

/// A schema's type in a few words: `integer | null`, `array of Session`, `Commune`.
fn type_label(schema: &Value) -> String {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        return ref_name(r).to_string();
    }
    if let Some(options) = schema.get("anyOf").and_then(Value::as_array) {
        return options
            .iter()
            .map(type_label)
            .collect::<Vec<_>>()
            .join(" | ");
    }
    let names: Vec<String> = match schema.get("type") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => vec!["any".to_string()],
    };
    names
        .into_iter()
        .map(|n| match (n.as_str(), schema.get("items")) {
            ("array", Some(items)) => format!("array of {}", type_label(items)),
            _ => n,
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The fields of an object schema as a nested list (objects inside objects too).
fn fields(ctx: &Ctx, schema: &Value, depth: usize) -> Markup {
    let schema = match schema.get("items") {
        Some(items) if schema.get("properties").is_none() => items,
        _ => schema,
    };
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    html! {
        @if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            ul.fields {
                @for (name, s) in props {
                    li {
                        code { (name) } " "
                        @if let Some(r) = s.get("$ref").and_then(Value::as_str) {
                            a href={ "#schema-" (ref_name(r)) } { (ref_name(r)) }
                        } @else {
                            em { (type_label(s)) }
                        }
                        @if !required.contains(&name.as_str()) { " (" (ctx.t("api-docs-optional")) ")" }
                        @if !text(s, "description").is_empty() { " — " (text(s, "description")) }
                        @if let Some(values) = s.get("enum").and_then(Value::as_array) {
                            " " (ctx.t("api-docs-values")) " "
                            @for (i, v) in values.iter().enumerate() {
                                @if i > 0 { ", " }
                                code { (v.as_str().map_or_else(|| v.to_string(), str::to_string)) }
                            }
                        }
                        @if depth < 4 { (fields(ctx, s, depth + 1)) }
                    }
                }
            }
        }
    }
}

pub fn page(ctx: &Ctx, doc: &Value) -> Markup {
    let title = ctx.t("api-docs-title");
    let info = doc.get("info").cloned().unwrap_or_default();
    let empty = serde_json::Map::new();
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { (ctx.t("api-docs-intro")) " " code { (text(&info, "version")) } }
            p { a href="/api/v1/openapi.json" type="application/json" { (ctx.t("api-docs-download")) } }
            nav aria-label=(ctx.t("api-docs-endpoints")) {
                ul { @for (path, _) in paths { li { a href={ "#" (anchor(path)) } { code { "GET " (path) } } } } }
            }
            @for (path, item) in paths {
                @let op = item.get("get").cloned().unwrap_or_default();
                section id=(anchor(path)) {
                    h2 { code { "GET " (path) } }
                    p { (text(&op, "summary")) }
                    @if !text(&op, "description").is_empty() { p { (text(&op, "description")) } }
                    @if let Some(params) = op.get("parameters").and_then(Value::as_array).filter(|p| !p.is_empty()) {
                        h3 { (ctx.t("api-docs-parameters")) }
                        div.table-wrap { table {
                            (head_row(ctx, &["api-docs-name", "api-docs-in", "api-docs-type", "api-docs-description"]))
                            tbody { @for p in params {
                                tr {
                                    td { code { (text(p, "name")) } }
                                    td { (text(p, "in")) }
                                    td { (p.get("schema").map(type_label).unwrap_or_default()) }
                                    td { (text(p, "description")) }
                                }
                            } }
                        } }
                    }
                    @if let Some(responses) = op.get("responses").and_then(Value::as_object) {
                        h3 { (ctx.t("api-docs-responses")) }
                        @for (status, r) in responses {
                            @let schema = r.pointer("/content/application~1json/schema");
                            p {
                                strong { (status) } " " (text(r, "description"))
                                @if let Some(s) = schema { " — " em { (type_label(s)) } }
                            }
                            @if let Some(s) = schema {
                                @if s.get("$ref").is_none() { (fields(ctx, s, 0)) }
                            }
                        }
                    }
                }
            }
            h2 { (ctx.t("api-docs-schemas")) }
            @for (name, s) in schemas {
                section id={ "schema-" (name) } {
                    h3 { code { (name) } }
                    @if !text(s, "description").is_empty() { p { (text(s, "description")) } }
                    (fields(ctx, s, 0))
                }
            }
        },
    )
}

/// An id for a path's section: `/api/v1/communes/{slug}` → `get-api-v1-communes-slug`.
fn anchor(path: &str) -> String {
    let mut out = String::from("get");
    for c in path.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}
