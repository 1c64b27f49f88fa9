package dev.dialogue.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One database, and in it one schema and one login role per service. Each role owns its schema
 * and nothing else, so a service cannot read or write another's tables.
 */
final class DatabaseLayout {

    static final String DATABASE = "dialogue";
    static final List<String> SERVICE_SCHEMAS = List.of("registration", "matchmaking", "agreement");

    private DatabaseLayout() {
    }

    static void create(PostgresServer server) {
        try (Connection admin = connect(server, "postgres"); Statement sql = admin.createStatement()) {
            var exists = sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                sql.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
        try (Connection admin = connect(server, DATABASE); Statement sql = admin.createStatement()) {
            sql.execute("revoke all on database " + DATABASE + " from public");
            sql.execute("revoke all on schema public from public");
            for (String schema : SERVICE_SCHEMAS) {
                sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + schema + "') then "
                        + "create role " + schema + " login password '" + password(schema) + "'; end if; end $$");
                sql.execute("grant connect, temporary on database " + DATABASE + " to " + schema);
                sql.execute("create schema if not exists " + schema + " authorization " + schema);
                sql.execute("alter role " + schema + " set search_path = " + schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lay out the services' schemas", e);
        }
    }

    static String jdbcUrl(PostgresServer server) {
        return "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + DATABASE;
    }

    /** Local-only credentials: the role's password is its name. Production sets its own. */
    static String password(String schema) {
        return schema;
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + database,
                server.adminUser(), server.adminPassword());
    }
}
