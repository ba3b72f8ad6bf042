//! Tests of the typed columns of `musharaka_core`: an enum stored as its key in a `Text`
//! column (`text_column!`) and a typed id (`Id<T>`) in a `BigInt` one, through the `MultiConnection` backend and through a concrete connection, on SQLite and
//! (when `MUSHARAKA_TEST_POSTGRES` names a server) PostgreSQL.

#[cfg(test)]
mod tests {
    use crate::connection::AnyConnection;
    use diesel::connection::SimpleConnection;
    use diesel::prelude::*;
    use diesel::result::Error as DieselError;
    use musharaka_core::id::Id;
    use musharaka_core::{keyed_enum, text_column, Keyed};

    keyed_enum!(Shade {
        Light => "light",
        Dark => "dark",
    });
    text_column!(Shade);

    diesel::table! {
        text_column_probe (id) {
            id -> Integer,
            shade -> Text,
            other -> Nullable<Text>,
        }
    }

    #[derive(Debug, PartialEq, Queryable, Selectable, Insertable)]
    #[diesel(table_name = text_column_probe)]
    struct Probe {
        id: i32,
        shade: Shade,
        other: Option<Shade>,
    }

    const CREATE: &str = "CREATE TEMPORARY TABLE text_column_probe \
        (id INTEGER PRIMARY KEY, shade TEXT NOT NULL, other TEXT)";

    fn connections() -> Vec<AnyConnection> {
        let mut v = vec![AnyConnection::Sqlite(
            diesel::sqlite::SqliteConnection::establish(":memory:").expect("open SQLite"),
        )];
        if let Ok(url) = std::env::var("MUSHARAKA_TEST_POSTGRES") {
            v.push(AnyConnection::Postgresql(
                diesel::pg::PgConnection::establish(&url).expect("connect to PostgreSQL"),
            ));
        }
        v
    }

