//! Participation figures (a table and a chart of `meter` bars, no script) and the open
//! results of the questionnaire: aggregates only, through the small-group rule.

use super::base;
use crate::ctx::Ctx;
use crate::views::layout::{head_row, render};
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_consultations::rules::{Cell, Figures};
use musharaka_consultations::service::Results;
use musharaka_consultations::QuestionKind;

fn cell_label(ctx: &Ctx, dimension: &str, key: &str) -> String {
    match dimension {
        "district" if key != "other" => key.to_string(),
        _ => ctx.t(&format!("cons-fig-{key}")),
    }
}

fn dimension(ctx: &Ctx, name: &str, cells: &[Cell], total: i64) -> Markup {
    html! {
        @if !cells.is_empty() {
            h3 { (ctx.t(&format!("cons-fig-by-{name}"))) }
            table {
                (head_row(ctx, &["cons-fig-group", "cons-fig-count", "cons-fig-chart"]))
                tbody {
                    @for c in cells {
                        tr {
                            td { bdi { (cell_label(ctx, name, &c.key)) } }
                            @match c.count {
                                Some(n) => {
                                    td { (n) }
                                    td { meter min="0" max=(total.max(1)) value=(n) { (n) } }
                                }
                                None => { td { (ctx.t("cons-fig-small")) } td {} }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The figures of a consultation (or their national sum) as tables with bars.
pub fn figures_table(ctx: &Ctx, f: &Figures) -> Markup {
    html! {
        p { strong { (f.total) } " " (ctx.t("cons-fig-total")) }
        p.muted { (ctx.t("cons-fig-small-rule")) }
        (dimension(ctx, "channel", &f.by_channel, f.total))
        (dimension(ctx, "category", &f.by_category, f.total))
        (dimension(ctx, "gender", &f.by_gender, f.total))
        (dimension(ctx, "age_band", &f.by_age_band, f.total))
        (dimension(ctx, "district", &f.by_district, f.total))
    }
}

/// The results page: each question's aggregate, the figures, and the open data links.
pub fn results(ctx: &Ctx, commune: &Commune, r: &Results) -> Markup {
    let c = &r.consultation;
    let url = base(commune, c.id);
    let title = ctx.ta("cons-results-title", &[("title", c.title(ctx.lang).into())]);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { a href=(url) { (c.title(ctx.lang)) } " · "
                a href={ (url) "/results.csv" } { (ctx.t("cons-csv")) } " · "
                a href={ (url) "/results.json" } { (ctx.t("cons-json")) } }
            p { (ctx.ta("cons-responses", &[("online", r.responses_online.into()), ("paper", r.responses_paper.into())])) }
            @for q in &r.questions {
                section.card {
                    h3 { (q.question.position) ". " (q.question.prompt(ctx.lang)) }
                    p.muted { (ctx.ta("cons-answered-count", &[("count", q.tally.answered.into())])) }
                    @let options = q.question.option_list();
                    @if !options.is_empty() {
                        @let max = q.tally.per_option.iter().copied().max().unwrap_or(0).max(1);
                        table {
                            (head_row(ctx, &["cons-option", if q.question.kind() == QuestionKind::Ranking { "cons-score" } else { "cons-fig-count" }, "cons-fig-chart"]))
                            tbody {
                                @for (i, (ar, fr)) in options.iter().enumerate() {
                                    @let n = q.tally.per_option.get(i).copied().unwrap_or(0);
                                    tr {
                                        td { (if ctx.lang == musharaka_core::Lang::Ar { ar } else { fr }) }
                                        td { (n) }
                                        td { meter min="0" max=(max) value=(n) { (n) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (ctx.t("cons-figures")) }
            (figures_table(ctx, &r.figures))
        },
    )
}

/// The national sum of participation in every commune's published consultations.
pub fn national(ctx: &Ctx, consultations: usize, f: &Figures) -> Markup {
    let title = ctx.t("cons-national-title");
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { (ctx.ta("cons-national-count", &[("count", consultations.into())])) }
            (figures_table(ctx, f))
        },
    )
}
