//! A commune's pages: its public home and the national page (`public`), its back office
//! (`admin`).

pub mod admin;
pub mod home;
pub mod notices;
pub mod public;
