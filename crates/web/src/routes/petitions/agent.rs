//! The agent's steps: opening for signatures, deposit (with its receipt), withdrawal,
//! documents and the mandate, and the signatories' names (never their CIN numbers).

use super::public::show;
use super::{private, today};
use crate::errors::PageError;
use crate::forms::CsrfForm;
use crate::forms::EmptyForm;
use crate::routes::Reply;
use crate::routes::{db, html, see_other};
use crate::scope::Id;
use crate::scope::Site;
use crate::uploads::{self, FileKind, DOCUMENTS};
use crate::views::petitions as v;
use actix_web::HttpResponse;
use musharaka_core::Error;
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;
use musharaka_petitions::service;

/// The signed-in visitor's `work` on petition `id` of the site's commune (the service
/// checks that they are its agent, or staff where it allows).
async fn on_petition<T, F>(site: &Site, id: i64, work: F) -> Result<T, PageError>
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection, &Permissions, i64, i64) -> Result<T, Error> + Send + 'static,
{
    site.db(move |c, user, cid| work(c, user, cid, id)).await
}

/// 303 back to the petition's page.
fn to_petition(site: &Site, id: i64) -> HttpResponse {
    see_other(&format!("/{}/petitions/{id}", site.commune.slug))
}

pub async fn open(site: Site, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    on_petition(&site, id, service::open_for_signatures).await?;
    Ok(to_petition(&site, id))
}

pub async fn deposit(site: Site, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    let st = site.state.clone();
    let done = site.mailing_in(move |c, user, commune| {
        service::deposit(c, &st.petitions_ctx(), user, commune, id, today())
    });
    match done.await? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/petitions/{id}/receipt",
            site.commune.slug
        ))),
        Err(fields) => show(&site.state, &site, id, &fields, None).await,
    }
}

pub async fn withdraw(site: Site, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    on_petition(&site, id, service::withdraw).await?;
    Ok(to_petition(&site, id))
}

/// The receipt (وصل) issued at deposit: for the agent and the commune's staff.
pub async fn receipt(site: Site, Id(id): Id) -> Reply {
    let (p, counts) = on_petition(&site, id, service::receipt).await?;
    Ok(private(html(
        v::receipt(&site.ctx, &site.commune, &p, counts),
        false,
    )))
}

/// The agent's view of the signatories: counts and names only.
pub async fn signatories(site: Site, Id(id): Id) -> Reply {
    let (p, counts, signers) = on_petition(&site, id, service::signatories_for_agent).await?;
    let markup = v::deposit_file(&site.ctx, &site.commune, &p, counts, &signers, None);
    Ok(private(html(markup, false)))
}

/// A document attached to the petition by its agent (PDF or image), public like the text.
pub async fn attach(site: Site, Id(id): Id, payload: actix_multipart::Multipart) -> Reply {
    site.ctx.require_user()?;
    let (file, kind) =
        uploads::one_file(&site.ctx, &site.state, payload, "attachment", DOCUMENTS).await?;
    let config = site.state.config.clone();
    site.db(move |c, user, cid| {
        service::attach_upload(c, user, cid, id, |c| {
            uploads::store_public(c, &config, (&file, kind), user.account.id, cid)
        })
    })
    .await?;
    Ok(to_petition(&site, id))
}

/// The mandate of an association's agent (decree 2.16.403): private, for the agent, the
/// bureau and the commune's admin only.
pub async fn mandate(site: Site, Id(id): Id) -> Reply {
    let upload = on_petition(&site, id, |c, u, cid, id| {
        service::private_upload(c, u, cid, id, service::PrivateFile::Mandate)
    })
    .await?;
    uploads::serve_allowed(&site.state, upload).await
}

/// The copy of an association's final receipt (decree 2.16.403 art. 4): private, for the
/// agent, the bureau and the commune's admin only.
pub async fn association_receipt(site: Site, Id(id): Id) -> Reply {
    let upload = on_petition(&site, id, |c, u, cid, id| {
        service::private_upload(c, u, cid, id, service::PrivateFile::AssociationReceipt)
    })
    .await?;
    uploads::serve_allowed(&site.state, upload).await
}

/// The agent of an association's petition gives the mandate (a PDF, private like the
/// statutes) or declares being the association's legal representative, and adds to the
/// association's file its branch in the commune (art. 124) and a copy of its final receipt
/// (decree 2.16.403 art. 4, a private PDF).
pub async fn upload_mandate(site: Site, Id(id): Id, payload: actix_multipart::Multipart) -> Reply {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, id);
    let form = uploads::read_form(&site.ctx, payload, site.state.config.upload_max_bytes).await?;
    let legal_representative = !form.text("legal_representative").is_empty();
    let branch_address = form.text("branch_address").to_string();
    let mut mandate = None;
    let mut receipt = None;
    for f in form.files {
        match f.field.as_str() {
            "mandate" => mandate = Some(f),
            "receipt" => receipt = Some(f),
            _ => {}
        }
    }
    let kind_of = |f: &Option<uploads::UploadedFile>| {
        f.as_ref()
            .map(|f| uploads::check_kind(f, &[FileKind::Pdf]))
            .transpose()
    };
    let (mandate_kind, receipt_kind) = (kind_of(&mandate)?, kind_of(&receipt)?);
    let config = site.state.config.clone();
    let result = db(&site.state, move |c| {
        let (account, config) = (user.account.id, &config);
        let store = |file: &Option<uploads::UploadedFile>, kind: Option<FileKind>| match (
            file.clone(),
            kind,
        ) {
            (Some(f), Some(k)) => Some(Box::new(move |c: &mut musharaka_db::AnyConnection| {
                uploads::store(c, config, &f, k, Some(account), Some(cid), true)
            }) as service::StoreUpload<'_>),
            _ => None,
        };
        service::set_association_documents(
            c,
            &user,
            cid,
            id,
            service::AssociationDocuments {
                mandate: store(&mandate, mandate_kind),
                legal_representative,
                branch_address: &branch_address,
                receipt: store(&receipt, receipt_kind),
            },
        )
    })
    .await;
    result?;
    let slug = &site.commune.slug;
    Ok(see_other(&format!(
        "/{slug}/petitions/{id}?done=admin-saved"
    )))
}
