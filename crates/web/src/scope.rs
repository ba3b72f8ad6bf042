//! Who is asking, in which commune, with which right: checked once per request by an
//! extractor, so a handler that takes a `CommuneScope<Secretariat>` cannot run for anyone
//! else. Public pages take a `Site` (the commune from the path, no right needed).

use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::db;
use crate::state::AppState;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
use musharaka_communes::model::Commune;
use musharaka_core::{Error, ErrorKind};
use musharaka_identity::{Permissions, Role};
use std::marker::PhantomData;

/// A right a route needs in the commune named by its `{slug}`.
pub trait Need: 'static {
    fn allows(user: &Permissions, commune_id: i64) -> bool;
}

macro_rules! need {
    ($(#[$doc:meta])* $name:ident, |$user:ident, $commune:ident| $allows:expr) => {
        $(#[$doc])*
        pub struct $name;
        impl Need for $name {
            fn allows($user: &Permissions, $commune: i64) -> bool {
                $allows
            }
        }
    };
}

need!(
    /// Any role in the commune: opens its back office.
    AnyRole, |u, c| u.has_any(c)
);
need!(
    /// The participation focal point (commune admin).
    Admin, |u, c| u.can_administer(c)
);
need!(
    /// The council secretariat.
    Secretariat, |u, c| u.has(c, Role::Secretariat)
);
need!(
    /// The council bureau, or the commune admin acting for it.
    Bureau, |u, c| u.has(c, Role::Bureau) || u.can_administer(c)
);
need!(
    /// A consultative body's secretary (per body checks stay in the service).
    BodySecretary, |u, c| u.has(c, Role::BodySecretary) || u.can_administer(c)
);
need!(
    /// An evaluator of co-creation concept notes.
    Evaluator, |u, c| u.has(c, Role::Evaluator) || u.can_administer(c)
);
need!(
    /// A reviewer of participatory-budget proposals.
    Reviewer, |u, c| u.has(c, Role::Reviewer) || u.can_administer(c)
);

/// A back-office request: the commune from the path, the signed-in user, the right `N`.
pub struct CommuneScope<N: Need> {
    pub ctx: Ctx,
    pub commune: Commune,
    pub user: Permissions,
    need: PhantomData<N>,
}

/// A public request in one commune's site.
pub struct Site {
    pub ctx: Ctx,
    pub commune: Commune,
}

fn slug_of(req: &HttpRequest) -> Result<String, Error> {
    req.match_info()
        .get("slug")
        .map(str::to_string)
        .ok_or_else(|| Error::internal("route without {slug}"))
}

async fn load_commune(req: &HttpRequest, slug: String) -> Result<Commune, PageError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| Error::internal("state missing"))?;
    db(&state, move |c| {
        musharaka_communes::service::by_slug(c, &slug)
    })
    .await
}

impl FromRequest for Site {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, PageError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let ctx = Ctx::from_request(&req, payload);
        Box::pin(async move {
            let ctx = ctx.await?;
            let commune = load_commune(&req, slug_of(&req)?).await?;
            Ok(Site { ctx, commune })
        })
    }
}

impl<N: Need> FromRequest for CommuneScope<N> {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, PageError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let ctx = Ctx::from_request(&req, payload);
        Box::pin(async move {
            let ctx = ctx.await?;
            let user = ctx.require_user()?.clone();
            let commune = load_commune(&req, slug_of(&req)?).await?;
            if !N::allows(&user, commune.id) {
                return Err(ErrorKind::Forbidden.into());
            }
            Ok(CommuneScope {
                ctx,
                commune,
                user,
                need: PhantomData,
            })
        })
    }
}
