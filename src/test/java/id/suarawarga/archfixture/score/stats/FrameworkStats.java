package id.suarawarga.archfixture.score.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;

/** Bad: statistics with a framework annotation and JDBC. */
@ApplicationScoped
public class FrameworkStats {
    public ResultSet rows;
}
