package id.suarawarga.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service worker behind offline answering ({@code /sw.js}): served from the root so pages may register it for
 * their own scope ({@code /s/} for residents), as JavaScript, and revalidated on every update check, so a fixed
 * worker reaches phones at their next visit rather than a day later.
 */
@Path("/sw.js")
@Tag(name = "Public: pages", description = "Server-rendered pages for residents (HTML).")
@PermitAll
public class ServiceWorkerScript {

    static final String MEDIA_TYPE = "text/javascript;charset=utf-8";

    private final byte[] script = read("web/sw.js");

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(
            operationId = "getServiceWorker",
            summary = "The service worker that keeps the questionnaire page usable offline")
    public Response script() {
        return Response.ok(script, MEDIA_TYPE)
                .header("Cache-Control", "no-cache")
                .header("Service-Worker-Allowed", "/")
                .build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
