//! Co-creation pages: the public list of calls, a call's page (terms, grid, meetings, Q&A),
//! the results, the association's concept note and receipt, and the back office
//! ([`admin`], [`note`]). No personal data on public pages: associations by name only.

mod admin;
mod note;

pub use admin::*;
pub use note::*;

use super::form::{self, FieldErrors};
use super::layout::{flash, render};
use crate::ctx::Ctx;
use crate::state::i18n;
use chrono::NaiveDateTime;
use maud::{html, Markup};
use musharaka_cocreation::records::{CallRow, CriterionRow};
use musharaka_cocreation::rules::{Outcome, Window};
use musharaka_cocreation::service::{CallPage, Ranking};
use musharaka_cocreation::CallStatus;
use musharaka_communes::Commune;
use musharaka_core::time::format_datetime;
use musharaka_core::Money;

pub(crate) fn when(ctx: &Ctx, t: NaiveDateTime) -> String {
    format_datetime(i18n(), ctx.lang, t)
}

pub(crate) fn mad(ctx: &Ctx, m: Money) -> String {
    m.format(ctx.lang)
}

/// A multi-line text field with its label and error.
pub(crate) fn area(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    value: &str,
) -> Markup {
    let invalid = form::error_for(errors, name).is_some();
    form::field(
        ctx,
        errors,
        name,
        label,
        html! {
            textarea id=(name) name=(name) rows="4"
                aria-invalid=[invalid.then_some("true")]
                aria-describedby=[invalid.then(|| format!("{name}-error"))] { (value) }
        },
    )
}

/// A labelled input of any type with a value.
pub(crate) fn input(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    value: &str,
    kind: &str,
) -> Markup {
    form::input(
        ctx,
        errors,
        form::Input {
            name,
            label,
            value,
            kind,
            required: false,
        },
    )
}

/// The call's state for the public: upcoming, open, closed (evaluation), results.
pub(crate) fn call_state(c: &CallRow, now: NaiveDateTime) -> &'static str {
    match (c.status, c.window(now)) {
        (CallStatus::Draft, _) => "cc-state-draft",
        (CallStatus::Results, _) => "cc-state-results",
        (_, Window::NotYetOpen) => "cc-state-upcoming",
        (_, Window::Open) => "cc-state-open",
        (_, Window::Closed) => "cc-state-closed",
    }
}

pub(crate) fn badge(ctx: &Ctx, c: &CallRow, now: NaiveDateTime) -> Markup {
    html! { span.badge { (ctx.t(call_state(c, now))) } }
}

pub fn list(
    ctx: &Ctx,
    commune: &Commune,
    rows: &[CallRow],
    page: i64,
    has_next: bool,
    now: NaiveDateTime,
) -> Markup {
    let title = ctx.t_commune("cc-list-title", commune);
    let base = format!("/{}/cocreation", commune.slug);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p.muted { (ctx.t("cc-intro")) }
            p { a href={ (base) ".atom" } { (ctx.t("cc-atom")) }
                @if ctx.user.is_some() { " · " a href={ (base) "/mine" } { (ctx.t("cc-mine")) } } }
            @if rows.is_empty() { p.muted { (ctx.t("cc-none")) } }
            @for c in rows {
                div.card {
                    a href={ (base) "/" (c.id) } { strong { (c.title(ctx.lang)) } }
                    " " (badge(ctx, c, now))
                    div.muted { (when(ctx, c.opens_at)) " – " (when(ctx, c.closes_at)) " · " (ctx.t("cc-envelope")) " " (mad(ctx, c.envelope())) }
                }
            }
            nav.pager {
                @if page > 1 { a href={ (base) "?page=" (page - 1) } { (ctx.t("pagination-previous")) } " " }
                @if has_next { a href={ (base) "?page=" (page + 1) } { (ctx.t("pagination-next")) } }
            }
        },
    )
}

