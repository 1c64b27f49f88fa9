package dev.dialogue.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/**
 * A unique-index race on a registration's email, as Hibernate and the driver report it when the
 * driver is allowed to quote the key: the log gets the classes and the SQL state, and not the email.
 */
class LoggedFailureTest {

    private static final String EMAIL = "wang.xiaoming@example.cn";
    private static final String DETAIL = "ERROR: duplicate key value violates unique constraint \"registration_forum_email\"\n"
            + "  Detail: Key (forum_id, lower(email::text))=(shenzhen-2025, " + EMAIL + ") already exists.";

    @Test
    void describesTheClassesAndTheSqlStateAndNoMessage() {
        String logged = LoggedFailure.describe(emailRace());

        assertThat(logged).isEqualTo("org.hibernate.exception.ConstraintViolationException < java.sql.BatchUpdateException"
                + ", SQLSTATE 23505");
        assertThat(logged).doesNotContain(EMAIL).doesNotContain("duplicate key");
    }

    @Test
    void findsTheSqlStateInTheNextExceptionOfAFailedBatch() {
        assertThat(LoggedFailure.sqlState(emailRace())).isEqualTo("23505");
        assertThat(LoggedFailure.sqlState(new IllegalStateException("no database here"))).isNull();
    }

    @Test
    void theRedactedStackTraceKeepsClassesAndFramesAndLosesEveryMessage() {
        RuntimeException failure = emailRace();
        failure.addSuppressed(new IllegalArgumentException("email " + EMAIL + " is taken"));

        StringWriter printed = new StringWriter();
        LoggedFailure.redacted(failure).printStackTrace(new PrintWriter(printed));

        assertThat(printed.toString())
                .startsWith("org.hibernate.exception.ConstraintViolationException\n")
                .contains("Caused by: java.sql.BatchUpdateException")
                .contains("Suppressed: java.lang.IllegalArgumentException")
                .contains("at " + LoggedFailureTest.class.getName() + ".emailRace")
                .doesNotContain(EMAIL)
                .doesNotContain("duplicate key");
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first " + EMAIL);
        IllegalStateException second = new IllegalStateException("second " + EMAIL);
        first.initCause(second);
        second.initCause(first);

        assertThat(LoggedFailure.describe(first)).isEqualTo("java.lang.RuntimeException < java.lang.IllegalStateException");
        StringWriter printed = new StringWriter();
        LoggedFailure.redacted(first).printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).doesNotContain(EMAIL);
    }

    /** Hibernate's exception around the batch's, whose next exception holds the statement's own error and state. */
    private static RuntimeException emailRace() {
        SQLException statement = new SQLException(DETAIL, "23505");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into registration (email) values ('"
                + EMAIL + "') was aborted: " + DETAIL, new int[0]);
        batch.setNextException(statement);
        return new ConstraintViolationException("could not execute batch [" + DETAIL + "]", batch, "registration_forum_email");
    }
}
