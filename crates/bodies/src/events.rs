//! Events (filled in later).
