package id.suarawarga.common.problem;

import jakarta.ws.rs.core.Response;

/**
 * Renders an error as an HTML page for browser routes (everything outside {@code /api}, {@code /q} and
 * {@code /problems}). Implemented by the web layer; without it every error is problem+json.
 */
public interface ErrorPages {

    Response render(int status, String path);

    /** Whether errors on this path are for people (HTML) rather than API clients. */
    static boolean isPagePath(String path) {
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/problems");
    }
}
