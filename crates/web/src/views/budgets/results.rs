//! Results (page, chart, CSV), follow-up and the Atom feed of updates.

use super::*;
use crate::views::layout::head_row;

pub fn results_closed(ctx: &Ctx, commune: &Commune, data: &CycleData) -> Markup {
    render(
        ctx,
        &ctx.t("pb-tab-results"),
        html! {
            (cycle_nav(ctx, commune, data, "/results"))
            p.muted { (ctx.t("pb-results-not-yet")) }
            p { (ctx.ta("pb-turnout", &[("count", data.turnout.into())])) }
        },
    )
}

use crate::views::xml::escape as xml_escape;

/// The results as CSV in `lang`, one row per proposal (headers, district names and the
/// rule translated; text cells neutralised against formula injection).
pub fn results_csv(
    results: &[DistrictResult],
    lang: musharaka_core::Lang,
) -> Result<String, csv::Error> {
    let table =
        musharaka_budgets::open_data::results_table(results, lang == musharaka_core::Lang::Ar);
    crate::views::data::export::csv(&table, lang)
}

/// Splits a label into lines of at most `width` characters, at spaces where it can (a
/// word longer than a line is cut): the chart draws every line, so nothing is clipped.
pub(crate) fn wrap_label(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..width).collect());
        }
        let word: String = word.into_iter().collect();
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Chart geometry, in SVG user units (about CSS pixels on a 360 px phone).
const CHART_WIDTH: u64 = 320;
const CHART_PAD: u64 = 2;
const LINE: u64 = 17;
const BAR: u64 = 16;
const LABEL_CHARS: usize = 36;
/// Room kept after the longest bar for its count.
const COUNT_ROOM: u64 = 64;

/// A horizontal bar chart of votes, drawn on the server; winners are filled. Each
/// project's full title is written above its bar (wrapped, never cut), the count beside
/// the bar's end (inside it when the bar is long), all laid out from the page's start
/// side: right to left in Arabic, left to right in French. The data table beside it
/// carries the same figures.
pub(super) fn chart(ctx: &Ctx, r: &DistrictResult) -> Markup {
    let rtl = ctx.lang.dir() == "rtl";
    // A logical position (from the start side) to an x coordinate.
    let x = |logical: u64| if rtl { CHART_WIDTH - logical } else { logical };
    let max = r.projects.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let span = CHART_WIDTH - 2 * CHART_PAD - COUNT_ROOM;
    let mut body = String::new();
    let mut y = 0u64;
    for (p, v) in &r.projects {
        for line in wrap_label(&p.title, LABEL_CHARS) {
            y += LINE;
            body.push_str(&format!(
                r#"<text x="{}" y="{}" text-anchor="start">{}</text>"#,
                x(CHART_PAD),
                y - 4,
                xml_escape(&line)
            ));
        }
        let w = (v.saturating_mul(span) / max).max(1);
        let winner = r.outcome.winners.contains(&p.id);
        let fill = if winner { "#1b6e3a" } else { "#b9c4bd" };
        let bar_x = if rtl {
            CHART_WIDTH - CHART_PAD - w
        } else {
            CHART_PAD
        };
        body.push_str(&format!(
            r#"<rect x="{bar_x}" y="{}" width="{w}" height="{BAR}" fill="{fill}"/>"#,
            y + 1
        ));
        let count = musharaka_core::i18n::format_count(i64::try_from(*v).unwrap_or(i64::MAX));
        // The count after the bar's end; a bar too long to leave room gets it inside.
        let (at, anchor, color) = if w + COUNT_ROOM > span + 8 && w > 48 {
            (
                CHART_PAD + w - 4,
                "end",
                if winner { "#fff" } else { "#1d2433" },
            )
        } else {
            (CHART_PAD + w + 4, "start", "#1d2433")
        };
        body.push_str(&format!(
            r#"<text x="{}" y="{}" text-anchor="{anchor}" fill="{color}" font-weight="600">{count}</text>"#,
            x(at),
            y + BAR - 2
        ));
        y += BAR + 10;
    }
    let height = y.max(1);
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {CHART_WIDTH} {height}" width="{CHART_WIDTH}" height="{height}" role="img" aria-label="{}" direction="{}" font-size="13" fill="#1d2433">{body}</svg>"##,
        xml_escape(&ctx.t("pb-chart")),
        ctx.lang.dir()
    );
    PreEscaped(svg)
}

pub(super) fn outcome_list(ctx: &Ctx, r: &DistrictResult, o: &RuleOutcome) -> Markup {
    html! {
        div.card {
            h4 { (ctx.t(&format!("pb-rule-{}", o.rule))) }
            ol {
                @for id in &o.winners {
                    @if let Some((p, _)) = r.projects.iter().find(|(p, _)| p.id == *id) {
                        li { bdi { (p.title) } " — " (mad(ctx, p.cost_cents())) }
                    }
                }
            }
            p.muted { (ctx.ta("pb-total-cost", &[("amount", Money::from_centimes(o.total_cents).format(ctx.lang).into())])) }
        }
    }
}

