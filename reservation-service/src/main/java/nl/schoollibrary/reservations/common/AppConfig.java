package nl.schoollibrary.reservations.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import nl.schoollibrary.reservations.common.database.DatabaseAvailability;

/** The service's own settings (prefix {@code reservation}); every one can be overridden by environment variable. */
@ConfigMapping(prefix = "reservation")
public interface AppConfig {

    Auth auth();

    Expiry expiry();

    Privacy privacy();

    RateLimit rateLimit();

    Placement placement();

    StudentImport studentImport();

    CatalogueImport catalogueImport();

    Database database();

    Idempotency idempotency();

    Setup setup();

    Notifications notifications();

    Mail mail();

    Webhooks webhooks();

    /** Start an embedded PostgreSQL before the service (read by {@code Main}; listed here so the key is known). */
    @WithDefault("false")
    boolean embeddedDb();

    /** Data directory of the embedded database and of generated development keys (read by {@code Main}). */
    @WithDefault(".data")
    String dataDir();

    /** Fixed port of the embedded database; 0 = any free port (read by {@code Main}). */
    @WithDefault("0")
    int embeddedDbPort();

    /**
     * {@code synchronous_commit} of the embedded database (read by {@code Main}): {@code on} (durable: an answered
     * write survives a crash of the machine), or {@code off} for speed where losing the last commits is acceptable.
     */
    @WithDefault("on")
    String embeddedDbSynchronousCommit();

    /** Directory where a signing key pair is generated when no key locations are configured (read by {@code Main}). */
    java.util.Optional<String> keysDir();

    interface Expiry {
        /** How often expiry runs (a Quarkus scheduler interval, or "off"). */
        @WithDefault("5m")
        String every();
    }

    /** AVG retention: how long closed reservations and returned loans keep the link to the student. */
    interface Privacy {
        /** Days after closing (reservation) or return (loan) before the student is removed from the row. */
        @WithDefault("30")
        int retentionDays();

        /** How often the anonymisation job runs (a Quarkus scheduler interval, or "off"). */
        @WithDefault("1h")
        String every();

        /** Rows per transaction: each batch commits on its own, so the job never holds many row locks for long. */
        @WithDefault("500")
        int batchSize();

        /** How long a stored Idempotency-Key answer is kept for retries (the answers may name students). */
        @WithDefault("PT24H")
        Duration idempotencyKeysKept();
    }

    /** Placing title reservations in batches that form under load (group commit, ADR 0008). */
    interface Placement {
        /** Placement transactions that run at once per instance; more placements wait and then go together. */
        @WithDefault("2")
        int concurrency();

        /** Most placements in one transaction. 1 places each on its own. */
        @WithDefault("32")
        int batchSize();
    }

    /** The student import of the integration API. */
    interface StudentImport {
        /**
         * Percentage of a school's active students an import with deactivateMissing may deactivate without the
         * request confirming the exact number (confirmDeactivation).
         */
        @WithDefault("20")
        int maxDeactivationPercent();
    }

    /** The catalogue import (catalogue/importing, ADR 0012). */
    interface CatalogueImport {
        /** Most rows (copies, or titles without copies) in one file; a larger file is refused whole. */
        @WithDefault("200000")
        int maxRows();
    }

    /** What the service does while its database cannot be reached (common/database/DatabaseAvailability). */
    interface Database {
        /** How often a probe tries the database while it cannot be reached; requests fail fast meanwhile. */
        @WithDefault("PT1S")
        Duration probeInterval();

        /** The {@code Retry-After} of a 503 SERVICE_UNAVAILABLE answer (whole seconds). */
        @WithDefault("PT5S")
        Duration retryAfter();
    }

    /** Idempotency-Key claims (common/IdempotencyKeys). */
    interface Idempotency {
        /**
         * A key claimed by a request that has not answered is taken over by a retry once its claim is this old, even
         * when the instance that claimed it still runs (a claim of a stopped instance is taken over at once). A
         * running request renews its claim every 10 seconds, so keep this above 30 seconds.
         */
        @WithDefault("PT1M")
        Duration inProgressTimeout();
    }

    /**
     * The first administrator of an empty installation, made at start while no active administrator exists: from
     * {@code admin-username} and {@code admin-password-file} when both are set, else by whoever opens the setup link
     * printed in the log. Once an administrator exists these are ignored. There is no default password.
     */
    interface Setup {
        /** Whether a start looks for an administrator at all (the tests make their own). */
        @WithDefault("true")
        boolean onStart();

        /** Username of the administrator to create (env RESERVATION_SETUP_ADMIN_USERNAME). */
        java.util.Optional<String> adminUsername();

        /** File holding that administrator's password (trailing newline stripped; at least 8 characters). */
        java.util.Optional<String> adminPasswordFile();

        @WithDefault("Beheerder")
        String adminDisplayName();

        /** Where the portal runs: the setup link is {@code <portal-url>/setup#token=…}. */
        @WithDefault("http://localhost:5173")
        String portalUrl();

        /** How long a setup link works. */
        @WithDefault("PT24H")
        Duration tokenValidity();
    }

    /** Requests per integration client (token bucket per client, in memory per instance; ADR 0004). */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second per client. */
        @WithDefault("20")
        double requestsPerSecond();

