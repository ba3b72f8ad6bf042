//! The participatory budget of a commune: cycles, districts, proposals, review, ballots,
//! results and implementation. Counting itself is the pure crate `musharaka-pbcount`,
//! re-exported here so callers keep one path.

pub mod api;
pub mod demo;
pub mod model;
pub mod open_data;
pub mod records;
pub mod rules;
pub mod service;
pub mod store;

pub use musharaka_pbcount::{
    count, count_file, count_str, pabulib, synthetic, Error, Outcome, Rule,
};
