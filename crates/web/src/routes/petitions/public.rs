//! The public side: the list, a petition's page, drafting and signing.

use super::{today, PAGE_SIZE};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::petitions::{DraftForm, ListQuery, SignForm};
use crate::forms::CsrfForm;
use crate::routes::{db, html, marked, reshow_on_fields, see_other};
use crate::scope::Site;
use crate::state::AppState;
use crate::views::form::FieldErrors;
use crate::views::petitions as v;
use actix_web::{web, HttpRequest, HttpResponse};
use musharaka_petitions::service::{self, PublicPage, Signed};
use musharaka_petitions::PetitionStatus;

pub async fn list(
    site: Site,
    req: HttpRequest,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (cid, filter, page) = (site.commune.id, q.filter(), q.page);
    let load = move |c: &mut musharaka_db::AnyConnection| {
        service::list_page(c, cid, &filter, page, PAGE_SIZE, today())
    };
    site.kept_page("petitions", req.query_string().to_string(), load, |data| {
        let (r, ctx) = (&data.rows, &site.ctx);
        let (number, next) = (r.page.number(), r.has_next);
        v::list(ctx, &site.commune, &r.rows, &data.summary, &q, number, next)
    })
    .await
}

/// The petition's public page; `errors` when a step of its agent was refused.
pub(super) async fn show(
    state: &web::Data<AppState>,
    site: &Site,
    id: i64,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let markup = page_markup(state, site, id, errors, done).await?;
    Ok(html(markup, !errors.is_empty()))
}

async fn page_markup(
    state: &web::Data<AppState>,
    site: &Site,
    id: i64,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<maud::Markup, PageError> {
    let (cid, viewer) = (
        site.commune.id,
        site.ctx.user.as_ref().map(|u| u.account.id),
    );
    let load = move |c: &mut musharaka_db::AnyConnection| {
        let page = service::public_page(c, viewer, cid, id)?;
        let became = musharaka_programme::service::became(c, cid, "petition", &id.to_string())?;
        Ok((page, became))
    };
    // An agent sees more of their own petition: the page is kept for anonymous visitors.
    let data = match viewer {
        None => crate::cache::kept(state, (cid, "petition", id.to_string()), load).await?,
        Some(_) => std::sync::Arc::new(db(state, load).await?),
    };
    let (d, programme): (PublicPage, _) = (data.0.clone(), data.1.clone());
    let extras = v::PageExtras {
        attachments: d.attachments,
        session: d.session,
        choice: d.choice,
        mandate: d.mandate,
        association_file: d.association_file,
        postponement: d.postponement,
        committee: d.committee,
        programme,
    };
    let shown = v::Shown {
        petition: &d.petition,
        counts: d.counts,
        today: today(),
    };
    Ok(v::page(
        &site.ctx,
        &site.commune,
        shown,
        &d.timeline,
        &extras,
        errors,
        done,
    ))
}

pub async fn page(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, i64)>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (id, done, none) = (path.1, q.done.as_deref(), FieldErrors::new());
    site.rendered("petition-page", id.to_string(), || {
        page_markup(&state, &site, id, &none, done)
    })
    .await
}

pub async fn new_page(site: Site) -> Result<HttpResponse, PageError> {
    site.ctx.require_user()?;
    let markup = v::new_form(
        &site.ctx,
        &site.commune,
        &v::DraftValues::default(),
        &vec![],
    );
    Ok(html(markup, false))
}

pub async fn create(
    state: web::Data<AppState>,
    site: Site,
    CsrfForm(form): CsrfForm<DraftForm>,
) -> Result<HttpResponse, PageError> {
    let user = site.ctx.require_user()?.clone();
    let (c2, f2) = (site.commune.clone(), form.clone());
    let result = db(&state, move |c| {
        service::create_draft(c, &user, &c2, f2.kind(), &f2.texts())
    })
    .await;
    let values = v::DraftValues {
        kind: form.kind,
        subject: form.subject,
        reasons: form.reasons,
        requested_item: form.requested_item,
    };
    match reshow_on_fields(result, |e| {
        v::new_form(&site.ctx, &site.commune, &values, e)
    })? {
        Ok(p) => Ok(see_other(&format!(
            "/{}/petitions/{}",
            site.commune.slug, p.id
        ))),
        Err(page) => Ok(page),
    }
}

