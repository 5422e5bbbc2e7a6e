package id.suarawarga.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar (target/suara-warga-runner.jar, libraries included) as a separate process, for fault and restart tests:
 * started against its embedded PostgreSQL with data in a folder that survives restarts, the demo data (unless
 * {@code with("SUARA_DEMO_ENABLED", "false")}), a national admin created from configuration and no rate guards (a load
 * test sends thousands of responses from one address). Stopped with SIGTERM, or killed with SIGKILL.
 */
public final class PackagedApp {

    public static final Path JAR = Path.of("target/suara-warga-runner.jar");
    public static final String ADMIN = "fault-admin";
    public static final String ADMIN_PASSWORD = "fault-password-not-secret";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern PG_PORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");
    private static final Pattern LISTENING = Pattern.compile(
            "Listening on: http://[^ ]+:(\\d+)\\. Management interface listening on http://[^ ]+:(\\d+)");

    private final Path dataDir;
    private final Path log;
    private final Map<String, String> extraEnv = new HashMap<>();
    private Process process;
    private int port;
    private int managementPort;
    private int postgresPort;
    private boolean external;

    public PackagedApp(Path work) {
        this.dataDir = work.resolve("pg");
        this.log = work.resolve("app.log");
    }

    /** Runs against an external PostgreSQL on this loopback port (database and user "postgres") instead of its own. */
    public PackagedApp withExternalPostgres(int port) {
        postgresPort = port;
        external = true;
        return with("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + port + "/postgres")
                .with("QUARKUS_DATASOURCE_USERNAME", "postgres")
                .with("QUARKUS_DATASOURCE_PASSWORD", "postgres");
    }

    /** An environment variable for every following start. */
    public PackagedApp with(String name, String value) {
        extraEnv.put(name, value);
        return this;
    }

    /**
     * Starts the jar and waits until it is ready. Both HTTP ports are 0, so the app binds ports the system chooses and
     * the start line in the log says which. (Choosing a free port here and handing it over was racy: another process
     * could take it in the seconds before the app binds it, and a CI run failed that way.)
     */
    public PackagedApp start() throws Exception {
        port = 0;
        managementPort = 0;
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("SUARA_"));
        env.put("SUARA_EMBEDDED_DB_DATA_DIR", dataDir.toString());
        env.put("SUARA_DEMO_ENABLED", "true");
        env.put("SUARA_DEMO_PASSWORD", "demo-password-not-secret");
        env.put("SUARA_SECURITY_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("SUARA_SECURITY_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("SUARA_GUARD_RATE_FLAG_ABOVE", "100000000");
        env.put("SUARA_GUARD_RATE_REJECT_ABOVE", "100000000");
        env.put("SUARA_RETENTION_ENABLED", "false");
        // production refuses to start without a session key (issue #21); a fixed one, so sessions survive restarts
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "packaged-app-session-key-only-for-tests-0001");
        env.put("SUARA_PUBLIC_BASE_URL", "http://localhost:8080"); // required in production without the demo
        env.put("SUARA_SECRETS_DIR", dataDir.resolveSibling("secrets").toString());
        env.put("QUARKUS_HTTP_PORT", "0");
        env.put("QUARKUS_MANAGEMENT_PORT", "0");
        env.putAll(extraEnv);
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        process = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the app exited with " + process.exitValue() + ":\n" + log());
            }
            String startLog = logSince(logStart);
            Matcher listening = LISTENING.matcher(startLog);
            if (listening.find()) {
                port = Integer.parseInt(listening.group(1));
                managementPort = Integer.parseInt(listening.group(2));
                if (ready()) {
                    Matcher m = PG_PORT.matcher(startLog);
                    if (!external && m.find()) {
                        postgresPort = Integer.parseInt(m.group(1));
                    }
                    return this;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within " + START_TIMEOUT + ":\n" + log());
    }

    private boolean ready() {
        try {
            return given().port(managementPort).get("/q/health/ready").statusCode() == 200;
        } catch (Exception notYetListening) {
            return false;
        }
    }

    /** SIGTERM, as Kubernetes stops a pod; returns when the process has exited. */
    public void terminate(Duration atMost) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("still running " + atMost + " after SIGTERM");
        }
    }

    /** Sends SIGTERM and returns at once. */
    public void signalTerminate() {
        process.destroy();
    }

    /** Waits for the process to end. */
    public boolean awaitExit(Duration atMost) throws InterruptedException {
        return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no shutdown at all. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops whatever is left (for @AfterEach). */
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    /** The management interface's port: health and metrics. */
    public int managementPort() {
        return managementPort;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A JDBC connection to the embedded PostgreSQL of the current (or last) start. */
    public Connection jdbc() throws SQLException {
        // a kept cluster asks for the password the app generated and keeps beside its data (issue #21)
        Path kept = dataDir.resolve("suara-password");
        String password;
        try {
            password = Files.exists(kept)
                    ? Files.readString(kept, StandardCharsets.UTF_8).strip()
                    : "postgres";
        } catch (IOException e) {
            throw new SQLException("cannot read the embedded PostgreSQL's password in " + kept, e);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgresPort + "/postgres", "postgres", password);
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private String logSince(long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        return new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8);
    }
}
