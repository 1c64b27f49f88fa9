package dev.dialogue.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the database "dialogue" and, in it, each service's schema and role (database-layout.sql). */
final class DatabaseLayout {

    static final String DATABASE = "dialogue";

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
            sql.execute(layoutScript());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lay out the services' schemas", e);
        }
    }

    /** The same script docker-compose's PostgreSQL runs at first start. */
    static String layoutScript() {
        try (InputStream in = DatabaseLayout.class.getResourceAsStream("database-layout.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
