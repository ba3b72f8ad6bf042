//! The back office of consultative bodies: the focal point creates bodies, sets their
//! targets and assigns secretaries; a body's secretary keeps its members, meetings, work
//! programme and opinions. Forms that were refused come back with their fields marked and
//! what was typed (`posted`).

use super::{composition, date, founding, opinion_badges, opinion_facts, status_badges, timeline};
use crate::ctx::Ctx;
use crate::views::communes::admin::{shell, shell_done, shell_with};
use crate::views::form::{self, csrf, post_form, FieldErrors};
use crate::views::layout::head_row;
use maud::{html, Markup};
use musharaka_bodies::records::{BodyRow, MemberRow};
use musharaka_bodies::service::{AdminBody, BodySummary, OpinionPage};
use musharaka_bodies::{
    ActivityStatus, AgeBand, BodyKind, BodyStatus, MemberGender, OpinionStatus, Seat,
};
use musharaka_communes::Commune;
use musharaka_core::time::format_datetime;

/// What a refused form had typed (field name → value), or `Null`.
pub type Posted = serde_json::Value;

fn val(p: &Posted, name: &str) -> String {
    p.get(name)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

fn textarea(ctx: &Ctx, errors: &FieldErrors, name: &str, label: &str, value: &str) -> Markup {
    form::textarea(ctx, errors, name, label, value, 5)
}

fn body_fields(ctx: &Ctx, errors: &FieldErrors, p: &Posted) -> Markup {
    let kinds = form::options(ctx, BodyKind::ALL, BodyKind::key, "bod-kind-");
    html! {
        (form::select(ctx, errors, "kind", "bod-field-kind", &kinds, &val(p, "kind")))
        (form::text(ctx, errors, "name_ar", "bod-field-name-ar", &val(p, "name_ar"), true))
        (form::text(ctx, errors, "name_fr", "bod-field-name-fr", &val(p, "name_fr"), true))
        (textarea(ctx, errors, "mission", "bod-field-mission", &val(p, "mission")))
        (form::text(ctx, errors, "founding_deliberation_id", "bod-field-founding-deliberation", &val(p, "founding_deliberation_id"), false))
        (form::text(ctx, errors, "founding_reference", "bod-field-founding-reference", &val(p, "founding_reference"), false))
        (form::text(ctx, errors, "target_women_pct", "bod-field-target-women", &val(p, "target_women_pct"), false))
        (form::text(ctx, errors, "target_youth_pct", "bod-field-target-youth", &val(p, "target_youth_pct"), false))
        (form::text(ctx, errors, "target_associations_pct", "bod-field-target-associations", &val(p, "target_associations_pct"), false))
    }
}

pub fn list(
    ctx: &Ctx,
    commune: &Commune,
    bodies: &[BodySummary],
    is_admin: bool,
    errors: &FieldErrors,
    p: &Posted,
) -> Markup {
    let base = format!("/{}/admin/bodies", commune.slug);
    shell(
        ctx,
        commune,
        "/bodies",
        html! {
            h2 { (ctx.t("bod-admin-title")) }
            @if bodies.is_empty() { p.muted { (ctx.t("bod-none")) } }
            @for s in bodies {
                div.card {
                    a href={ (base) "/" (s.body.id) } { strong { (s.body.name(ctx.lang)) } }
                    " " (status_badges(ctx, s))
                }
            }
            @if is_admin {
                h2 id="new" { (ctx.t("bod-new")) }
                (post_form(ctx, errors, &base, body_fields(ctx, errors, p), "bod-create"))
            }
        },
    )
}

fn posted_from_body(b: &BodyRow) -> Posted {
    let s = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
    serde_json::json!({
        "kind": b.kind.key(), "name_ar": b.name_ar, "name_fr": b.name_fr, "mission": b.mission,
        "founding_deliberation_id": b.founding_deliberation_id.map(|v| v.to_string()).unwrap_or_default(),
        "founding_reference": b.founding_reference.clone().unwrap_or_default(),
        "target_women_pct": s(b.target_women_pct), "target_youth_pct": s(b.target_youth_pct),
        "target_associations_pct": s(b.target_associations_pct),
    })
}

fn admin_part(ctx: &Ctx, base: &str, d: &AdminBody, errors: &FieldErrors, p: &Posted) -> Markup {
    let b = &d.page.summary.body;
    let p = if p.is_null() {
        posted_from_body(b)
    } else {
        p.clone()
    };
    html! {
        h3 id="facts" { (ctx.t("bod-edit")) }
        (post_form(ctx, errors, base, body_fields(ctx, errors, &p), "admin-save"))
        div {
            @for to in [BodyStatus::Active, BodyStatus::Dissolved] {
                @if b.status.can_become(to) {
                    form.inline method="post" action={ (base) "/status" } {
                        (csrf(ctx))
                        input type="hidden" name="status" value=(to.key());
                        button.secondary type="submit" { (ctx.t(&format!("bod-make-{}", to.key()))) }
                    }
                }
            }
        }
        form.stack method="post" action={ (base) "/rules" } enctype="multipart/form-data" {
            (csrf(ctx))
            (form::file(ctx, errors, "rules", "bod-rules", "application/pdf"))
            div { button type="submit" { (ctx.t("bod-upload")) } }
        }
        h3 id="secretaries" { (ctx.t("bod-secretaries")) }
        @if d.secretaries.is_empty() { p.muted { (ctx.t("bod-secretaries-none")) } }
        ul {
            @for s in &d.secretaries {
                li { (s.name) " · " (s.email) " "
                    (form::button_post(ctx, &format!("{base}/secretaries/{}/remove", s.account_id), "bod-unassign", true)) }
            }
        }
        (post_form(ctx, errors, &format!("{base}/secretaries"),
            form::input(ctx, errors, form::Input { name: "email", label: "bod-field-secretary-email", value: &val(&p, "email"), kind: "email", required: true }),
            "bod-assign"))
        h3 id="referral" { (ctx.t("bod-referral-new")) }
        (post_form(ctx, errors, &format!("{base}/referrals"), html! {
            (form::text(ctx, errors, "title", "bod-field-title", "", true))
            (textarea(ctx, errors, "text", "bod-field-question", ""))
            (form::date(ctx, errors, "deadline", "bod-field-deadline", "", true))
        }, "bod-request"))
    }
}

fn member_forms(
    ctx: &Ctx,
    base: &str,
    rows: &[MemberRow],
    today: chrono::NaiveDate,
    errors: &FieldErrors,
    p: &Posted,
) -> Markup {
    let seats = form::options(ctx, Seat::ALL, Seat::key, "bod-seat-");
    let genders = form::options(ctx, MemberGender::ALL, MemberGender::key, "bod-gender-");
    let ages = form::options(ctx, AgeBand::ALL, AgeBand::key, "bod-age-");
    let mut replaceable = vec![(String::new(), ctx.t("bod-replaces-nobody"))];
    replaceable.extend(
        rows.iter()
            .filter(|m| m.in_office(today))
            .map(|m| (m.id.to_string(), m.name.clone())),
    );
    html! {
        table {
            (head_row(ctx, &["bod-col-name", "bod-col-seat", "bod-col-gender", "bod-col-age", "bod-col-term", "col-status"]))
            tbody {
                @for m in rows {
                    tr {
                        td { (m.name) @if let Some(a) = &m.association_name { div.muted { (a) } } }
                        td { (ctx.t(&format!("bod-seat-{}", m.seat))) }
                        td { (ctx.t(&format!("bod-gender-{}", m.gender))) }
                        td { (ctx.t(&format!("bod-age-{}", m.age_band))) }
                        td { (date(ctx, m.term_start)) " – " (m.term_end.map(|d| date(ctx, d)).unwrap_or_default()) }
                        td {
                            @if let Some(l) = m.left_on { (ctx.ta("bod-member-left", &[("date", date(ctx, l).into())])) }
                            @else {
                                form.inline method="post" action={ (base) "/members/" (m.id) "/leave" } {
                                    (csrf(ctx))
                                    input type="date" name="left_on" aria-label=(ctx.t("bod-field-left-on")) value=(today.to_string());
                                    button.secondary type="submit" { (ctx.t("bod-leave")) }
                                }
                            }
                        }
                    }
                }
            }
        }
        h3 { (ctx.t("bod-member-new")) }
        (post_form(ctx, errors, &format!("{base}/members"), html! {
            (form::text(ctx, errors, "name", "bod-field-member-name", &val(p, "name"), true))
            (form::text(ctx, errors, "association_name", "bod-field-association", &val(p, "association_name"), false))
            (form::select(ctx, errors, "seat", "bod-field-seat", &seats, &val(p, "seat")))
            (form::select(ctx, errors, "gender", "bod-field-gender", &genders, &val(p, "gender")))
            (form::select(ctx, errors, "age_band", "bod-field-age", &ages, &val(p, "age_band")))
            (form::input(ctx, errors, form::Input { name: "email", label: "bod-field-member-email", value: &val(p, "email"), kind: "email", required: false }))
            (form::date(ctx, errors, "term_start", "bod-field-term-start", &val(p, "term_start"), true))
            (form::date(ctx, errors, "term_end", "bod-field-term-end", &val(p, "term_end"), false))
            (form::select(ctx, errors, "replaces_member_id", "bod-field-replaces", &replaceable, &val(p, "replaces_member_id")))
        }, "bod-add"))
    }
}

fn meeting_forms(ctx: &Ctx, base: &str, d: &AdminBody, errors: &FieldErrors, p: &Posted) -> Markup {
    html! {
        @for m in &d.page.meetings {
            div.card {
                strong { (date(ctx, m.held_on)) } " · " (m.place)
                " " span.badge { (ctx.t(if m.is_public { "bod-meeting-public" } else { "bod-meeting-internal" })) }
                p { (m.agenda) }
                form.stack method="post" action={ (base) "/meetings/" (m.id) "/minutes" } {
                    (csrf(ctx))
                    fieldset {
                        legend { (ctx.t("bod-attendance")) }
                        @for mem in d.page.members.iter().filter(|x| x.in_office(m.held_on)) {
                            @let present = d.attendance.iter().any(|(mid, x, p)| *mid == m.id && *x == mem.id && *p);
                            label { input type="checkbox" name="present" value=(mem.id) checked[present]; " " (mem.name) }
                        }
                    }
                    (textarea(ctx, errors, "minutes", "bod-minutes", &m.minutes.clone().unwrap_or_default()))
                    div { button type="submit" { (ctx.t("admin-save")) } }
                }
            }
        }
        h3 { (ctx.t("bod-meeting-new")) }
        (post_form(ctx, errors, &format!("{base}/meetings"), html! {
            (form::date(ctx, errors, "held_on", "bod-field-held-on", &val(p, "held_on"), true))
            (form::text(ctx, errors, "place", "bod-field-place", &val(p, "place"), true))
            (textarea(ctx, errors, "agenda", "bod-agenda", &val(p, "agenda")))
            label { input type="checkbox" name="is_public" value="on" checked[!val(p, "is_public").is_empty()]; " " (ctx.t("bod-field-public")) }
        }, "bod-convene"))
    }
}

fn programme_forms(
    ctx: &Ctx,
    base: &str,
    d: &AdminBody,
    errors: &FieldErrors,
    p: &Posted,
) -> Markup {
    let statuses = form::options(
        ctx,
        ActivityStatus::ALL,
        ActivityStatus::key,
        "bod-activity-",
    );
    html! {
        @for a in &d.page.activities {
            form.inline method="post" action={ (base) "/activities/" (a.id) } {
                (csrf(ctx))
                strong { (a.year) " · " (a.title) } " "
                select name="status" aria-label=(ctx.t("col-status")) {
                    @for (v, t) in &statuses { option value=(v) selected[*v == a.status.key()] { (t) } }
                }
                input name="output" aria-label=(ctx.t("bod-col-output")) value=(a.output.clone().unwrap_or_default());
                button.secondary type="submit" { (ctx.t("admin-save")) }
            }
        }
        h3 { (ctx.t("bod-activity-new")) }
        (post_form(ctx, errors, &format!("{base}/activities"), html! {
            (form::text(ctx, errors, "year", "bod-col-year", &val(p, "year"), true))
            (form::text(ctx, errors, "title", "bod-col-activity", &val(p, "title"), true))
            (form::date(ctx, errors, "planned_on", "bod-col-date", &val(p, "planned_on"), false))
        }, "bod-add"))
    }
}

pub fn body(
    ctx: &Ctx,
    commune: &Commune,
    d: &AdminBody,
    today: chrono::NaiveDate,
    errors: &FieldErrors,
    p: &Posted,
    done: Option<&str>,
) -> Markup {
    let b = &d.page.summary.body;
    let base = format!("/{}/admin/bodies/{}", commune.slug, b.id);
    let kinds = [
        ("own".to_string(), ctx.t("bod-opinion-kind-own")),
        ("remarks".to_string(), ctx.t("bod-opinion-kind-remarks")),
    ];
    let content = html! {
        h2 { (b.name(ctx.lang)) }
        p { (status_badges(ctx, &d.page.summary)) " " a href={ "/" (commune.slug) "/bodies/" (b.id) } { (ctx.t("bod-public-page")) } }
        (founding(ctx, commune, b))
        (composition(ctx, &d.page.summary))
        @if d.is_admin { (admin_part(ctx, &base, d, errors, p)) }
        h3 id="members" { (ctx.t("bod-members")) }
        (member_forms(ctx, &base, &d.page.members, today, errors, p))
        h3 id="opinions" { (ctx.t("bod-opinions")) }
        @for o in &d.page.opinions {
            div.card {
                a href={ "/" (commune.slug) "/admin/opinions/" (o.id) } { strong { (o.title) } }
                " " (opinion_badges(ctx, o, today))
            }
        }
        h3 { (ctx.t("bod-opinion-new")) }
        (post_form(ctx, errors, &format!("{base}/opinions"), html! {
            (form::select(ctx, errors, "kind", "bod-field-opinion-kind", &kinds, &val(p, "kind")))
            (form::text(ctx, errors, "title", "bod-field-title", &val(p, "title"), true))
            (textarea(ctx, errors, "text", "bod-text", &val(p, "text")))
            (form::text(ctx, errors, "target_document", "bod-target-document", &val(p, "target_document"), false))
            (form::text(ctx, errors, "target_section", "bod-field-section", &val(p, "target_section"), false))
        }, "bod-create"))
        h3 id="meetings" { (ctx.t("bod-meetings")) }
        (meeting_forms(ctx, &base, d, errors, p))
        h3 id="programme" { (ctx.t("bod-programme")) }
        (programme_forms(ctx, &base, d, errors, p))
    };
    shell_with(ctx, commune, "/bodies", (done, errors), content)
}

pub fn opinion(
    ctx: &Ctx,
    commune: &Commune,
    d: &OpinionPage,
    runs: bool,
    today: chrono::NaiveDate,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let o = &d.opinion;
    let base = format!("/{}/admin/opinions/{}", commune.slug, o.id);
    let content = html! {
        p { a href={ "/" (commune.slug) "/admin/bodies/" (d.body.id) } { (d.body.name(ctx.lang)) } }
        h2 { (o.title) }
        (opinion_facts(ctx, commune, o, today, true))
        p { a href={ "/" (commune.slug) "/bodies/" (d.body.id) "/opinions/" (o.id) } { (ctx.t("bod-public-page")) } }
        @if runs && o.status == OpinionStatus::Draft {
            h3 { (ctx.t("bod-edit-text")) }
            (post_form(ctx, errors, &format!("{base}/edit"), html! {
                input type="hidden" name="version" value=(o.version);
                (form::text(ctx, errors, "title", "bod-field-title", &o.title, true))
                (textarea(ctx, errors, "text", "bod-text", &o.text))
            }, "bod-save-version"))
            h3 { (ctx.t("bod-adopt")) }
            (post_form(ctx, errors, &format!("{base}/adopt"), html! {
                (form::select(ctx, errors, "adoption", "bod-field-adoption",
                    &[("consensus".into(), ctx.t("bod-adoption-consensus")), ("vote".into(), ctx.t("bod-adoption-vote"))], "consensus"))
                (form::text(ctx, errors, "votes_for", "bod-field-votes-for", "", false))
                (form::text(ctx, errors, "votes_against", "bod-field-votes-against", "", false))
                (form::text(ctx, errors, "votes_abstaining", "bod-field-votes-abstaining", "", false))
                (form::date(ctx, errors, "adopted_on", "bod-field-adopted-on", &today.to_string(), true))
            }, "bod-adopt"))
        }
        @if runs && o.status == OpinionStatus::Adopted {
            (form::button_post(ctx, &format!("{base}/transmit"), "bod-transmit", false))
        }
        h3 { (ctx.t("bod-versions")) }
        ol {
            @for v in &d.versions {
                li { (ctx.ta("bod-version", &[("n", v.version.into()), ("editor", v.editor_name.clone().into())])) " — "
                    (format_datetime(crate::state::i18n(), ctx.lang, v.created_at)) }
            }
        }
        (timeline(ctx, commune, &d.events))
    };
    shell_done(ctx, commune, "/bodies", done, content)
}
