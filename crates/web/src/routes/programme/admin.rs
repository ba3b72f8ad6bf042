//! The back office: every form goes through `on_list` / `on_page` — its fields read
//! (`forms::programme`), one service call, a 303 back to the page, or the page re-shown
//! with the form's values and marked fields (422).

use crate::forms::programme::{self as f, get, Errors, Fields, PageQuery};
use crate::forms::CsrfForm;
use crate::routes::{html, see_other, Reply};
use crate::scope::{Admin, AnyRole, CommuneScope, Need};
use crate::views::form::FieldErrors;
use crate::views::programme as v;
use actix_web::web;
use musharaka_core::time::today;
use musharaka_core::{Error, Result};
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;
use musharaka_programme::service as svc;

type Scope = CommuneScope<Admin>;

fn check<V>(
    values: &Fields,
    parse: impl FnOnce(&Fields, &mut Errors) -> Option<V>,
) -> std::result::Result<V, FieldErrors> {
    let mut errors = Errors::new();
    match parse(values, &mut errors) {
        Some(v) if errors.is_empty() => Ok(v),
        _ => Err(errors),
    }
}

/// A handler of a form on a plan's page (`/{slug}/admin/programme/{plan}/…`): the form's
/// parser and its service work, through [`on_page`].
macro_rules! plan_form {
    ($name:ident, $parse:expr, $work:expr) => {
        pub async fn $name(
            scope: Scope,
            path: web::Path<(String, i64)>,
            CsrfForm(form): CsrfForm<Fields>,
        ) -> Reply {
            on_page(scope, Of::Plan(path.1), form, $parse, $work).await
        }
    };
}

/// A handler of a form on a commitment's page (`…/{plan}/commitments/{id}/…`), through
/// [`on_page`].
macro_rules! commitment_form {
    ($name:ident, $parse:expr, $work:expr) => {
        pub async fn $name(
            scope: Scope,
            path: web::Path<(String, i64, i64)>,
            CsrfForm(form): CsrfForm<Fields>,
        ) -> Reply {
            on_page(scope, Of::Commitment(path.1, path.2), form, $parse, $work).await
        }
    };
}

/// A back-office page of the programme, `values` and `errors` those of a refused form.
type Shown<'a> = (&'a Fields, &'a FieldErrors, Option<&'a str>);

async fn list_page(scope: &CommuneScope<impl Need>, (values, errors, done): Shown<'_>) -> Reply {
    let (plans, assessments) = scope
        .db(|c, _, cid| {
            Ok((
                svc::plans_overview(c, cid, false)?,
                svc::assessments(c, cid, false)?,
            ))
        })
        .await?;
    let page = v::admin_list(
        &scope.ctx,
        &scope.commune,
        &plans,
        &assessments,
        values,
        errors,
        done,
    );
    Ok(html(page, !errors.is_empty()))
}

pub async fn list(scope: CommuneScope<AnyRole>, q: web::Query<PageQuery>) -> Reply {
    list_page(&scope, (&Fields::new(), &vec![], q.done.as_deref())).await
}

/// A form of the plans page: its service work, then the page again.
async fn on_list<V, T>(
    scope: Scope,
    form: Fields,
    parse: impl FnOnce(&Fields, &mut Errors) -> Option<V>,
    work: impl Fn(&mut AnyConnection, &Permissions, i64, &V) -> Result<T, Error> + Send + 'static,
    next: impl FnOnce(&str, T) -> String,
) -> Reply
where
    V: Send + 'static,
    T: Send + 'static,
{
    match scope.submit_checked(check(&form, parse), work).await? {
        Ok(t) => Ok(see_other(&next(&scope.commune.slug, t))),
        Err(errors) => list_page(&scope, (&form, &errors, None)).await,
    }
}

pub async fn create_plan(scope: Scope, CsrfForm(form): CsrfForm<Fields>) -> Reply {
    on_list(
        scope,
        form,
        f::plan,
        |c, u, cid, p| svc::create_plan(c, Some(u), cid, p),
        |slug, p| format!("/{slug}/admin/programme/{}?done=prog-saved", p.id),
    )
    .await
}

pub async fn assessment(scope: Scope, CsrfForm(form): CsrfForm<Fields>) -> Reply {
    on_list(
        scope,
        form,
        f::assessment,
        |c, u, cid, a| svc::record_assessment(c, Some(u), cid, a),
        |slug, _| format!("/{slug}/admin/programme?done=prog-saved"),
    )
    .await
}

async fn plan_page(
    scope: &CommuneScope<impl Need>,
    plan: i64,
    (values, errors, done): Shown<'_>,
) -> Reply {
    let d = scope
        .db(move |c, _, cid| svc::plan_page(c, cid, plan, false))
        .await?;
    let page = v::admin_plan(&scope.ctx, &scope.commune, &d, values, errors, done);
    Ok(html(page, !errors.is_empty()))
}

pub async fn plan(
    scope: CommuneScope<AnyRole>,
    path: web::Path<(String, i64)>,
    q: web::Query<PageQuery>,
) -> Reply {
    plan_page(&scope, path.1, (&Fields::new(), &vec![], q.done.as_deref())).await
}

plan_form!(adopt, f::deliberation, |c, u, cid, p, d| svc::adopt_plan(
    c,
    Some(u),
    cid,
    p,
    *d
));

/// Two text fields, as they were typed.
fn two_texts(
    a: &'static str,
    b: &'static str,
) -> impl Fn(&Fields, &mut Errors) -> Option<(String, String)> {
    move |v: &Fields, _: &mut Errors| Some((get(v, a).to_string(), get(v, b).to_string()))
}

