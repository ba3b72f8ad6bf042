//! Back-office pages of a commune.

use super::public::member_role;
use crate::ctx::Ctx;
use crate::forms::communes::{CommitteeForm, CommuneForm, MemberForm};
use crate::views::account::association_status;
use crate::views::form::{self, csrf, FieldErrors, Input};
use crate::views::layout::head_row;
use crate::views::layout::{flash, render, tabs};
use maud::{html, Markup};
use musharaka_communes::model::CommitteeWithMembers;
use musharaka_communes::rules::CompositionProblem;
use musharaka_communes::{rules, CommitteePurpose, Commune, CouncilMember, CouncilRole};
use musharaka_core::time::format_datetime;
use musharaka_core::Paged;
use musharaka_db::audit::AuditRecord;
use musharaka_identity::store::RoleRow;
use musharaka_identity::{Association, AssociationStatus, Role};

const TABS: [(&str, &str); 11] = [
    ("", "admin-dashboard"),
    ("/council", "admin-council"),
    ("/petitions", "admin-petitions"),
    ("/commune", "admin-commune"),
    ("/members", "admin-members"),
    ("/committees", "admin-committees"),
    ("/associations", "admin-associations"),
    ("/roles", "admin-roles"),
    ("/audit", "admin-audit"),
    ("/budgets", "pb-title"),
    ("/notices", "notices-admin-tab"),
];

/// `shell` for a page with forms: what was `done` (the flash), then the banner of a
/// refused form's `errors`, above `body`.
pub(crate) fn shell_with(
    ctx: &Ctx,
    commune: &Commune,
    current: &str,
    (done, errors): (Option<&str>, &FieldErrors),
    body: Markup,
) -> Markup {
    let body = html! {
        (form::summary(ctx, errors))
        (body)
    };
    shell_done(ctx, commune, current, done, body)
}

/// `shell` with what was `done` (the flash) above `body`.
pub(crate) fn shell_done(
    ctx: &Ctx,
    commune: &Commune,
    current: &str,
    done: Option<&str>,
    body: Markup,
) -> Markup {
    let body = html! {
        (flash(ctx, done))
        (body)
    };
    shell(ctx, commune, current, body)
}

pub(crate) fn shell(ctx: &Ctx, commune: &Commune, current: &str, body: Markup) -> Markup {
    let office = ctx.t_commune("admin-title", commune);
    let base = format!("/{}/admin", commune.slug);
    // Each subpage has its own title and heading: the tab's name, then the back office's.
    let tab = TABS
        .iter()
        .find(|(path, _)| *path == current && !path.is_empty())
        .map(|(_, label)| ctx.t(label));
    let title = match &tab {
        Some(tab) => format!("{tab} — {office}"),
        None => office.clone(),
    };
    render(
        ctx,
        &title,
        html! {
            @if let Some(tab) = &tab { h1 { (tab) } p.muted { (office) } } @else { h1 { (office) } }
            (tabs(ctx, &ctx.t("nav-admin"), &base, &TABS, current))
            (body)
        },
    )
}

pub fn staff_home(ctx: &Ctx, communes: &[Commune]) -> Markup {
    let title = ctx.t("nav-admin");
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            @if ctx.user.as_ref().is_some_and(|u| u.is_platform_admin()) {
                div.card {
                    h2 { (ctx.t("platform-title")) }
                    p { (ctx.t("platform-intro")) }
                    a.button href="/admin/platform/communes" { (ctx.t("platform-communes")) } " "
                    a href="/admin/platform/communes/new" { (ctx.t("platform-commune-new")) }
                }
            }
            @if communes.is_empty() { p.muted { (ctx.t("profile-no-roles")) } }
            ul.plain {
                @for c in communes {
                    li { a href={ "/" (c.slug) "/admin" } { (c.name(ctx.lang)) } }
                }
            }
        },
    )
}

pub struct DashboardStats {
    pub members: usize,
    pub committees: usize,
    pub pending_associations: i64,
    /// Arts. 25 and 27: what is wrong with the committees as a whole.
    pub problems: Vec<CompositionProblem>,
}

