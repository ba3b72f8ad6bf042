//! `/admin/platform/holidays`: the entered movable holidays and the form to add one.

use crate::ctx::Ctx;
use crate::forms::councils::HolidayForm;
use crate::state::i18n;
use crate::views::form::{self, FieldErrors};
use crate::views::layout::head_row;
use crate::views::layout::{flash, render};
use maud::{html, Markup};
use musharaka_communes::holidays::Holiday;
use musharaka_core::calendar::{MovableHoliday, MOROCCO_FIXED_HOLIDAYS};
use musharaka_core::time::format_date;

const LIST: &str = "/admin/platform/holidays";

fn kind_label(ctx: &Ctx, key: &str) -> String {
    match MovableHoliday::from_key(key) {
        Some(k) => ctx.t(&format!("holiday-{}", k.key())),
        None => key.to_string(),
    }
}

pub fn page(
    ctx: &Ctx,
    rows: &[Holiday],
    f: &HolidayForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let title = ctx.t("holiday-title");
    let kinds: Vec<(String, String)> = MovableHoliday::ALL
        .iter()
        .map(|k| (k.key().to_string(), kind_label(ctx, k.key())))
        .collect();
    let fixed = MOROCCO_FIXED_HOLIDAYS
        .iter()
        .map(|h| format!("{:02}-{:02}", h.day, h.month))
        .collect::<Vec<_>>()
        .join(" · ");
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            nav.admin aria-label=(ctx.t("platform-title")) {
                a href="/admin/platform/communes" { (ctx.t("platform-communes")) }
                a href=(LIST) aria-current="page" { (title) }
            }
            (flash(ctx, done))
            p { (ctx.t("holiday-intro")) }
            p.muted { (ctx.t("holiday-fixed")) " " bdi dir="ltr" { (fixed) } }
            @if rows.is_empty() { p.muted { (ctx.t("holiday-none")) } }
            @else {
                table {
                    (head_row(ctx, &["holiday-day", "holiday-kind", "admin-actions"]))
                    tbody { @for h in rows { tr {
                        td { (format_date(i18n(), ctx.lang, h.day)) }
                        td { (kind_label(ctx, &h.kind)) }
                        td {
                            (form::button_post(ctx, &format!("{LIST}/{}/remove", h.id), "holiday-remove", true))
                        }
                    } } }
                }
            }
            h2 { (ctx.t("holiday-add")) }
            (form::post_form(ctx, errors, LIST, html! {
                (form::date(ctx, errors, "day", "holiday-day", &f.day, true))
                (form::select(ctx, errors, "kind", "holiday-kind", &kinds, &f.kind))
            }, "holiday-add"))
        },
    )
}
