//! Typed row ids: `Id<Sitting>` and `Id<AgendaItem>` are both `BIGINT` in the database but
//! different types in Rust, so a sitting's id cannot be passed where an item's is expected
//! (`record_vote(conn, actor, commune, item, sitting, …)` took five bare `i64`s).
//!
//! `T` is only a marker (any type naming the entity, usually its model or row type); the id
//! is `Copy` whatever `T` is, serializes as the bare number (URLs, JSON and CSV keep their
//! shape), and is a `BigInt` column on every backend (`AnyConnection` included).

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// The id of a row of entity `T`.
pub struct Id<T> {
    raw: i64,
    entity: PhantomData<fn() -> T>,
}

impl<T> Id<T> {
    pub const fn new(raw: i64) -> Self {
        Self {
            raw,
            entity: PhantomData,
        }
    }

    /// The number as stored, for code that has not moved to typed ids yet.
    pub const fn get(self) -> i64 {
        self.raw
    }
}

impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Id<T> {}

impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl<T> Eq for Id<T> {}

impl<T> PartialOrd for Id<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for Id<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.raw.cmp(&other.raw)
    }
}

impl<T> Hash for Id<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}

impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entity = std::any::type_name::<T>();
        let short = entity.rsplit("::").next().unwrap_or(entity);
        write!(f, "Id<{short}>({})", self.raw)
    }
}

impl<T> fmt::Display for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.raw.fmt(f)
    }
}

impl<T> From<Id<T>> for i64 {
    fn from(id: Id<T>) -> i64 {
        id.raw
    }
}

/// A path segment or form value: a malformed id is "not found", as a missing row is.
impl<T> std::str::FromStr for Id<T> {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse()
            .map(Self::new)
            .map_err(|_| crate::ErrorKind::NotFound.into())
    }
}

impl<T> serde::Serialize for Id<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.raw)
    }
}

impl<'de, T> serde::Deserialize<'de> for Id<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::new)
    }
}

/// The column side: `Id<T>` reads and writes as the backend's `BIGINT`, nullable or not.
mod column {
    use super::Id;
    use diesel::backend::Backend;
    use diesel::deserialize::{FromSql, Queryable};
    use diesel::expression::AsExpression;
    use diesel::internal::derives::as_expression::Bound;
    use diesel::serialize::{Output, ToSql};
    use diesel::sql_types::{BigInt, Nullable, SingleValue};

    impl<T, DB: Backend> ToSql<BigInt, DB> for Id<T>
    where
        i64: ToSql<BigInt, DB>,
    {
        fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> diesel::serialize::Result {
            <i64 as ToSql<BigInt, DB>>::to_sql(&self.raw, out)
        }
    }

    impl<T, DB: Backend> ToSql<Nullable<BigInt>, DB> for Id<T>
    where
        i64: ToSql<BigInt, DB>,
    {
        fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> diesel::serialize::Result {
            <Self as ToSql<BigInt, DB>>::to_sql(self, out)
        }
    }

    impl<T, DB: Backend> FromSql<BigInt, DB> for Id<T>
    where
        i64: FromSql<BigInt, DB>,
    {
        fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
            <i64 as FromSql<BigInt, DB>>::from_sql(bytes).map(Self::new)
        }
    }

    impl<T, DB: Backend, ST: SingleValue> Queryable<ST, DB> for Id<T>
    where
        Self: FromSql<ST, DB>,
    {
        type Row = Self;
        fn build(row: Self) -> diesel::deserialize::Result<Self> {
            Ok(row)
        }
    }

    /// `Id<T>`, `&Id<T>` and `&&Id<T>` bind as `BIGINT` and as nullable `BIGINT`, as `i64` does.
    macro_rules! binds_as {
        ($($ty:ty),+) => {$(
            impl<'a, 'b, T> AsExpression<BigInt> for $ty {
                type Expression = Bound<BigInt, Self>;
                fn as_expression(self) -> Self::Expression {
                    Bound::new(self)
                }
            }
            impl<'a, 'b, T> AsExpression<Nullable<BigInt>> for $ty {
                type Expression = Bound<Nullable<BigInt>, Self>;
                fn as_expression(self) -> Self::Expression {
                    Bound::new(self)
                }
            }
        )+};
    }
    binds_as!(Id<T>, &'a Id<T>, &'b &'a Id<T>);
}

#[cfg(test)]
mod tests {
    use super::Id;

    struct Sitting;

    #[test]
    fn an_id_is_its_number_in_text_and_json() {
        let id: Id<Sitting> = Id::new(42);
        assert_eq!(id.to_string(), "42");
        assert_eq!(serde_json::to_string(&id).unwrap_or_default(), "42");
        let back: Id<Sitting> = serde_json::from_str("42").unwrap_or(Id::new(0));
        assert_eq!(back, id);
        assert_eq!(format!("{id:?}"), "Id<Sitting>(42)");
    }

    #[test]
    fn a_malformed_id_is_not_found() {
        assert_eq!("7".parse::<Id<Sitting>>().ok(), Some(Id::new(7)));
        let err = "7x".parse::<Id<Sitting>>().err().map(|e| e.kind);
        assert_eq!(err, Some(crate::ErrorKind::NotFound));
    }
}
