package id.suarawarga.common;

import id.suarawarga.common.config.SuaraConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started the service where to go next. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(
            @Observes @Priority(1000) StartupEvent event,
            SuaraConfig config,
            @ConfigProperty(name = "quarkus.http.port") int port,
            @ConfigProperty(name = "quarkus.management.port") int managementPort) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        String base = origin(port);
        LOG.infof(
                """

                  Suara Warga is running.%3$s
                    Staff sign-in:          %1$s/masuk  (then the dashboard: %1$s/dasbor)
                    API docs (Swagger UI):  %1$s/q/swagger-ui
                    OpenAPI document:       %1$s/q/openapi
                    Programs (signed in):   %1$s/api/v1/programs%2$s
                    Health:                 %4$s/q/health  (management port, not public)
                    Metrics:                %4$s/q/metrics
                  """,
                base,
                config.demo().enabled() ? "?region=63.71&year=2024  (demo data: Kota Banjarmasin 2024)" : "",
                config.demo().enabled()
                        ? "\n  A resident's page:      " + base + "/s/si-mantab"
                                + "\n  Demo staff:             admin.banjarmasin or pemilik.si-mantab (password: see the 'Demo staff' line above)"
                        : "",
                origin(managementPort));
    }

    /** Port 0 lets the system choose; the banner is printed before the server binds, so it cannot name the port. */
    private static String origin(int port) {
        return "http://localhost:" + (port == 0 ? "<port in the 'Listening on' line>" : port);
    }
}
