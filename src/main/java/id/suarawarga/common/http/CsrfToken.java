package id.suarawarga.common.http;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF token of staff forms (double-submit cookie): templates write {@code {inject:csrf.token}} into a hidden
 * {@code csrf} field, and {@link CsrfFilter} checks that a posted form carries the value of the browser's cookie —
 * which another site can neither read nor set.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    static final String COOKIE = "suara-csrf";
    static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext http;
    private String token;

    CsrfToken(RoutingContext http) {
        this.http = http;
    }

    /** The browser's token, issued (as an HttpOnly, SameSite=Strict cookie) on first use. */
    public String getToken() {
        if (token == null) {
            Cookie existing = http.request().getCookie(COOKIE);
            token = existing != null && isWellFormed(existing.getValue()) ? existing.getValue() : issue();
        }
        return token;
    }

    private String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        http.response()
                .addCookie(Cookie.cookie(COOKIE, value)
                        .setPath("/")
                        .setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT)
                        .setSecure(http.request().isSSL()));
        return value;
    }

    static boolean isWellFormed(String value) {
        return value != null
                && value.length() == 43
                && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