        /** Requests a client may make at once above the sustained rate (the bucket size). */
        @WithDefault("100")
        int burst();
    }

    interface Auth {
        /** Issuer of the access tokens (also verified). */
        @WithDefault("https://schoollibrary.nl/reservations")
        String issuer();

        /**
         * Lifetime of an access token. A person's portal renews it with the session's refresh token before it ends;
         * an integration client asks for a new one.
         */
        @WithDefault("PT10M")
        Duration tokenLifetime();

        /** The sessions of people who log in (see {@code LoginSession}). */
        Sessions sessions();

        /** Failed logins for one username within {@link #failureWindow()} before it is locked. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration failureWindow();

        /** How long a username stays locked after too many failures. */
        @WithDefault("PT5M")
        Duration lockDuration();

        /** bcrypt cost for new password hashes. */
        @WithDefault("10")
        int bcryptCost();

        /**
         * How long an instance may answer "this account (or integration client) is still active" from memory before
         * asking the database again: the longest a token of an account disabled elsewhere (in the database, or by
         * another instance) keeps working. What this instance disables itself is refused at once. PT0S asks on
         * every request.
         */
        @WithDefault("PT5S")
        Duration accountCheckCache();

        /** How long a staff member's temporary password works (it must be changed at the first login). */
        @WithDefault("P7D")
        Duration temporaryPasswordValidity();

        /** How long a student's start code (login card) works. */
        @WithDefault("P30D")
        Duration startCodeValidity();

        /**
         * bcrypt cost for start codes: lower than for passwords, so a class's login cards are made at once (a code
         * expires, is typed only once, and logins are throttled per username). See the product guide.
         */
        @WithDefault("8")
        int startCodeBcryptCost();
    }

    interface Sessions {
        /**
         * A student's session ends after this long without a refresh (a shared Chromebook left logged in). The
         * portal refreshes only while it is used, so this is the time without use, give or take one access token.
         */
        @WithDefault("PT30M")
        Duration studentIdle();

        /** A staff member's or administrator's session ends after this long without use (a working day at a desk). */
        @WithDefault("PT10H")
        Duration staffIdle();

        /** Every session ends this long after its login, however busy. */
        @WithDefault("PT14H")
        Duration lifetime();
    }

    /** The delivery of notifications (mails to parents, webhooks): the dispatcher every instance runs. */
    interface Notifications {
        /** Run this instance's dispatcher ({@code on}/{@code off}; tests drive it themselves). */
        @WithDefault("on")
        String dispatcher();

        /** How long the dispatcher waits for a wake-up (NOTIFY) before it looks for due retries anyway. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Deliveries claimed at once by one instance. */
        @WithDefault("32")
        int batchSize();

        /** Deliveries of one batch sent at the same time. */
        @WithDefault("8")
        int parallelSends();

        /**
         * The wait before each retry after a failed attempt (the Standard Webhooks schedule); a delivery that failed
         * once more than this list is long is given up (FAILED, and shown in the delivery log).
         */
        @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
        java.util.List<Duration> retrySchedule();

        /** Failed attempts in a row after which a webhook endpoint is paused until someone resumes it. */
        @WithDefault("10")
        int pauseAfter();

        /**
         * How long a claim holds when its instance still runs (a claim of a stopped instance is taken over at once):
         * longer than the slowest send.
         */
        @WithDefault("PT2M")
        Duration lease();

        /** How often reminders before the pickup-by date are written ({@code off} to stop). */
        @WithDefault("15m")
        String reminderEvery();

        /**
         * How long a finished delivery (delivered, skipped or given up) stays in the delivery log with its attempts,
         * counted from when it was created; pending ones stay until they finish.
         */
        @WithDefault("P90D")
        Duration finishedKept();

        /** How often finished deliveries past {@link #finishedKept()} are deleted ({@code off} to stop). */
        @WithDefault("1h")
        String retentionEvery();
    }

    /** Mails to parents. */
    interface Mail {
        /**
         * {@code smtp}: through the SMTP server of the {@code quarkus.mailer.*} settings (QUARKUS_MAILER_HOST, …);
         * {@code folder}: each mail as an .eml file in {@link #folder()} (no mail server needed); {@code log}: the
         * mail in the log.
         */
        @WithDefault("folder")
        String mode();

        /** Where {@code folder} mode writes its .eml files. */
        @WithDefault(".data/mail")
        String folder();

        /** The sender of every mail. */
        @WithDefault("Schoolbieb <bieb@localhost>")
        String from();

        /**
         * The longest one mail may take in {@code smtp} mode (connect, hand over, the server's answer); longer is a
         * failed attempt, retried with the backoff (with the same Message-ID).
         */
        @WithDefault("PT30S")
        Duration timeout();
    }

    /** Webhooks to integration clients. */
    interface Webhooks {
        /** Connect and read timeout of one webhook call. */
        @WithDefault("PT10S")
        Duration timeout();

        /**
         * Allow endpoints on this machine (127.0.0.1, localhost, [::1]), also over plain http://: development and
         * tests only.
         */
        @WithDefault("false")
        boolean allowHttpLocalhost();

        /**
         * Allow endpoints at private, link-local and other non-public addresses (10/8, 172.16/12, 192.168/16,
         * 169.254/16, fc00::/7 …): for an installation on a school's own network whose systems have such addresses.
         * Off, a URL naming such an address is refused, and a call whose host resolves to one is not made.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();
    }
}