/// Arts. 25 and 27: a warning listing what is wrong with the council's committees (none
/// when lawful); the council votes on no item until they are put right.
pub fn composition_warning(ctx: &Ctx, problems: &[CompositionProblem]) -> Markup {
    html! {
        @if !problems.is_empty() {
            div.flash.warn role="alert" {
                p { strong { (ctx.t("council-error-committees-unlawful")) } }
                ul { @for p in problems { li { (ctx.t(p.message())) } } }
            }
        }
    }
}

pub fn dashboard(ctx: &Ctx, commune: &Commune, s: &DashboardStats, done: Option<&str>) -> Markup {
    let content = html! {
        div.grid {
            div.card {
                h2 { (ctx.t("admin-members")) }
                p { (ctx.ta("members-count", &[("count", s.members.into())])) }
                a href={ "/" (commune.slug) "/admin/members" } { (ctx.t("admin-edit")) }
            }
            div.card {
                h2 { (ctx.t("admin-committees")) }
                p { (s.committees) }
                (composition_warning(ctx, &s.problems))
                a href={ "/" (commune.slug) "/admin/committees" } { (ctx.t("admin-edit")) }
            }
            div.card {
                h2 { (ctx.t("admin-associations")) }
                p { (ctx.ta("admin-pending-associations", &[("count", s.pending_associations.into())])) }
                a href={ "/" (commune.slug) "/admin/associations?status=pending" } { (ctx.t("association-verify")) }
            }
        }
    };
    shell_done(ctx, commune, "", done, content)
}

/// The facts of a commune, as inputs (its own form and the platform's creation form).
pub(crate) fn commune_fields(ctx: &Ctx, errors: &FieldErrors, f: &CommuneForm) -> Markup {
    html! {
        (form::text(ctx, errors, "name_ar", "field-name-ar", &f.name_ar, true))
        (form::text(ctx, errors, "name_fr", "field-name-fr", &f.name_fr, true))
        (form::text(ctx, errors, "name_tzm", "field-name-tzm", &f.name_tzm, false))
        (form::text(ctx, errors, "region_ar", "field-region-ar", &f.region_ar, true))
        (form::text(ctx, errors, "region_fr", "field-region-fr", &f.region_fr, true))
        (form::text(ctx, errors, "province_ar", "field-province-ar", &f.province_ar, true))
        (form::text(ctx, errors, "province_fr", "field-province-fr", &f.province_fr, true))
        (form::input(ctx, errors, Input { name: "population", label: "field-population", value: &f.population, kind: "number", required: true }))
        (form::input(ctx, errors, Input { name: "census_year", label: "field-census-year", value: &f.census_year, kind: "number", required: true }))
        div.field {
            label { input type="checkbox" name="has_arrondissements" checked[f.has_arrondissements.is_some()]; " " (ctx.t("field-has-arrondissements")) }
        }
        (form::input(ctx, errors, Input { name: "email", label: "commune-email", value: &f.email, kind: "email", required: false }))
        (form::text(ctx, errors, "phone", "field-phone", &f.phone, false))
        (form::text(ctx, errors, "address_ar", "field-address-ar", &f.address_ar, false))
        (form::text(ctx, errors, "address_fr", "field-address-fr", &f.address_fr, false))
    }
}

pub fn commune_form(
    ctx: &Ctx,
    commune: &Commune,
    f: &CommuneForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let action = format!("/{}/admin/commune", commune.slug);
    let content = html! {
        (form::post_form(ctx, errors, &action, html! {
            (commune_fields(ctx, errors, f))
        }, "admin-save"))
        h2 { (ctx.t("field-logo")) }
        @if let Some(id) = commune.logo_upload_id { p { img src={ "/uploads/" (id) } alt="" height="64"; } }
        form.stack method="post" action={ (action) "/logo" } enctype="multipart/form-data" {
            (csrf(ctx))
            (form::file(ctx, errors, "logo", "field-logo", "image/png,image/jpeg"))
            div { button type="submit" { (ctx.t("admin-save")) } }
        }
    };
    shell_done(ctx, commune, "/commune", done, content)
}

