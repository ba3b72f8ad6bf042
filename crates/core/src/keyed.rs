//! Enums stored by a key: [`Keyed`] names the key/parse pair, [`text_column!`](crate::text_column)
//! makes such an enum a diesel `Text` column on any backend (SQLite, PostgreSQL and the
//! `MultiConnection` backend of `musharaka-db`).

/// An enum with a stable stored key for each variant.
pub trait Keyed: Sized {
    /// The key stored in the database and used in URLs and Fluent message ids.
    fn key(&self) -> &'static str;
    /// The variant of a key; `None` for an unknown key.
    fn from_key(key: &str) -> Option<Self>;
}

/// The error of a column holding a key its enum does not know.
#[derive(Debug)]
pub struct UnknownKey {
    pub type_name: &'static str,
    pub key: String,
}

impl std::fmt::Display for UnknownKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown {} key {:?} in the database",
            self.type_name, self.key
        )
    }
}

impl std::error::Error for UnknownKey {}

/// `text_column!(Ty)`: diesel `ToSql`/`FromSql`/`AsExpression`/`FromSqlRow` for
/// `sql_types::Text`, generic over the backend, for a type implementing [`Keyed`]. It is
/// written as its key; an unknown key read back is a deserialization error (the row does
/// not load), never a panic.
#[macro_export]
macro_rules! text_column {
    ($ty:ty) => {
        const _: () = {
            use diesel::backend::Backend;
            use diesel::deserialize::{FromSql, Queryable};
            use diesel::expression::AsExpression;
            use diesel::internal::derives::as_expression::Bound;
            use diesel::serialize::{Output, ToSql};
            use diesel::sql_types::{Nullable, Text};
            use $crate::__diesel as diesel;

            impl<DB: Backend> ToSql<Text, DB> for $ty
            where
                str: ToSql<Text, DB>,
            {
                fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> diesel::serialize::Result {
                    <str as ToSql<Text, DB>>::to_sql($crate::keyed::Keyed::key(self), out)
                }
            }

            impl<DB: Backend> ToSql<Nullable<Text>, DB> for $ty
            where
                str: ToSql<Text, DB>,
            {
                fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> diesel::serialize::Result {
                    <Self as ToSql<Text, DB>>::to_sql(self, out)
                }
            }

            impl<DB: Backend> FromSql<Text, DB> for $ty
            where
                String: FromSql<Text, DB>,
            {
                fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                    let key = <String as FromSql<Text, DB>>::from_sql(bytes)?;
                    match <$ty as $crate::keyed::Keyed>::from_key(&key) {
                        Some(value) => Ok(value),
                        None => Err(Box::new($crate::keyed::UnknownKey {
                            type_name: stringify!($ty),
                            key,
                        })),
                    }
                }
            }

            impl<DB: Backend, ST> Queryable<ST, DB> for $ty
            where
                ST: diesel::sql_types::SingleValue,
                Self: FromSql<ST, DB>,
            {
                type Row = Self;
                fn build(row: Self) -> diesel::deserialize::Result<Self> {
                    Ok(row)
                }
            }

            impl AsExpression<Text> for $ty {
                type Expression = Bound<Text, Self>;
                fn as_expression(self) -> Self::Expression {
                    Bound::new(self)
                }
            }

            impl AsExpression<Nullable<Text>> for $ty {
                type Expression = Bound<Nullable<Text>, Self>;
                fn as_expression(self) -> Self::Expression {
                    Bound::new(self)
                }
            }

            impl<'e> AsExpression<Text> for &'e $ty {
                type Expression = Bound<Text, Self>;
                fn as_expression(self) -> Self::Expression {
                    Bound::new(self)
                }
            }

            impl<'e> AsExpression<Nullable<Text>> for &'e $ty {
                type Expression = Bound<Nullable<Text>, Self>;
                fn as_expression(self) -> Self::Expression {
                    Bound::new(self)
                }
            }

            impl<'e, 'f> AsExpression<Text> for &'f &'e $ty {
                type Expression = Bound<Text, Self>;
                fn as_expression(self) -> Self::Expression {
                    Bound::new(self)
                }
            }

            impl<'e, 'f> AsExpression<Nullable<Text>> for &'f &'e $ty {
                type Expression = Bound<Nullable<Text>, Self>;
                fn as_expression(self) -> Self::Expression {
                    Bound::new(self)
                }
            }
        };
    };
}

/// `#[serde(serialize_with = "musharaka_core::keyed::serialize_key")]`: a keyed field is
/// serialized as its stored key (JSON, exports), as when the column was a string.
pub fn serialize_key<T: Keyed, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.key())
}

/// [`serialize_key`] for an optional keyed field.
pub fn serialize_key_opt<T: Keyed, S: serde::Serializer>(
    value: &Option<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serializer.serialize_str(v.key()),
        None => serializer.serialize_none(),
    }
}

/// A status as stored: a keyed enum or (for columns not typed yet) its string. Lets code
/// that reads any row's status (the audit log's `before`) take both.
pub trait StoredKey {
    fn stored_key(&self) -> &str;
}

impl<T: Keyed> StoredKey for T {
    fn stored_key(&self) -> &str {
        self.key()
    }
}

impl StoredKey for String {
    fn stored_key(&self) -> &str {
        self
    }
}