pub fn results(
    ctx: &Ctx,
    commune: &Commune,
    data: &CycleData,
    results: &[DistrictResult],
) -> Markup {
    let b = base(commune, &data.cycle);
    let rule = data.cycle.rule();
    render(
        ctx,
        &ctx.t("pb-tab-results"),
        html! {
            (cycle_nav(ctx, commune, data, "/results"))
            p { (ctx.ta("pb-turnout", &[("count", data.turnout.into())])) }
            p { (ctx.t("pb-rule")) ": " strong { (ctx.t(&format!("pb-rule-{}", rule.name()))) }
                " · " (ctx.t("pb-tie-break")) ": " (ctx.t(&format!("pb-tie-{}", data.cycle.rulebook().tie_break.key()))) }
            p { a href={ (b) "/results.csv" } { (ctx.t("pb-csv")) } " · "
                a href={ "/api/v1/communes/" (commune.slug) "/budgets/" (data.cycle.id) "/results" } { "JSON" } }
            @for r in results {
                section {
                    h2 { (district_label(ctx, &r.district)) " — " (mad(ctx, r.district.amount_cents)) }
                    p.muted { (ctx.ta("pb-voters", &[("count", r.voters.into())])) " · "
                        a href={ (b) "/pabulib.pb?district=" (r.district.id) } { (ctx.t("pb-pabulib")) } }
                    div.chart-pair {
                    table {
                        (head_row(ctx, &["pb-proposal-title", "pb-votes-col", "pb-amount-col", "pb-selected"]))
                        tbody {
                            @for (p, v) in &r.projects {
                                tr {
                                    td { a href={ (b) "/proposals/" (p.id) } { bdi { (p.title) } } }
                                    td.num { (musharaka_core::i18n::format_count(i64::try_from(*v).unwrap_or(i64::MAX))) }
                                    td.num { (mad(ctx, p.cost_cents())) }
                                    td { @if r.outcome.winners.contains(&p.id) { "✓" } }
                                }
                            }
                        }
                    }
                    figure { (chart(ctx, r)) figcaption.muted { (ctx.t("pb-chart")) } }
                    }
                    h3 { (ctx.t("pb-compare")) }
                    div.grid {
                        (outcome_list(ctx, r, &r.greedy))
                        (outcome_list(ctx, r, &r.equal_shares))
                    }
                }
            }
        },
    )
}

pub fn follow_up(
    ctx: &Ctx,
    commune: &Commune,
    data: &CycleData,
    selected: &[Proposal],
    updates: &Updates,
) -> Markup {
    let b = base(commune, &data.cycle);
    render(
        ctx,
        &ctx.t("pb-tab-follow-up"),
        html! {
            (cycle_nav(ctx, commune, data, "/follow-up"))
            p { a href={ (b) "/updates.atom" } { (ctx.t("pb-atom")) } }
            table {
                (head_row(ctx, &["pb-proposal-title", "pb-district", "pb-status", "pb-progress"]))
                tbody {
                    @for p in selected {
                        tr {
                            td { a href={ (b) "/proposals/" (p.id) } { bdi { (p.title) } } }
                            td { (district_name(ctx, data, p.district_id)) }
                            td { (p.impl_status().map(|s| ctx.t(&format!("pb-impl-{}", s.key()))).unwrap_or_default()) }
                            td { progress max="100" value=(p.progress) aria-label=(ctx.t("pb-progress")) { (p.progress) "%" } " " (p.progress) "%" }
                        }
                    }
                }
            }
            h2 { (ctx.t("pb-updates")) }
            ul {
                @for u in &updates.list {
                    @let title = selected.iter().find(|p| p.id == u.proposal_id).map(|p| p.title.as_str()).unwrap_or_default();
                    li { strong { (date(ctx, u.created_at)) } " — "
                        a href={ (b) "/proposals/" (u.proposal_id) "#update-" (u.id) } { "#" (u.proposal_id) } " — " (u.body)
                        (update_photos(ctx, title, updates.photos_of(u))) }
                }
            }
        },
    )
}

/// The Atom feed of follow-up updates.
pub fn atom(
    ctx: &Ctx,
    base_url: &str,
    commune: &Commune,
    cycle: &Cycle,
    proposals: &[Proposal],
    updates: &Updates,
) -> String {
    let root = base_url.trim_end_matches('/');
    let page = format!("{root}/{}/budgets/{}/follow-up", commune.slug, cycle.id);
    let updated = updates
        .list
        .first()
        .map(|u| u.created_at)
        .unwrap_or(cycle.created_at);
    let mut out = String::from(r#"<?xml version="1.0" encoding="utf-8"?>"#);
    out.push_str(r#"<feed xmlns="http://www.w3.org/2005/Atom">"#);
    out.push_str(&format!(
        "<title>{}</title><id>{}</id><link href=\"{}\"/><updated>{}Z</updated>",
        xml_escape(cycle.title(ctx.lang)),
        xml_escape(&page),
        xml_escape(&page),
        updated.format("%Y-%m-%dT%H:%M:%S")
    ));
    for u in &updates.list {
        let title = proposals
            .iter()
            .find(|p| p.id == u.proposal_id)
            .map(|p| p.title.as_str())
            .unwrap_or_default();
        let link = format!(
            "{root}/{}/budgets/{}/proposals/{}",
            commune.slug, cycle.id, u.proposal_id
        );
        // Each photo is an enclosure of the entry (its address and type are public).
        let photos: String = updates
            .photos_of(u)
            .iter()
            .map(|ph| {
                format!(
                    "<link rel=\"enclosure\" href=\"{root}/uploads/{}\" type=\"{}\" length=\"{}\"/>",
                    ph.upload_id,
                    xml_escape(&ph.content_type),
                    ph.size_bytes
                )
            })
            .collect();
        out.push_str(&format!(
            "<entry><title>{} — {}%</title><id>{link}#update-{}</id><link href=\"{link}#update-{}\"/>{photos}<updated>{}Z</updated><summary>{}</summary></entry>",
            xml_escape(title),
            u.progress,
            u.id,
            u.id,
            u.created_at.format("%Y-%m-%dT%H:%M:%S"),
            xml_escape(&format!("{} — {}", format_datetime(i18n(), ctx.lang, u.created_at), u.body)),
        ));
    }
    out.push_str("</feed>");
    out
}
