package id.suarawarga.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V10 turns the three hashes of responses already stored (64 hex digits) into their 32 bytes: an upgraded database keeps
 * recognising a retried key and a repeated device. Run on a schema of its own, migrated first up to V9 only, over
 * connections of its own (a search path set on a pooled connection would follow it to other tests).
 */
@QuarkusTest
class KeyedHashMigrationTest {

    private static final String SCHEMA = "upgrade_from_v9";
    private static final String REQUEST = "0123456789abcdef".repeat(4);
    private static final String DEVICE = "fedcba9876543210".repeat(4);
    private static final String SOURCE = "00112233445566778899aabbccddeeff".repeat(2);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @AfterEach
    void drop() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void storedHexHashesBecomeTheirBytes() throws SQLException {
        migrate("9");
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            s.execute(
                    "set session_replication_role = replica"); // no parents needed: the foreign key and trigger are off
            s.execute("""
                    insert into survey_response (public_id, questionnaire_id, submission_key, request_hash, channel, language,
                        notice_version, answers, device_hash, source_hash)
                    values (gen_random_uuid(), 1, 'with-device', '%s', 'API', 'id', 1, '{}', '%s', '%s'),
                           (gen_random_uuid(), 1, 'without-device', '%s', 'WEB', 'id', 1, '{}', null, null)""".formatted(REQUEST, DEVICE, SOURCE, REQUEST));
        }

        migrate(null);

        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            assertThat(rows(s, """
                    select submission_key || ' ' || encode(request_hash, 'hex') || ' '
                           || coalesce(encode(device_hash, 'hex'), '-') || ' ' || coalesce(encode(source_hash, 'hex'), '-')
                      from survey_response order by submission_key"""))
                    .containsExactly(
                            "with-device " + REQUEST + " " + DEVICE + " " + SOURCE,
                            "without-device " + REQUEST + " - -");
            assertThat(rows(s, """
                    select column_name || ' ' || data_type from information_schema.columns
                     where table_schema = '%s' and table_name = 'survey_response' and column_name like '%%\\_hash'
                     order by column_name""".formatted(SCHEMA)))
                    .containsExactly("device_hash bytea", "request_hash bytea", "source_hash bytea");
        }
    }

    private void migrate(String target) {
        var configuration = Flyway.configure()
                .dataSource(url, username, password)
                .schemas(SCHEMA)
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
