package nl.schoollibrary.reservations.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.ProblemMappers;
import nl.schoollibrary.reservations.common.database.DatabaseAvailability.Failure;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** The outage circuit and the mapping of failures to 503, without a database. */
class DatabaseAvailabilityTest {

    private final AtomicBoolean databaseAnswers = new AtomicBoolean(false);
    private final AtomicInteger flushes = new AtomicInteger();
    private final List<DatabaseAvailability.Recovered> recoveries = new ArrayList<>();
    private final DatabaseAvailability availability = new DatabaseAvailability(() -> {
        if (!databaseAnswers.get()) {
            throw new SQLException("Connection to localhost:5432 refused", "08001");
        }
    }, flushes::incrementAndGet, recoveries::add, Duration.ofHours(1), Duration.ofMillis(2500));

    @Test
    void connection_failures_anywhere_in_the_chain_say_the_database_cannot_be_reached() {
        assertThat(DatabaseAvailability.classify(new SQLException("refused", "08001"))).isEqualTo(Failure.UNREACHABLE);
        assertThat(DatabaseAvailability.classify(new IllegalStateException("SQL failed",
                new SQLException("An I/O error occurred while sending to the backend", "08006"))))
                .isEqualTo(Failure.UNREACHABLE);
        assertThat(DatabaseAvailability.classify(new SQLException("terminating connection due to administrator command",
                "57P01"))).isEqualTo(Failure.UNREACHABLE);
        assertThat(DatabaseAvailability.classify(new SQLException("the database system is starting up", "57P03")))
                .isEqualTo(Failure.UNREACHABLE);
        assertThat(DatabaseAvailability.classify(new PersistenceException(new JDBCConnectionException("could not prepare",
                new SQLException("This connection has been closed.", "08003"))))).isEqualTo(Failure.UNREACHABLE);
        assertThat(DatabaseAvailability.classify(new SQLException("Exception while creating new connection",
                new ConnectException("Connection refused")))).isEqualTo(Failure.UNREACHABLE);
        assertThat(DatabaseAvailability.classify(new SQLException("Acquisition timeout while waiting for new connection")))
                .isEqualTo(Failure.UNREACHABLE);
        SQLException suppressed = new SQLException("rollback failed", "08006");
        RuntimeException withSuppressed = new RuntimeException("commit failed");
        withSuppressed.addSuppressed(suppressed);
        assertThat(DatabaseAvailability.classify(withSuppressed)).isEqualTo(Failure.UNREACHABLE);
    }

    @Test
    void a_pool_without_a_free_connection_is_busy_and_other_errors_are_nothing_of_the_kind() {
        assertThat(DatabaseAvailability.classify(new SQLException("Sorry, acquisition timeout!"))).isEqualTo(Failure.BUSY);
        assertThat(DatabaseAvailability.classify(new SQLException("sorry, too many clients already", "53300")))
                .isEqualTo(Failure.BUSY);
        assertThat(DatabaseAvailability.classify(new SQLException("duplicate key", "23505"))).isEqualTo(Failure.NONE);
        assertThat(DatabaseAvailability.classify(new SQLException("syntax error", "42601"))).isEqualTo(Failure.NONE);
        assertThat(DatabaseAvailability.classify(new NullPointerException())).isEqualTo(Failure.NONE);
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertThat(DatabaseAvailability.classify(loop)).isEqualTo(Failure.NONE);
    }

    @Test
    void the_first_connection_failure_opens_the_circuit_once_and_a_busy_pool_does_not() {
        assertThat(availability.failed(new SQLException("Sorry, acquisition timeout!"))).isEqualTo(Failure.BUSY);
        assertThat(availability.isDown()).isFalse();
        availability.failed(new SQLException("refused", "08001"));
        availability.failed(new SQLException("I/O error", "08006"));
        availability.failed(new SQLException("refused", "08001"));
        assertThat(availability.isDown()).isTrue();
        assertThat(availability.outages()).isEqualTo(1);
        assertThat(flushes.get()).isEqualTo(1);
    }

    @Test
    void the_circuit_stays_open_while_the_probe_fails_and_closes_when_it_gets_an_answer() {
        availability.failed(new SQLException("refused", "08001"));
        availability.probeOnce();
        assertThat(availability.isDown()).isTrue();
        assertThat(recoveries).isEmpty();
        databaseAnswers.set(true);
        availability.probeOnce();
        assertThat(availability.isDown()).isFalse();
        assertThat(recoveries).hasSize(1);
        availability.probeOnce();
        assertThat(recoveries).hasSize(1);
        availability.failed(new SQLException("refused", "08001"));
        assertThat(availability.outages()).isEqualTo(2);
    }

    @Test
    void the_answer_is_503_service_unavailable_with_retry_after_in_whole_seconds() {
        ProblemException unavailable = availability.unavailable();
        assertThat(unavailable.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(unavailable.code().status()).isEqualTo(503);
        assertThat(unavailable.headers()).containsEntry("Retry-After", "3");
    }

    @Test
    void the_exception_mapper_answers_a_connection_failure_with_503_and_anything_else_with_500() {
        ProblemMappers mappers = new ProblemMappers(availability);
        Response outage = mappers.unexpected(new PersistenceException(new JDBCConnectionException("could not execute",
                new SQLException("An I/O error occurred while sending to the backend", "08006"))), null);
        assertThat(outage.getStatus()).isEqualTo(503);
        assertThat(outage.getHeaderString("Retry-After")).isEqualTo("3");
        assertThat(((Problem) outage.getEntity()).code().name()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(availability.isDown()).isTrue();
        Response busy = mappers.unexpected(new IllegalStateException(new SQLException("Sorry, acquisition timeout!")), null);
        assertThat(busy.getStatus()).isEqualTo(503);
        Response bug = mappers.unexpected(new NullPointerException("a bug"), null);
        assertThat(bug.getStatus()).isEqualTo(500);
        assertThat(((Problem) bug.getEntity()).code().name()).isEqualTo("INTERNAL_ERROR");
    }
}