pub fn members(
    ctx: &Ctx,
    commune: &Commune,
    members: &[CouncilMember],
    done: Option<&str>,
) -> Markup {
    let base = format!("/{}/admin/members", commune.slug);
    let content = html! {
        p { a.button href={ (base) "/new" } { (ctx.t("member-new")) } " " (ctx.ta("members-count", &[("count", members.len().into())])) }
        table {
            (head_row(ctx, &["col-name", "field-role", "field-gender", "field-group", "admin-actions"]))
            tbody {
                @for m in members {
                    tr {
                        td { bdi { (m.name(ctx.lang)) } }
                        td { (member_role(ctx, m)) }
                        td { (ctx.t(&format!("gender-{}", m.gender))) }
                        td { (m.political_group.clone().unwrap_or_default()) @if m.opposition { " " span.badge { (ctx.t("member-opposition")) } } }
                        td {
                            a href={ (base) "/" (m.id) } { (ctx.t("admin-edit")) } " "
                            (form::button_post(ctx, &format!("{base}/{}/delete", m.id), "admin-delete", true))
                        }
                    }
                }
            }
        }
    };
    shell_done(ctx, commune, "/members", done, content)
}

pub fn member_form(
    ctx: &Ctx,
    commune: &Commune,
    id: Option<i64>,
    f: &MemberForm,
    errors: &FieldErrors,
) -> Markup {
    let genders: Vec<(String, String)> = ["female", "male"]
        .iter()
        .map(|g| (g.to_string(), ctx.t(&format!("gender-{g}"))))
        .collect();
    let roles: Vec<(String, String)> = CouncilRole::ALL
        .iter()
        .map(|r| (r.key().to_string(), ctx.t(&format!("role-{}", r.key()))))
        .collect();
    entry_form(
        ctx,
        commune,
        ("members", id, "member-new"),
        errors,
        (&f.name_ar, &f.name_fr),
        html! {
            (form::select(ctx, errors, "gender", "field-gender", &genders, &f.gender))
            (form::select(ctx, errors, "role", "field-role", &roles, &f.role))
            (form::input(ctx, errors, Input { name: "vice_rank", label: "field-vice-rank", value: &f.vice_rank, kind: "number", required: false }))
            (form::text(ctx, errors, "political_group", "field-group", &f.political_group, false))
            div.field {
                label { input type="checkbox" name="opposition" checked[f.opposition.is_some()]; " " (ctx.t("field-opposition")) }
            }
            (form::date(ctx, errors, "term_start", "field-term-start", &f.term_start, true))
            (form::date(ctx, errors, "term_end", "field-term-end", &f.term_end, false))
        },
    )
}

/// The form of one entry of a back-office list (`page`: `members`, `committees`), new
/// (titled `new_title`) when `id` is none: its two names, then `fields`, then save and
/// cancel.
fn entry_form(
    ctx: &Ctx,
    commune: &Commune,
    (page, id, new_title): (&str, Option<i64>, &str),
    errors: &FieldErrors,
    (name_ar, name_fr): (&str, &str),
    fields: Markup,
) -> Markup {
    let list = format!("/{}/admin/{page}", commune.slug);
    let action = match id {
        Some(id) => format!("{list}/{id}"),
        None => list.clone(),
    };
    shell(
        ctx,
        commune,
        &format!("/{page}"),
        html! {
            h2 { (ctx.t(if id.is_some() { "admin-edit" } else { new_title })) }
            (form::summary(ctx, errors))
            form.stack method="post" action=(action) novalidate {
                (csrf(ctx))
                (form::text(ctx, errors, "name_ar", "field-name-ar", name_ar, true))
                (form::text(ctx, errors, "name_fr", "field-name-fr", name_fr, true))
                (fields)
                div { button type="submit" { (ctx.t("admin-save")) } " " a.button.secondary href=(list) { (ctx.t("admin-cancel")) } }
            }
        },
    )
}