    fn exercise(conn: &mut AnyConnection) {
        conn.batch_execute(CREATE).expect("create probe table");
        let rows = [
            Probe {
                id: 1,
                shade: Shade::Light,
                other: None,
            },
            Probe {
                id: 2,
                shade: Shade::Dark,
                other: Some(Shade::Light),
            },
        ];
        diesel::insert_into(text_column_probe::table)
            .values(&rows[0])
            .execute(conn)
            .expect("insert by reference");
        diesel::insert_into(text_column_probe::table)
            .values((
                text_column_probe::id.eq(2),
                text_column_probe::shade.eq(Shade::Dark),
                text_column_probe::other.eq(Some(Shade::Light)),
            ))
            .execute(conn)
            .expect("insert by value");

        let loaded: Vec<Probe> = text_column_probe::table
            .order(text_column_probe::id)
            .select(Probe::as_select())
            .load(conn)
            .expect("load probes");
        assert_eq!(loaded, rows);

        // Stored as the key: a plain string comparison sees it.
        let stored: String = text_column_probe::table
            .filter(text_column_probe::id.eq(2))
            .select(text_column_probe::shade)
            .first::<Shade>(conn)
            .map(|s| s.key().to_string())
            .expect("read one column");
        assert_eq!(stored, "dark");
        let raw: i64 = text_column_probe::table
            .filter(text_column_probe::shade.eq("dark"))
            .count()
            .get_result(conn)
            .expect("count by key");
        assert_eq!(raw, 1);

        // Filters and updates take the enum.
        let ids: Vec<i32> = text_column_probe::table
            .filter(text_column_probe::shade.eq(&Shade::Light))
            .or_filter(text_column_probe::other.eq(Shade::Light))
            .order(text_column_probe::id)
            .select(text_column_probe::id)
            .load(conn)
            .expect("filter by enum");
        assert_eq!(ids, [1, 2]);
        let ids: Vec<i32> = text_column_probe::table
            .filter(text_column_probe::shade.eq_any([Shade::Dark]))
            .select(text_column_probe::id)
            .load(conn)
            .expect("filter by eq_any");
        assert_eq!(ids, [2]);
        diesel::update(text_column_probe::table.filter(text_column_probe::id.eq(1)))
            .set(text_column_probe::other.eq(Shade::Dark))
            .execute(conn)
            .expect("update with enum");
        let other: Option<Shade> = text_column_probe::table
            .filter(text_column_probe::id.eq(1))
            .select(text_column_probe::other)
            .first(conn)
            .expect("read nullable");
        assert_eq!(other, Some(Shade::Dark));

        // An unknown key is a deserialization error, not a panic.
        conn.batch_execute("INSERT INTO text_column_probe (id, shade) VALUES (3, 'purple')")
            .expect("insert unknown key");
        let err = text_column_probe::table
            .filter(text_column_probe::id.eq(3))
            .select(Probe::as_select())
            .first(conn)
            .expect_err("an unknown key must not load");
        match err {
            DieselError::DeserializationError(e) => {
                let mut chain = Vec::new();
                let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&*e);
                while let Some(c) = cause {
                    chain.push(c.to_string());
                    cause = c.source();
                }
                assert!(chain.iter().any(|m| m.contains("\"purple\"")), "{chain:?}");
            }
            other => panic!("expected a deserialization error, got {other:?}"),
        }
        let known: Vec<Shade> = text_column_probe::table
            .filter(text_column_probe::id.ne(3))
            .select(text_column_probe::shade)
            .load(conn)
            .expect("known keys still load");
        assert_eq!(known.len(), 2);
    }

    #[test]
    fn round_trip_through_the_multi_backend() {
        for mut conn in connections() {
            exercise(&mut conn);
        }
    }

    #[test]
    fn round_trip_on_a_concrete_backend() {
        let mut conn =
            diesel::sqlite::SqliteConnection::establish(":memory:").expect("open SQLite");
        conn.batch_execute(CREATE).expect("create probe table");
        diesel::insert_into(text_column_probe::table)
            .values(&Probe {
                id: 1,
                shade: Shade::Dark,
                other: Some(Shade::Light),
            })
            .execute(&mut conn)
            .expect("insert");
        let probe: Probe = text_column_probe::table
            .select(Probe::as_select())
            .first(&mut conn)
            .expect("load");
        assert_eq!(probe.shade, Shade::Dark);
        assert_eq!(probe.other, Some(Shade::Light));
        if let Ok(url) = std::env::var("MUSHARAKA_TEST_POSTGRES") {
            let mut pg = diesel::pg::PgConnection::establish(&url).expect("connect to PostgreSQL");
            pg.batch_execute(CREATE).expect("create probe table");
            diesel::insert_into(text_column_probe::table)
                .values(&probe)
                .execute(&mut pg)
                .expect("insert");
            let back: Probe = text_column_probe::table
                .select(Probe::as_select())
                .first(&mut pg)
                .expect("load");
            assert_eq!(back, probe);
        }
    }

    #[test]
    fn keyed_matches_the_inherent_key() {
        for shade in Shade::ALL {
            assert_eq!(Keyed::key(shade), shade.key());
            assert_eq!(Shade::from_key(shade.key()), Some(*shade));
        }
        assert_eq!(<Shade as Keyed>::from_key("purple"), None);
    }

    // Typed ids (`musharaka_core::id::Id`): a `BigInt` column on every backend.

    struct Sitting;

    diesel::table! {
        id_column_probe (id) {
            id -> BigInt,
            sitting_id -> BigInt,
            replaces -> Nullable<BigInt>,
        }
    }

    #[derive(Debug, PartialEq, Queryable, Selectable, Insertable)]
    #[diesel(table_name = id_column_probe)]
    struct IdProbe {
        id: i64,
        sitting_id: Id<Sitting>,
        replaces: Option<Id<Sitting>>,
    }

    #[test]
    fn typed_ids_round_trip_as_big_integers() {
        for mut conn in connections() {
            conn.batch_execute(
                "CREATE TEMPORARY TABLE id_column_probe \
                 (id BIGINT PRIMARY KEY, sitting_id BIGINT NOT NULL, replaces BIGINT)",
            )
            .expect("create probe table");
            let first = IdProbe {
                id: 1,
                sitting_id: Id::new(7),
                replaces: None,
            };
            diesel::insert_into(id_column_probe::table)
                .values(&first)
                .execute(&mut conn)
                .expect("insert a struct");
            diesel::insert_into(id_column_probe::table)
                .values((
                    id_column_probe::id.eq(2),
                    id_column_probe::sitting_id.eq(Id::<Sitting>::new(8)),
                    id_column_probe::replaces.eq(Some(Id::<Sitting>::new(7))),
                ))
                .execute(&mut conn)
                .expect("insert values");
            let wanted = Id::<Sitting>::new(8);
            let found: Vec<IdProbe> = id_column_probe::table
                .filter(id_column_probe::sitting_id.eq(&wanted))
                .or_filter(id_column_probe::replaces.eq(wanted))
                .select(IdProbe::as_select())
                .load(&mut conn)
                .expect("filter by typed id");
            assert_eq!(found.len(), 1);
            assert_eq!(found[0].replaces, Some(Id::new(7)));
            let ids: Vec<Id<Sitting>> = id_column_probe::table
                .order(id_column_probe::id)
                .select(id_column_probe::sitting_id)
                .load(&mut conn)
                .expect("load one column");
            assert_eq!(ids, [Id::new(7), Id::new(8)]);
            let raw: i64 = id_column_probe::table
                .filter(id_column_probe::sitting_id.eq(7))
                .count()
                .get_result(&mut conn)
                .expect("plain numbers still compare");
            assert_eq!(raw, 1);
        }
    }
}