plan_form!(
    series,
    two_texts("series_title_ar", "series_title_fr"),
    |c, u, cid, p, t: &(String, String)| svc::add_series(c, Some(u), cid, p, &t.0, &t.1)
);

plan_form!(add_commitment, f::commitment, |c, u, cid, p, x| {
    svc::add_commitment(c, Some(u), cid, p, x)
});

plan_form!(steering, f::steering, |c, u, cid, p, x| {
    svc::add_steering_member(c, Some(u), cid, p, x)
});

plan_form!(open_round, f::round, |c, u, cid, p, d| svc::open_round(
    c,
    Some(u),
    cid,
    p,
    *d
));

pub async fn validate_round(
    scope: Scope,
    path: web::Path<(String, i64, i64)>,
    CsrfForm(form): CsrfForm<Fields>,
) -> Reply {
    let round = path.2;
    let parse = |v: &Fields, _: &mut Errors| Some(get(v, "note").to_string());
    on_page(
        scope,
        Of::Plan(path.1),
        form,
        parse,
        move |c, u, cid, p, note: &String| svc::validate_round(c, Some(u), cid, p, round, note),
    )
    .await
}

async fn commitment_page(
    scope: &CommuneScope<impl Need>,
    (plan, id): (i64, i64),
    (values, errors, done): Shown<'_>,
) -> Reply {
    let d = scope
        .db(move |c, _, cid| svc::commitment_page(c, cid, plan, id, false))
        .await?;
    let page = v::admin_commitment(&scope.ctx, &scope.commune, &d, values, errors, done);
    Ok(html(page, !errors.is_empty()))
}

pub async fn commitment(
    scope: CommuneScope<AnyRole>,
    path: web::Path<(String, i64, i64)>,
    q: web::Query<PageQuery>,
) -> Reply {
    let ids = (path.1, path.2);
    commitment_page(&scope, ids, (&Fields::new(), &vec![], q.done.as_deref())).await
}

/// The page of a plan or of one of its commitments, where a form of the back office is
/// posted from and returns to.
#[derive(Clone, Copy)]
enum Of {
    Plan(i64),
    /// (plan, commitment).
    Commitment(i64, i64),
}

impl Of {
    /// The page's path after a saved form.
    fn saved(self, slug: &str) -> String {
        match self {
            Of::Plan(plan) => format!("/{slug}/admin/programme/{plan}?done=prog-saved"),
            Of::Commitment(plan, id) => {
                format!("/{slug}/admin/programme/{plan}/commitments/{id}?done=prog-saved")
            }
        }
    }

    /// The page again with a refused form's values and errors.
    async fn refused(self, scope: &Scope, values: &Fields, errors: &FieldErrors) -> Reply {
        match self {
            Of::Plan(plan) => plan_page(scope, plan, (values, errors, None)).await,
            Of::Commitment(plan, id) => {
                commitment_page(scope, (plan, id), (values, errors, None)).await
            }
        }
    }
}

/// A form of a plan's or a commitment's back-office page: its service work (given the
/// plan's or the commitment's id), then the page again.
async fn on_page<V, T>(
    scope: Scope,
    page: Of,
    form: Fields,
    parse: impl FnOnce(&Fields, &mut Errors) -> Option<V>,
    work: impl Fn(&mut AnyConnection, &Permissions, i64, i64, &V) -> Result<T, Error> + Send + 'static,
) -> Reply
where
    V: Send + 'static,
    T: Send + 'static,
{
    let work = move |c: &mut AnyConnection, u: &Permissions, cid, v: &V| match page {
        Of::Plan(plan) => work(c, u, cid, plan, v),
        Of::Commitment(plan, id) => {
            // The commitment must be the plan's.
            svc::commitment_page(c, cid, plan, id, false)?;
            work(c, u, cid, id, v)
        }
    };
    match scope.submit_checked(check(&form, parse), work).await? {
        Ok(_) => Ok(see_other(&page.saved(&scope.commune.slug))),
        Err(errors) => page.refused(&scope, &form, &errors).await,
    }
}

commitment_form!(status, f::status, |c, u, cid, id, (s, r)| svc::set_status(
    c,
    Some(u),
    cid,
    id,
    *s,
    r
));

commitment_form!(action, f::action, |c, u, cid, id, a| svc::add_action(
    c,
    Some(u),
    cid,
    id,
    a
));

pub async fn action_done(
    scope: Scope,
    path: web::Path<(String, i64, i64, i64)>,
    CsrfForm(form): CsrfForm<Fields>,
) -> Reply {
    let action = path.3;
    on_page(
        scope,
        Of::Commitment(path.1, path.2),
        form,
        f::action_done,
        move |c, u, cid, id, on| svc::complete_action(c, Some(u), cid, id, action, *on),
    )
    .await
}

commitment_form!(indicator, f::indicator, |c, u, cid, id, i| {
    svc::add_indicator(c, Some(u), cid, id, i)
});

commitment_form!(value, f::value, |c, u, cid, id, x| svc::record_value(
    c,
    Some(u),
    cid,
    id,
    x,
    today()
));

commitment_form!(link, f::link, |c, u, cid, id, (k, r)| svc::add_link(
    c,
    Some(u),
    cid,
    id,
    *k,
    r
));

commitment_form!(
    evidence,
    two_texts("evidence_title", "evidence_url"),
    |c, u, cid, id, t: &(String, String)| svc::add_evidence(c, Some(u), cid, id, &t.0, &t.1)
);
