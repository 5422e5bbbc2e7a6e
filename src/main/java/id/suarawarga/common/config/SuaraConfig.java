package id.suarawarga.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Every setting of our own, under the {@code suara.} prefix; each one is listed in the README's configuration table. */
@ConfigMapping(prefix = "suara")
public interface SuaraConfig {

    EmbeddedDb embeddedDb();

    Demo demo();

    Api api();

    Privacy privacy();

    Score score();

    /**
     * How long a replica may answer from its cache which questionnaire a public link leads to. Changes made on the
     * same replica apply at once; on other replicas within this time.
     */
    @WithDefault("5S")
    Duration publicCacheTtl();

    /**
     * Public address of the service as residents reach it (e.g. https://suara.banjarmasinkota.go.id), used in QR
     * codes and printed links. When unset, the address of the request is used.
     */
    Optional<String> publicBaseUrl();

    Guard guard();

    /**
     * The residents' local time: the days of dates in exports and reports, the Mondays that start the dashboard's
     * weeks, and the night the retention job runs. WIB by default; Asia/Makassar (WITA) or Asia/Jayapura (WIT) for
     * regions in those zones.
     */
    @WithDefault("Asia/Jakarta")
    java.time.ZoneId timeZone();

    Security security();

    /**
     * Folder where secrets generated for dev mode and the demo are kept (owner-only files), so they survive restarts
     * and are never printed: the staff session key when none is configured. {@code data} in dev mode and for the jar.
     */
    Optional<String> secretsDir();

    Retention retention();

    Webhook webhook();

    /** Imports of CSV and XLSX files (issue 19). */
    Importing importing();

    /** The embedded PostgreSQL, started only when no external datasource URL is configured. */
    interface EmbeddedDb {
        /** Start an embedded PostgreSQL when {@code quarkus.datasource.jdbc.url} is not set. */
        @WithDefault("true")
        boolean enabled();

        /** Folder that keeps the data across restarts; unset means a throw-away cluster (tests). */
        Optional<String> dataDir();

        /** TCP port on loopback; 0 picks a free one. */
        @WithDefault("0")
        int port();
    }

    /** Demo data: Kota Banjarmasin 2024 and its six Quick Win programs. */
    interface Demo {
        @WithDefault("false")
        boolean enabled();

        /** API key of the demo evaluator (scoped to the demo region); generated and printed at start when unset. */
        Optional<String> evaluatorKey();

        /** Password of every demo staff account (admin and program owners); generated and printed at start when unset. */
        Optional<String> password();
    }

    /** Limits of the JSON API. */
    interface Api {
        /** Larger request bodies are refused with a 413 problem before anything is parsed. */
        @WithDefault("256K")
        MemorySize maxBodySize();
    }

    /** Keyed hashing of device cookies and client addresses, so neither is ever stored raw. */
    interface Privacy {
        /**
         * Secret key of the HMACs (at least 32 characters; from a Kubernetes Secret in production). When unset, a
         * random key is made at start: duplicates and rate limits then only match within one run.
         */
        Optional<String> hashKey();
    }

    /** Guards that stop a script, not a neighbourhood. Suspect responses are stored flagged, not dropped. */
    interface Guard {
        /** Web forms sent back faster than this are flagged TOO_FAST. */
        @WithDefault("5S")
        Duration minFillTime();

        /** Length of the rate-limit window per source address and questionnaire. */
        @WithDefault("10M")
        Duration rateWindow();

        /**
         * Responses per source and window beyond which new ones are flagged RATE_LIMIT. Generous on purpose: a mobile
         * carrier's NAT puts thousands of residents behind one address, and a viral survey brings them at once.
         */
        @WithDefault("300")
        int rateFlagAbove();

        /** Responses per source and window beyond which new ones are refused with 429. */
        @WithDefault("3000")
        int rateRejectAbove();
    }

    /** How scores are reported to the evaluation. */
    interface Score {
        /** Lower end of the evaluation's index scale (the official scale is open; 1–4 by default). */
        @WithDefault("1")
        double indexMin();

        /** Upper end of the evaluation's index scale. */
        @WithDefault("4")
        double indexMax();
    }

