//! Shared types every crate speaks: errors, configuration, languages, time.

/// For [`text_column!`]: it names diesel through this crate.
#[doc(hidden)]
pub use diesel as __diesel;

pub mod calendar;
pub mod config;
pub mod error;
pub mod export;
pub mod i18n;
pub mod ical;
pub mod id;
pub mod keyed;
pub mod money;
pub mod open_data;
pub mod page;
pub mod text;
pub mod time;

pub use calendar::WorkingCalendar;
pub use config::Config;
pub use error::{Error, ErrorKind, Result};
pub use i18n::{I18n, Lang};
pub use id::Id;
pub use keyed::Keyed;
pub use money::Money;
pub use page::{Page, Paged};

/// Stored keys for enums: `keyed_enum!(Name { Variant => "key", .. })` defines a `pub enum`
/// (serialized in snake_case, with `ALL`, `key()`, `FromStr` and [`Keyed`]);
/// `keyed_enum!(Name, Variant => "key", ..)` gives an existing enum `key()`, `FromStr` and
/// [`Keyed`]. An unknown key is invalid input. [`text_column!`] makes it a column.
#[macro_export]
macro_rules! keyed_enum {
    ($ty:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $ty { $($variant),+ }
        impl $ty {
            pub const ALL: &'static [$ty] = &[$(Self::$variant),+];
        }
        $crate::keyed_enum!($ty, $($variant => $key),+);
    };
    ($ty:ty, $($variant:ident => $key:literal),+) => {
        impl $ty {
            pub fn key(self) -> &'static str {
                match self { $(Self::$variant => $key),+ }
            }
        }
        impl ::std::str::FromStr for $ty {
            type Err = $crate::Error;
            fn from_str(s: &str) -> ::std::result::Result<Self, $crate::Error> {
                match s {
                    $($key => Ok(Self::$variant),)+
                    _ => Err($crate::Error::with_cause($crate::ErrorKind::InvalidInput, s)),
                }
            }
        }
        impl $crate::keyed::Keyed for $ty {
            fn key(&self) -> &'static str {
                match self { $(Self::$variant => $key),+ }
            }
            fn from_key(s: &str) -> ::std::option::Option<Self> {
                match s {
                    $($key => ::std::option::Option::Some(Self::$variant),)+
                    _ => ::std::option::Option::None,
                }
            }
        }
    };
}
