//! A commune's home for participation: what is open now, the next council session, the
//! latest deliberations and answers, the commune's figures, and the way to the council
//! roster. Texts written in one language carry `lang`/`dir`; texts written by people
//! (petition subjects) are isolated with `dir="auto"`; counts are grouped.

use crate::ctx::Ctx;
use crate::routes::communes::home::Home;
use crate::views::councils::public::session_name;
use crate::views::layout::render;
use maud::{html, Markup};
use musharaka_core::i18n::format_count;
use musharaka_core::time::format_date;
use musharaka_core::Lang;

/// `lang` and `dir` of a text the commune writes in Arabic and French only (titles of
/// sessions, consultations, calls): on a Tamazight page it is the French text, so it says so.
pub fn one_language(ctx: &Ctx) -> (Option<&'static str>, Option<&'static str>) {
    match ctx.lang {
        Lang::Tzm => (Some("fr"), Some("ltr")),
        _ => (None, None),
    }
}

fn date(ctx: &Ctx, d: chrono::NaiveDate) -> String {
    format_date(crate::state::i18n(), ctx.lang, d)
}

pub fn home(ctx: &Ctx, h: &Home, today: chrono::NaiveDate) -> Markup {
    let c = &h.commune;
    let name = c.name(ctx.lang);
    let slug = &c.slug;
    let (l1, d1) = one_language(ctx);
    let nothing_open = h.collecting.is_empty()
        && h.cycles.is_empty()
        && h.consultations.is_empty()
        && h.calls.is_empty();
    render(
        ctx,
        name,
        html! {
            div.commune-title {
                // The commune's emblem, when its admin uploaded one; the name beside it
                // says what it is, so the image is decorative.
                @if let Some(id) = c.logo_upload_id {
                    img.emblem src={ "/uploads/" (id) } alt="" width="64" height="64";
                }
                h1 { (name) }
            }
            p.muted {
                (c.province(ctx.lang)) " — " (c.region(ctx.lang)) " · "
                (ctx.ta("commune-population", &[("population", format_count(c.population).into()), ("year", c.census_year.into())]))
            }
            nav.admin aria-label=(ctx.t("home-sections")) {
                a href={ "/" (slug) "/petitions" } { (ctx.t("pet-list-link")) }
                a href={ "/" (slug) "/budgets" } { (ctx.t("pb-title")) }
                a href={ "/" (slug) "/consultations" } { (ctx.t("cons-list-link")) }
                a href={ "/" (slug) "/cocreation" } { (ctx.t("cc-list-link")) }
                a href={ "/" (slug) "/information" } { (ctx.t("req-home-link")) }
                a href={ "/" (slug) "/council" } { (ctx.t("commune-council-sessions")) }
                a href={ "/" (slug) "/members" } { (ctx.t("commune-council")) }
                a href={ "/" (slug) "/bodies" } { (ctx.t("bod-list-link")) }
                a href={ "/" (slug) "/programme" } { (ctx.t("prog-home-link")) }
            }

            h2 id="open" { (ctx.t("home-open-now")) }
            @if nothing_open { p.muted { (ctx.t("home-nothing-open")) } }
            div.grid {
                @for (p, n) in &h.collecting {
                    div.card.open {
                        span.badge.ok { (ctx.t("home-kind-petition")) }
                        h3 { a href={ "/" (slug) "/petitions/" (p.id) } dir="auto" { (p.subject) } }
                        @if let Some(t) = p.threshold {
                            @let pct = (n * 100 / i64::from(t.max(1))).min(100);
                            @let label = ctx.ta("pet-progress", &[("count", (*n).into()), ("threshold", t.into())]);
                            progress max="100" value=(pct) aria-label=(label) { (pct) "%" }
                            p.muted { (label) }
                        } @else {
                            p.muted { (ctx.ta("home-signatures", &[("count", (*n).into())])) }
                        }
                        a.button href={ "/" (slug) "/petitions/" (p.id) "/sign" } { (ctx.t("pet-sign")) }
                    }
                }
                @for (cy, phase, ballots) in &h.cycles {
                    @let base = format!("/{slug}/budgets/{}", cy.id);
                    div.card.open {
                        span.badge.ok { (ctx.t("pb-title")) " · " (ctx.t(&format!("pb-phase-{}", phase.key()))) }
                        h3 { a href=(base) lang=[l1] dir=[d1] { (cy.title(ctx.lang)) } }
                        p.muted { (ctx.ta("home-ballots", &[("count", (*ballots).into())])) }
                        @match phase {
                            musharaka_budgets::model::Phase::Voting => { a.button href={ (base) "/vote" } { (ctx.t("pb-vote")) } }
                            musharaka_budgets::model::Phase::Proposals => { a.button href={ (base) "/proposals/new" } { (ctx.t("pb-propose")) } }
                            musharaka_budgets::model::Phase::Results => { a.button href={ (base) "/results" } { (ctx.t("pb-tab-results")) } }
                            _ => { a.button.secondary href={ (base) "/proposals" } { (ctx.t("pb-tab-proposals")) } }
                        }
                    }
                }
                @for k in &h.consultations {
                    div.card.open {
                        span.badge.ok { (ctx.t("home-kind-consultation")) }
                        h3 { a href={ "/" (slug) "/consultations/" (k.id) } lang=[l1] dir=[d1] { (k.title(ctx.lang)) } }
                        p.muted { (ctx.ta("home-until", &[("date", date(ctx, k.closes_on).into())])) }
                    }
                }
                @for k in &h.calls {
                    div.card.open {
                        span.badge.ok { (ctx.t("home-kind-call")) }
                        h3 { a href={ "/" (slug) "/cocreation/" (k.id) } lang=[l1] dir=[d1] { (k.title(ctx.lang)) } }
                        p.muted { (ctx.ta("home-until", &[("date", date(ctx, musharaka_core::time::local_date(k.closes_at)).into())])) }
                    }
                }
                div.card {
                    span.badge { (ctx.t("home-kind-information")) }
                    p { (ctx.t("home-information-text")) }
                    a.button.secondary href={ "/" (slug) "/information" } { (ctx.t("req-home-link")) }
                }
            }

            h2 id="session" { (ctx.t("home-next-session")) }
            @match &h.next_session {
                Some(s) => {
                    div.card {
                        h3 { a href={ "/" (slug) "/council/sessions/" (s.session.id) } { (session_name(ctx, &s.session)) } }
                        p.muted {
                            (ctx.ta("home-session-dates", &[("start", date(ctx, s.session.starts_on).into()), ("end", date(ctx, s.session.ends_on).into())]))
                            @if s.session.starts_on >= today {
                                " · " (ctx.ta("home-in-days", &[("days", (s.session.starts_on - today).num_days().into())]))
                            }
                        }
                        @if !s.session.place.is_empty() { p { span dir="auto" { (s.session.place) } } }
                        @if s.items.is_empty() {
                            p.muted { (ctx.t("cp-agenda-empty")) }
                        } @else {
                            h4 { (ctx.t("cp-agenda")) }
                            ol {
                                @for i in &s.items { li lang=[l1] dir=[d1] { (i.title(ctx.lang)) } }
                            }
                        }
                    }
                }
                None => { p.muted { (ctx.t("cp-upcoming-none")) } }
            }

            div.grid {
                section {
                    h2 id="deliberations" { (ctx.t("home-latest-deliberations")) }
                    @if h.deliberations.is_empty() { p.muted { (ctx.t("cp-register-empty")) } }
                    ul.plain {
                        @for (d, item) in &h.deliberations {
                            li {
                                a href={ "/" (slug) "/council/deliberations/" (d.id) } { (ctx.ta("cp-deliberation-number", &[("number", d.number().into())])) }
                                " — " span lang=[l1] dir=[d1] { (item.title(ctx.lang)) }
                                br;
                                span.muted { (date(ctx, d.decided_on)) " · " (ctx.t(&format!("cp-outcome-{}", d.outcome))) }
                            }
                        }
                    }
                    p { a href={ "/" (slug) "/council/deliberations" } { (ctx.t("cp-register-title")) } }
                }
                section {
                    h2 id="answers" { (ctx.t("home-answers")) }
                    @if h.answered.is_empty() { p.muted { (ctx.t("home-no-answers")) } }
                    ul.plain {
                        @for p in &h.answered {
                            li {
                                a href={ "/" (slug) "/petitions/" (p.id) } dir="auto" { (p.subject) }
                                br;
                                span.muted { (ctx.t(&format!("pet-status-{}", p.status.key()))) }
                            }
                        }
                    }
                }
            }

            h2 id="figures" { (ctx.t("home-figures")) }
            div.grid.figures {
                div.card { strong { (format_count(h.petitions.filed as i64)) } div { (ctx.t("home-fig-petitions")) } }
                div.card { strong { (format_count(h.signatures)) } div { (ctx.t("home-fig-signatures")) } }
                div.card { strong { (format_count(h.petitions.accepted as i64)) } div { (ctx.t("pet-sum-accepted")) } }
                div.card { strong { (format_count(h.ballots)) } div { (ctx.t("home-fig-ballots")) } }
                div.card { strong { (format_count(h.members as i64)) } div { a href={ "/" (slug) "/members" } { (ctx.t("home-fig-members")) } } }
            }
        },
    )
}