    /** Staff accounts: the first admin, password hashing and sign-in lockout. */
    interface Security {
        /**
         * User name of the first national admin, created at start when no account of that name exists (with
         * {@code bootstrap-admin-password}). Later starts never change it.
         */
        Optional<String> bootstrapAdminUsername();

        /** Password of the first admin (at least 12 characters; from a Secret). */
        Optional<String> bootstrapAdminPassword();

        /** bcrypt cost factor of new password hashes (each step doubles the work; 12 is ~0.25 s on one core). */
        @WithDefault("12")
        int bcryptCost();

        /**
         * Consecutive failed sign-ins of an account after which each further attempt waits (a back-off that starts at
         * {@code sign-in-delay} and doubles up to {@code max-sign-in-delay}: a delay a stranger may cause, never a
         * lock); also the attempts one source may make on one account within {@code lockout} before that source is
         * refused for that account.
         */
        @WithDefault("5")
        int maxFailedSignIns();

        /**
         * The window in which a source's attempts are counted, and how long a source over a limit is refused (doubled
         * for each repeat, up to 16 times). Only the source is refused: the account stays open to everyone else.
         */
        @WithDefault("15M")
        Duration lockout();

        /** Sign-in attempts one source (address) may make on all accounts within {@code lockout}. */
        @WithDefault("30")
        int maxSignInsPerSource();

        /** First back-off delay of an account after {@code max-failed-sign-ins} consecutive failures. */
        @WithDefault("1S")
        Duration signInDelay();

        /** Longest back-off delay of an account. */
        @WithDefault("1M")
        Duration maxSignInDelay();

        /** Absolute lifetime of a staff session, however active: then the user signs in again. */
        @WithDefault("8H")
        Duration sessionLifetime();
    }

    /**
     * Retention of raw responses (UU 27/2022 PDP: one evaluation cycle, then anonymised; aggregates stay). Counted from
     * when a questionnaire stopped collecting (closed, or its closing date passed), so every response of one campaign
     * stays available for the whole evaluation of that campaign and is anonymised together.
     */
    interface Retention {
        /**
         * Run the job on its schedule. Off, nothing runs by itself; an admin can still run it
         * ({@code POST /api/v1/retention/run}).
         */
        @WithDefault("true")
        boolean enabled();

        /** How long raw responses are kept after their questionnaire stopped collecting. */
        @WithDefault("365D")
        Duration period();

        /** When the job runs: a Quartz-style cron (seconds first), in {@code suara.time-zone}. Nightly by default. */
        @WithDefault("0 30 1 * * ?")
        String cron();

        /** Responses anonymised per transaction: small, so each transaction is short. */
        @WithDefault("500")
        int batchSize();
    }

    /** Webhooks (issue 22): how often the outbox is read, how deliveries are retried, which URLs are allowed. */
    interface Webhook {
        /** How often due deliveries are sent and new responses counted. */
        @WithDefault("5S")
        Duration pollInterval();

        /** Wait before the first retry; it doubles with each failed attempt, up to {@code max-backoff}. */
        @WithDefault("30S")
        Duration retryAfter();

        /** The longest wait between two attempts. */
        @WithDefault("1H")
        Duration maxBackoff();

        /** Attempts before a delivery is given up (FAILED; an admin can replay it). 12 spans about a day. */
        @WithDefault("12")
        int maxAttempts();

        /** How long a receiver may take to answer. */
        @WithDefault("10S")
        Duration timeout();

        /** Allow http://localhost and http://127.0.0.1 receivers: development and tests only; production needs https. */
        @WithDefault("false")
        boolean allowHttpLoopback();
    }

    /** Imports of answers from CSV or XLSX files (issue 19): how large a file and how many rows. */
    interface Importing {
        /**
         * Largest file accepted (a 100,000-row Google Forms export as XLSX is about 4 MB). Must stay below
         * {@code quarkus.http.limits.max-body-size}, the HTTP layer's hard ceiling, so a larger file gets a clear 413.
         */
        @WithDefault("10M")
        MemorySize maxFileSize();

        /** Most data rows one file may hold. */
        @WithDefault("200000")
        int maxRows();
    }
}
