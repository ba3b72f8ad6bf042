//! Shared types: ids, errors, time, i18n.
