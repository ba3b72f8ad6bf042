//! The demo participatory budgets live with their domain: `musharaka_budgets::demo`.

pub use musharaka_budgets::demo::load;