pub fn committees(
    ctx: &Ctx,
    commune: &Commune,
    list: &[CommitteeWithMembers],
    members: &[CouncilMember],
    done: Option<&str>,
) -> Markup {
    let base = format!("/{}/admin/committees", commune.slug);
    let chair = |id: i64| {
        let m = members.iter().find(|m| m.id == id);
        html! {
            @if let Some(m) = m {
                bdi { (m.name(ctx.lang)) }
                @if m.opposition { " " span.badge { (ctx.t("member-opposition")) } }
            }
        }
    };
    let content = html! {
        p.muted { (ctx.t("committee-limit")) }
        @if rules::may_add_committee(list.len()) { p { a.button href={ (base) "/new" } { (ctx.t("committee-new")) } } }
        table {
            (head_row(ctx, &["col-name", "field-committee-purpose", "field-chair", "committee-members", "admin-actions"]))
            tbody {
                @for c in list {
                    tr {
                        td { (c.committee.name(ctx.lang)) }
                        td { (ctx.t(&format!("committee-purpose-{}", c.committee.purpose().key()))) }
                        td { @if let Some(id) = c.committee.chair_member_id { (chair(id)) } }
                        td { (c.member_ids.len()) }
                        td {
                            a href={ (base) "/" (c.committee.id) } { (ctx.t("admin-edit")) } " "
                            (form::button_post(ctx, &format!("{base}/{}/delete", c.committee.id), "admin-delete", true))
                        }
                    }
                }
            }
        }
    };
    shell_done(ctx, commune, "/committees", done, content)
}

pub fn committee_form(
    ctx: &Ctx,
    commune: &Commune,
    id: Option<i64>,
    f: &CommitteeForm,
    members: &[CouncilMember],
    errors: &FieldErrors,
) -> Markup {
    let purposes: Vec<(String, String)> = CommitteePurpose::ALL
        .iter()
        .map(|p| {
            let key = p.key();
            (key.to_string(), ctx.t(&format!("committee-purpose-{key}")))
        })
        .collect();
    let mut chairs = vec![(String::new(), ctx.t("field-none"))];
    chairs.extend(
        members
            .iter()
            .map(|m| (m.id.to_string(), m.name(ctx.lang).to_string())),
    );
    entry_form(
        ctx,
        commune,
        ("committees", id, "committee-new"),
        errors,
        (&f.name_ar, &f.name_fr),
        html! {
            (form::select(ctx, errors, "purpose", "field-committee-purpose", &purposes, &f.purpose))
            (form::select(ctx, errors, "chair_member_id", "field-chair", &chairs, &f.chair_member_id))
            (form::field(ctx, errors, "member_ids", "field-committee-members", html! {
                ul.plain {
                    @for m in members {
                        @let value = m.id.to_string();
                        li { label { input type="checkbox" name="member_ids" value=(value) checked[f.member_ids.contains(&value)]; " " bdi { (m.name(ctx.lang)) } } }
                    }
                }
            }))
        },
    )
}

pub(crate) fn pager(ctx: &Ctx, base: &str, page: i64, has_next: bool) -> Markup {
    let sep = if base.contains('?') { '&' } else { '?' };
    html! {
        nav.pagination aria-label=(ctx.ta("pagination-page", &[("page", page.into())])) {
            @if page > 1 { a rel="prev" href={ (base) (sep) "page=" (page - 1) } { (ctx.t("pagination-previous")) } }
            span { (ctx.ta("pagination-page", &[("page", page.into())])) }
            @if has_next { a rel="next" href={ (base) (sep) "page=" (page + 1) } { (ctx.t("pagination-next")) } }
        }
    }
}