/// The call's terms, as the public and the staff see them.
pub(crate) fn terms(ctx: &Ctx, c: &CallRow) -> Markup {
    html! {
        dl {
            dt { (ctx.t("cc-window")) } dd { (when(ctx, c.opens_at)) " – " (when(ctx, c.closes_at)) " " span.muted { (ctx.t("cc-casablanca-time")) } }
            @if !c.themes.is_empty() { dt { (ctx.t("cc-themes")) } dd { (c.themes) } }
            dt { (ctx.t("cc-envelope")) } dd { (mad(ctx, c.envelope())) }
            dt { (ctx.t("cc-ceiling")) } dd { (mad(ctx, c.ceiling())) }
            dt { (ctx.t("cc-cofinancing")) } dd { (c.cofinancing_min_percent) " %" }
            dt { (ctx.t("cc-min-age")) } dd { (c.min_age_years) }
            dt { (ctx.t("cc-fields")) } dd { @if c.activity_fields.is_empty() { (ctx.t("cc-any-field")) } @else { (c.activity_fields) } }
            dt { (ctx.t("cc-tie-break")) } dd { (ctx.t(&format!("cc-tie-{}", c.tie_break))) }
        }
    }
}

/// The call's public documents.
pub(crate) fn documents(ctx: &Ctx, docs: &[(i64, String)]) -> Markup {
    html! {
        @if !docs.is_empty() {
            h2 { (ctx.t("cc-documents")) }
            ul { @for (id, name) in docs { li { a href={ "/uploads/" (id) } { (name) } } } }
        }
    }
}

pub(crate) fn grid(ctx: &Ctx, criteria: &[CriterionRow]) -> Markup {
    html! {
        table {
            (super::layout::head_row(ctx, &["cc-criterion", "cc-weight", "cc-scale", "cc-guidance"]))
            tbody { @for k in criteria { tr { td { (k.label(ctx.lang)) } td { (k.weight) } td { "0–" (k.max_score) } td { (k.guidance) } } } }
        }
    }
}

pub fn call_page(
    ctx: &Ctx,
    commune: &Commune,
    d: &CallPage,
    now: NaiveDateTime,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let c = &d.call;
    let base = format!("/{}/cocreation/{}", commune.slug, c.id);
    let open = c.status == CallStatus::Published && c.window(now) != Window::Closed;
    render(
        ctx,
        c.title(ctx.lang),
        html! {
            (flash(ctx, done))
            h1 { (c.title(ctx.lang)) " " (badge(ctx, c, now)) }
            p { (c.text(ctx.lang)) }
            (terms(ctx, c))
            (documents(ctx, &d.documents))
            @if open {
                p { a.button href={ (base) "/notes/new" } { (ctx.t("cc-new-note")) } }
            }
            @if c.status == CallStatus::Results {
                p { a.button href={ (base) "/results" } { (ctx.t("cc-results")) } }
            }
            h2 { (ctx.t("cc-grid")) }
            (grid(ctx, &d.criteria))
            h2 { (ctx.t("cc-meetings")) }
            @if d.meetings.is_empty() { p.muted { (ctx.t("cc-no-meetings")) } }
            @for (m, registered, mine) in &d.meetings {
                div.card {
                    strong { (when(ctx, m.starts_at)) " – " (when(ctx, m.ends_at)) }
                    div { (m.place(ctx.lang)) }
                    div.muted { (ctx.ta("cc-registered", &[("count", (*registered).into())])) }
                    @if let (Some(a), Some(o)) = (m.attendance, m.organisations_present) {
                        div { (ctx.ta("cc-attendance", &[("people", a.into()), ("organisations", o.into())])) }
                    }
                    @if *mine { div.badge { (ctx.t("cc-you-registered")) } }
                    @else if ctx.user.is_some() && m.starts_at > now {
                        (form::button_post(ctx, &format!("/{}/cocreation/meetings/{}/register", commune.slug, m.id), "cc-register", true))
                    }
                }
            }
            h2 { (ctx.t("cc-questions")) }
            @if d.questions.is_empty() { p.muted { (ctx.t("cc-no-questions")) } }
            @for q in &d.questions {
                div.card {
                    p { strong { (ctx.t("cc-question")) } " " (q.question) }
                    @if let Some(a) = &q.answer { p { strong { (ctx.t("cc-answer")) } " " (a) } }
                }
            }
            @if ctx.user.is_some() && c.status == CallStatus::Published {
                (form::post_form(ctx, errors, &format!("{base}/questions"), area(ctx, errors, "text", "cc-ask", ""), "cc-ask-submit"))
            }
        },
    )
}

