//! Accounts, associations and roles per commune: registration with mail confirmation,
//! login, password reset, sessions (JWT) and the one place permissions are decided.

pub mod audit;
pub mod cin;
pub mod lookup;
pub mod model;
pub mod password;
pub mod permissions;
pub mod protect;
pub mod service;
pub mod session;
pub mod store;
pub mod tokens;

pub use model::{Account, Association, AssociationStatus, Role};
pub use permissions::Permissions;