/// The association files (with their owner's email) of one page, those with `status`
/// (all when none).
pub fn associations(
    ctx: &Ctx,
    commune: &Commune,
    paged: &Paged<(Association, String)>,
    status: Option<&str>,
    done: Option<&str>,
    errors: &FieldErrors,
) -> Markup {
    let (list, page, has_next) = (&paged.rows, paged.page.number(), paged.has_next);
    let base = format!("/{}/admin/associations", commune.slug);
    let filtered = match status {
        Some(s) => format!("{base}?status={s}"),
        None => base.clone(),
    };
    let content = html! {
        nav.admin {
            a href=(base) aria-current=[status.is_none().then_some("page")] { (ctx.t("admin-associations")) }
            @for s in ["pending", "verified", "rejected"] {
                a href={ (base) "?status=" (s) } aria-current=[(status == Some(s)).then_some("page")] { (ctx.t(&format!("association-tab-{s}"))) }
            }
        }
        @if list.is_empty() { p.muted { (ctx.t("associations-none")) } }
        @for (a, email) in list {
            div.card {
                strong { (a.name(ctx.lang)) } " " (association_status(ctx, a))
                dl {
                    dt { (ctx.t("field-receipt-number")) } dd { (a.receipt_number) " — " (a.receipt_date) }
                    dt { (ctx.t("field-founded-on")) } dd { (a.founded_on) }
                    dt { (ctx.t("field-activity")) } dd { (a.activity_field) }
                    dt { (ctx.t("col-email")) } dd { bdi { (email) } }
                }
                @if let Some(id) = a.statutes_upload_id { p { a href={ "/uploads/" (id) } { (ctx.t("association-statutes-link")) } } }
                @if a.status == AssociationStatus::Pending {
                    form.inline method="post" action={ (base) "/" (a.id) "/review" } {
                        (csrf(ctx))
                        input type="hidden" name="decision" value="verify";
                        button type="submit" { (ctx.t("association-verify")) }
                    }
                    form.stack method="post" action={ (base) "/" (a.id) "/review" } {
                        (csrf(ctx))
                        input type="hidden" name="decision" value="reject";
                        (form::text(ctx, errors, "reason", "field-reason", "", true))
                        div { button.danger type="submit" { (ctx.t("association-reject")) } }
                    }
                }
            }
        }
        (pager(ctx, &filtered, page, has_next))
    };
    shell_with(ctx, commune, "/associations", (done, errors), content)
}

pub fn roles(
    ctx: &Ctx,
    commune: &Commune,
    rows: &[RoleRow],
    email: &str,
    role: &str,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let base = format!("/{}/admin/roles", commune.slug);
    let options: Vec<(String, String)> = Role::ALL
        .iter()
        .map(|r| {
            (
                r.key().to_string(),
                ctx.t(&format!("role-name-{}", r.key())),
            )
        })
        .collect();
    let content = html! {
        @if rows.is_empty() { p.muted { (ctx.t("roles-none")) } }
        table {
            (head_row(ctx, &["col-name", "col-email", "col-role", "admin-actions"]))
            tbody {
                @for r in rows {
                    tr {
                        td { bdi { (r.name) } }
                        td { bdi { (r.email) } }
                        td { (ctx.t(&format!("role-name-{}", r.role))) }
                        td {
                            (form::button_post(ctx, &format!("{base}/{}/revoke", r.id), "roles-revoke", true))
                        }
                    }
                }
            }
        }
        h2 { (ctx.t("roles-grant")) }
        (form::post_form(ctx, errors, &base, html! {
            (form::input(ctx, errors, Input { name: "email", label: "roles-account-email", value: email, kind: "email", required: true }))
            (form::select(ctx, errors, "role", "col-role", &options, role))
        }, "roles-grant"))
    };
    shell_done(ctx, commune, "/roles", done, content)
}

pub fn audit(
    ctx: &Ctx,
    commune: &Commune,
    rows: &[(AuditRecord, String)],
    page: i64,
    has_next: bool,
) -> Markup {
    let base = format!("/{}/admin/audit", commune.slug);
    shell(
        ctx,
        commune,
        "/audit",
        html! {
            @if rows.is_empty() { p.muted { (ctx.t("audit-none")) } }
            table {
                (head_row(ctx, &["col-date", "col-actor", "col-action", "col-target"]))
                tbody {
                    @for (r, actor) in rows {
                        tr {
                            td { (format_datetime(crate::state::i18n(), ctx.lang, r.created_at)) }
                            td { bdi { (actor) } }
                            td { code { (r.action) } }
                            td { code { (r.target) } }
                        }
                    }
                }
            }
            (pager(ctx, &base, page, has_next))
        },
    )
}
