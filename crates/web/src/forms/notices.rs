//! The commune admin's form for the contacts of the privacy notice, accessibility
//! statement and legal information: it sends the contacts themselves
//! ([`NoticeFacts`](musharaka_communes::notices::NoticeFacts), empty fields by default).

pub use musharaka_communes::notices::NoticeFacts as NoticesForm;
