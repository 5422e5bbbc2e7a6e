package id.suarawarga.support;

import id.suarawarga.auth.FirstAdmin;
import id.suarawarga.questionnaire.QuestionnaireChanged;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct JDBC access for tests: wipe what a test wrote, and fingerprint every table to prove nothing changed. */
@ApplicationScoped
public class Database {

    /** Tables written by the application, children first. Reference data (dimensions) is never wiped. */
    public static final List<String> APPLICATION_TABLES = List.of(
            "webhook_delivery",
            "webhook_counter",
            "webhook_subscription",
            "audit_event",
            "sign_in_throttle",
            "staff_program",
            "staff_user",
            "api_client",
            "retention_run",
            "question_aggregate",
            "respondent_aggregate",
            "import_upload",
            "survey_response",
            "form_draft",
            "question_option",
            "question",
            "questionnaire",
            "program",
            "region");

    private final AgroalDataSource dataSource;
    private final Event<QuestionnaireChanged> changed;
    private final FirstAdmin firstAdmin;

    Database(AgroalDataSource dataSource, Event<QuestionnaireChanged> changed, FirstAdmin firstAdmin) {
        this.dataSource = dataSource;
        this.changed = changed;
        this.firstAdmin = firstAdmin;
    }

    /** Empties every application table, and tells the caches (as the app does when questionnaires change). */
    public void wipe() {
        // ids keep counting, as in production: state keyed by id (rate windows, caches) never meets a reused id
        execute("truncate " + String.join(", ", APPLICATION_TABLES) + " cascade");
        changed.fire(new QuestionnaireChanged(0));
        firstAdmin.ensure(); // the national test admin every request signs in as (SignedInAsTestAdmin)
    }

    /** Row count and content hash of every table in the public schema, Flyway's history excluded. */
    public Map<String, String> fingerprint() {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename <> 'flyway_schema_history' order by tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery(
                        "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                + " from " + table + " t")) {
                    rs.next();
                    result.put(table, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    public long count(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as text. */
    public List<String> strings(String sql) {
        List<String> values = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    public void execute(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
