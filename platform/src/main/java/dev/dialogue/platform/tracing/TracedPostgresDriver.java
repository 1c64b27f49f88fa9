package dev.dialogue.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL driver, each statement on its connections a client span (OpenTelemetry's JDBC
 * instrumentation). The datasource is given this driver in the platform's defaults, so Agroal makes
 * its connections here, Flyway's at start before any bean exists among them and then kept in the
 * pool: the spans therefore go to the tracer provider {@link Tracing} installs when it starts, looked
 * up as each statement runs, and to none before it or when no span is exported.
 */
public final class TracedPostgresDriver implements Driver {

    private static volatile TracerProvider installed = TracerProvider.noop();
    private static final JdbcTelemetry STATEMENTS = JdbcTelemetry.builder(new OpenTelemetry() {
        @Override
        public TracerProvider getTracerProvider() {
            return new InstalledTracerProvider();
        }

        @Override
        public ContextPropagators getPropagators() {
            return ContextPropagators.create(W3CTraceContextPropagator.getInstance());
        }
    }).setDataSourceInstrumenterEnabled(false).build();

    private final Driver postgres = new org.postgresql.Driver();

    /** Where statement spans go from now on; {@link TracerProvider#noop()} stops them. */
    static void traceInto(TracerProvider provider) {
        installed = provider;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        for (String name : info.stringPropertyNames()) {
            dataSource.setProperty(name, info.getProperty(name));
        }
        return STATEMENTS.wrap(dataSource).getConnection();
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(TracedPostgresDriver.class.getPackageName());
    }

    /** Tracers that make each span with the provider installed at that moment. */
    private static final class InstalledTracerProvider implements TracerProvider {

        @Override
        public Tracer get(String scope) {
            return spanName -> installed.get(scope).spanBuilder(spanName);
        }

        @Override
        public Tracer get(String scope, String version) {
            return get(scope);
        }

        @Override
        public TracerBuilder tracerBuilder(String scope) {
            return new TracerBuilder() {
                @Override
                public TracerBuilder setSchemaUrl(String schemaUrl) {
                    return this;
                }

                @Override
                public TracerBuilder setInstrumentationVersion(String version) {
                    return this;
                }

                @Override
                public Tracer build() {
                    return get(scope);
                }
            };
        }
    }
}