pub fn results(ctx: &Ctx, commune: &Commune, r: &Ranking) -> Markup {
    let c = &r.call;
    let title = ctx.ta("cc-results-title", &[("call", c.title(ctx.lang).into())]);
    let base = format!("/{}/cocreation/{}", commune.slug, c.id);
    let granted = Money::sum(
        r.ranked
            .iter()
            .filter(|x| x.outcome == Outcome::Selected)
            .map(|x| x.requested),
    )
    .unwrap_or(Money::ZERO);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { a href=(base) { (c.title(ctx.lang)) } " · " a href={ (base) "/results.csv" } { (ctx.t("cc-csv")) } }
            p { (ctx.t("cc-envelope")) " " (mad(ctx, c.envelope())) " · " (ctx.t("cc-granted-total")) " " (mad(ctx, granted)) }
            table {
                thead { tr {
                    th scope="col" { (ctx.t("cc-rank")) }
                    th scope="col" { (ctx.t("cc-note-title")) }
                    th scope="col" { (ctx.t("cc-association")) }
                    @for k in &r.criteria { th scope="col" { (k.label(ctx.lang)) } }
                    th scope="col" { (ctx.t("cc-total")) }
                    th scope="col" { (ctx.t("cc-requested")) }
                    th scope="col" { (ctx.t("cc-outcome")) }
                } }
                tbody { @for x in &r.ranked { tr {
                    td { (x.rank) }
                    td { (x.note.title) }
                    td { (x.association.name(ctx.lang)) }
                    @for m in &x.aggregate.criteria { td { (m.mean.map(|v| v.to_string()).unwrap_or_else(|| "—".into())) } }
                    td { strong { (x.aggregate.total) } }
                    td { (mad(ctx, x.requested)) }
                    td { @if x.outcome == Outcome::Selected { span.badge { (ctx.t("cc-outcome-selected")) } } @else { (ctx.t("cc-outcome-does_not_fit")) } }
                } } }
            }
            @if !r.ineligible.is_empty() {
                p.muted { (ctx.ta("cc-ineligible-count", &[("count", r.ineligible.len().into())])) }
            }
        },
    )
}

/// The Atom feed of a commune's public calls (announcements and results).
pub fn atom(commune: &Commune, base_url: &str, rows: &[CallRow]) -> String {
    use crate::views::xml::escape;
    let site = format!(
        "{}/{}/cocreation",
        base_url.trim_end_matches('/'),
        commune.slug
    );
    let updated = rows.iter().map(|c| c.updated_at).max().unwrap_or_default();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>{}</title>\n<id>{}</id>\n<link href=\"{}\"/>\n<updated>{}Z</updated>\n",
        escape(&format!("{} — {}", commune.name_fr, "co-création")),
        escape(&site),
        escape(&site),
        updated.format("%Y-%m-%dT%H:%M:%S")
    );
    for c in rows {
        let link = format!("{site}/{}", c.id);
        let (kind, link) = if c.status == CallStatus::Results {
            ("results", format!("{link}/results"))
        } else {
            ("call", link)
        };
        out.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}#{}</id>\n<link href=\"{}\"/>\n<updated>{}Z</updated>\n<summary>{}</summary>\n</entry>\n",
            escape(&format!("{} / {}", c.title_ar, c.title_fr)),
            escape(&link),
            kind,
            escape(&link),
            c.updated_at.format("%Y-%m-%dT%H:%M:%S"),
            escape(&c.text_fr),
        ));
    }
    out.push_str("</feed>\n");
    out
}
