//! An indicator's values over time as a small SVG line chart, drawn on the server: the
//! baseline and the target as dashed lines, the values as points joined by a line, the
//! first and last dates under the axis, the scale on the start side and a legend below.
//! Right-to-left pages mirror the time axis (time runs from right to left, the scale on
//! the right) and set the text direction. Fixed size (280 px wide: fits a card on a 360 px screen
//! unscaled), every text at least 12 px, labels placed so that none overlaps.

use super::*;
use crate::views::xml::escape;
use maud::PreEscaped;

/// The chart's width and height, in CSS pixels (drawn 1:1).
pub const WIDTH: i64 = 280;
const HEIGHT: i64 = 200;
const FONT: i64 = 12;
/// The plot area, in logical coordinates (start side = 0).
const X0: i64 = 56;
const X1: i64 = 270;
const TOP: i64 = 12;
const BOTTOM: i64 = 110;

pub fn indicator_chart(ctx: &Ctx, i: &IndicatorView) -> Markup {
    let rtl = ctx.lang.dir() == "rtl";
    // Mirrors a logical x (0 at the start side) for right-to-left pages.
    let x = |logical: i64| if rtl { WIDTH - logical } else { logical };
    let r = &i.row;
    let mut lo = r.baseline.min(r.target);
    let mut hi = r.baseline.max(r.target);
    for v in &i.values {
        lo = lo.min(v.value);
        hi = hi.max(v.value);
    }
    if hi == lo {
        hi = lo.saturating_add(100);
    }
    let span = i128::from(hi) - i128::from(lo);
    let y = |v: i64| -> i64 {
        let off = (i128::from(v) - i128::from(lo)) * i128::from(BOTTOM - TOP) / span;
        BOTTOM - off as i64
    };
    let first = i.values.first().map(|v| v.measured_on);
    let last = i.values.last().map(|v| v.measured_on);
    let days = match (first, last) {
        (Some(a), Some(b)) => (b - a).num_days().max(1),
        _ => 1,
    };
    let px = |d: chrono::NaiveDate| -> i64 {
        let from = first.map_or(0, |f| (d - f).num_days());
        if i.values.len() == 1 {
            (X0 + X1) / 2
        } else {
            X0 + from * (X1 - X0) / days
        }
    };
    let label = ctx.ta("prog-chart-label", &[("name", r.name.clone().into())]);
    let dir = if rtl { "rtl" } else { "ltr" };
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="prog-chart" width="{WIDTH}" height="{HEIGHT}" style="max-width:100%;height:auto" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{}" direction="{dir}" font-family="sans-serif" font-size="{FONT}">"#,
        escape(&label)
    );
    // Axis and frame.
    svg.push_str(&format!(
        r##"<line x1="{}" y1="{BOTTOM}" x2="{}" y2="{BOTTOM}" stroke="#555"/><line x1="{}" y1="{TOP}" x2="{}" y2="{BOTTOM}" stroke="#555"/>"##,
        x(X0), x(X1), x(X0), x(X0)
    ));
    // The scale: highest and lowest, on the start side (far apart: never overlapping).
    for (v, yy) in [(hi, TOP + 4), (lo, BOTTOM)] {
        svg.push_str(&format!(
            r#"<text x="{}" y="{yy}" text-anchor="{}" direction="ltr" unicode-bidi="embed">{}</text>"#,
            if rtl { x(X0) + 4 } else { x(X0) - 4 },
            if rtl { "start" } else { "end" },
            escape(&Quantity(v).format(ctx.lang))
        ));
    }
    // Baseline (grey) and target (green), dashed.
    for (v, colour) in [(r.baseline, "#777"), (r.target, "#1b6e3a")] {
        svg.push_str(&format!(
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{colour}" stroke-dasharray="4 3"/>"#,
            x(X0),
            x(X1),
            y = y(v)
        ));
    }
    // The values.
    let points: Vec<String> = i
        .values
        .iter()
        .map(|v| format!("{},{}", x(px(v.measured_on)), y(v.value)))
        .collect();
    if points.len() > 1 {
        svg.push_str(&format!(
            r##"<polyline points="{}" fill="none" stroke="#0b4f8a" stroke-width="2"/>"##,
            points.join(" ")
        ));
    }
    for v in &i.values {
        svg.push_str(&format!(
            r##"<circle cx="{}" cy="{}" r="3.5" fill="#0b4f8a"/>"##,
            x(px(v.measured_on)),
            y(v.value)
        ));
    }
    // First and last dates under the axis, anchored away from each other.
    let date_y = BOTTOM + 16;
    if let Some(f) = first {
        let (pos, anchor) = if i.values.len() == 1 {
            ((X0 + X1) / 2, "middle")
        } else {
            (X0, "start")
        };
        svg.push_str(&format!(
            r#"<text x="{}" y="{date_y}" text-anchor="{anchor}">{}</text>"#,
            x(pos),
            escape(&f.to_string())
        ));
    }
    if let (Some(l), true) = (last, i.values.len() > 1) {
        svg.push_str(&format!(
            r#"<text x="{}" y="{date_y}" text-anchor="end">{}</text>"#,
            x(X1),
            escape(&l.to_string())
        ));
    }
    // Legend: one line each, 20 px apart.
    let latest = i.values.last();
    let legend = [
        (
            "#1b6e3a",
            ctx.ta(
                "prog-chart-target",
                &[("value", qty(ctx, r.target, &r.unit).into())],
            ),
        ),
        (
            "#777",
            ctx.ta(
                "prog-chart-baseline",
                &[("value", qty(ctx, r.baseline, &r.unit).into())],
            ),
        ),
        (
            "#0b4f8a",
            ctx.ta(
                "prog-chart-latest",
                &[(
                    "value",
                    latest
                        .map(|v| qty(ctx, v.value, &r.unit))
                        .unwrap_or_default()
                        .into(),
                )],
            ),
        ),
    ];
    for (n, (colour, text)) in legend.iter().enumerate() {
        let ly = date_y + 22 + n as i64 * 20;
        svg.push_str(&format!(
            r#"<rect x="{}" y="{}" width="12" height="4" fill="{colour}"/><text x="{}" y="{ly}" text-anchor="start">{}</text>"#,
            if rtl { x(4) - 12 } else { x(4) },
            ly - 5,
            x(22),
            escape(text)
        ));
    }
    svg.push_str("</svg>");
    PreEscaped(svg)
}
