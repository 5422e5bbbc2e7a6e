package id.suarawarga.common.embeddeddb;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Stops the packaged jar's embedded PostgreSQL as the very last step of the app's shutdown: after requests in flight
 * finished and every other shutdown observer (the response writer's drain) ran.
 */
@ApplicationScoped
class EmbeddedPostgresShutdown {

    void stop(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        EmbeddedPostgres.stopAfterApp();
    }
}
