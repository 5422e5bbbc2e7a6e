package id.suarawarga.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.common.util.WeightedLanguage;
import org.jboss.resteasy.reactive.server.core.request.AcceptHeaders;

/**
 * Drops content-negotiation headers the framework cannot parse ({@code Accept: text/html;q=abc},
 * {@code Accept-Language: en;q=abc}), as if the client had not sent them, before any page or API sees them: their
 * parsers would otherwise fail the request with a 500. A header is checked with the very parsers that would read it.
 */
@ApplicationScoped
public class NegotiationHeaders {

    static final List<String> CHECKED = List.of("Accept", "Accept-Language", "Accept-Charset", "Accept-Encoding");

    void register(@Observes Filters filters) {
        filters.register(this::drop, 1000);
    }

    private void drop(RoutingContext http) {
        MultiMap headers = http.request().headers();
        for (String name : CHECKED) {
            List<String> values = headers.getAll(name);
            if (!values.isEmpty() && !values.stream().allMatch(value -> isReadable(name, value))) {
                headers.remove(name);
            }
        }
        http.next();
    }

    /** Whether the framework's parser of this header reads the value without failing. */
    static boolean isReadable(String name, String value) {
        if (value.length() > 1000) {
            return false;
        }
        try {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "accept" -> AcceptHeaders.getMediaTypeQualityValues(value);
                case "accept-language" -> {
                    AcceptHeaders.getLocaleQualityValues(value);
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            WeightedLanguage.parse(part.trim());
                        }
                    }
                    Locale.LanguageRange.parse(value);
                }
                default -> AcceptHeaders.getStringQualityValues(value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