/// A petition open to signatures (drafts are not found).
async fn signable(
    state: &web::Data<AppState>,
    site: &Site,
    id: i64,
) -> Result<musharaka_petitions::records::PetitionRow, PageError> {
    let (cid, viewer) = (
        site.commune.id,
        site.ctx.user.as_ref().map(|u| u.account.id),
    );
    let (p, _) = db(state, move |c| service::visible(c, viewer, cid, id)).await?;
    if p.status == PetitionStatus::Draft {
        return Err(musharaka_core::ErrorKind::NotFound.into());
    }
    Ok(p)
}

pub async fn sign_page(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let p = signable(&state, &site, path.1).await?;
    // Only a petition collecting signatures has a form; any other goes to its own page,
    // which says where it stands (a bookmark or an old link, not a form that would fail).
    if p.status != PetitionStatus::Collecting {
        let slug = &site.commune.slug;
        return Ok(see_other(&format!("/{slug}/petitions/{}", p.id)));
    }
    let markup = v::sign_form(&site.ctx, &site.commune, &p, &SignForm::default(), &vec![]);
    Ok(html(markup, false))
}

pub async fn sign(
    state: web::Data<AppState>,
    site: Site,
    req: HttpRequest,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<SignForm>,
) -> Result<HttpResponse, PageError> {
    let id = path.1;
    let account = site.ctx.user.as_ref().map(|u| &u.account);
    let ip = req
        .peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_default();
    // Checked and sealed here, outside the writers' turn; only the write waits for it.
    let mut errors = FieldErrors::new();
    let input = form.signer(&mut errors);
    let ctx = state.petitions_ctx();
    let sealed = service::seal_signature(&ctx, &input, account, &ip, today(), site.ctx.lang);
    let sealed = crate::forms::with_form_errors(errors, sealed).map_err(PageError::from);
    // One trip to the database: the service reads the petition in its transaction (not
    // found while a draft, refused unless collecting) and returns it for the answer page.
    // Signatures come in bursts: they share commits (`routes::write`).
    let result = match marked(sealed)? {
        Ok(sealed) => {
            let (st, c2) = (state.clone(), site.commune.clone());
            marked(
                crate::routes::write(&state, move |c| {
                    service::sign_online(c, &st.petitions_ctx(), &c2, id, &sealed)
                })
                .await,
            )?
        }
        Err(fields) => Err(fields),
    };
    match result {
        Ok((outcome, p)) => {
            let counted = outcome == Signed::Counted;
            if !counted {
                state.mail_queued();
            }
            Ok(html(
                v::signed(&site.ctx, &site.commune, &p, counted),
                false,
            ))
        }
        // The form again, with the fields marked: only now is the petition read for it.
        Err(fields) => {
            let p = signable(&state, &site, id).await?;
            let page = v::sign_form(&site.ctx, &site.commune, &p, &form, &fields);
            Ok(html(page, true))
        }
    }
}

/// The link mailed to a signer: a page with one button. Opening the link changes nothing
/// (mail scanners and previews fetch links); the signer's click is the consent.
pub async fn confirm_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let t = token.clone();
    let s = db(&state, move |c| service::signature_to_confirm(c, &t)).await?;
    if s.confirmed {
        return Ok(html(v::signed(&ctx, &s.commune, &s.petition, true), false));
    }
    Ok(html(
        v::confirm_signature(&ctx, &s.commune, &s.petition, &token),
        false,
    ))
}

/// The signer's click on the confirmation page: the signature counts from now on.
pub async fn confirm(
    state: web::Data<AppState>,
    ctx: Ctx,
    token: web::Path<String>,
    _f: CsrfForm<crate::forms::EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let (commune, p) = db(&state, move |c| service::confirm_and_show(c, &token)).await?;
    Ok(html(v::signed(&ctx, &commune, &p, true), false))
}
