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
 * which another site can neither read nor set. Over HTTPS the cookie is named {@value #HOST_COOKIE}: the browser then
 * accepts it only with Secure, Path=/ and no Domain, so no sibling subdomain can plant one (issue #21).
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    static final String COOKIE = "suara-csrf";
    static final String HOST_COOKIE = "__Host-" + COOKIE;
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
            Cookie existing = http.request().getCookie(cookieName(http));
            token = existing != null && isWellFormed(existing.getValue()) ? existing.getValue() : issue();
        }
        return token;
    }

    private String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        http.response()
                .addCookie(Cookie.cookie(cookieName(http), value)
                        .setPath("/")
                        .setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT)
                        .setSecure(http.request().isSSL()));
        return value;
    }

    /** The cookie's name for this request: with the {@code __Host-} prefix when it came over HTTPS. */
    static String cookieName(RoutingContext http) {
        return http.request().isSSL() ? HOST_COOKIE : COOKIE;
    }

    static boolean isWellFormed(String value) {
        return value != null
                && value.length() == 43
                && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
