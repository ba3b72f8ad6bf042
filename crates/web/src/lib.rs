//! The web application: actix-web routes, maud views, sessions, CSRF, rate limits,
//! static assets (the `musharaka` command line is `crates/cli`).

pub mod assets;
pub mod cache;
pub mod ctx;
pub mod edge;
pub mod errors;
pub mod forms;
pub mod gzip;
pub mod limiter;
pub mod metrics;
pub mod routes;
pub mod scope;
pub mod server;
pub mod state;
pub mod uploads;
pub mod views;

pub use server::{build_state, run_server, spawn_server, RunningServer};
pub use state::AppState;
