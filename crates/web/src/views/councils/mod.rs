//! The council's pages: `public` (a commune's site, with its feeds and JSON) and `admin`
//! (the secretariat's back office).

pub mod admin;
pub mod public;
