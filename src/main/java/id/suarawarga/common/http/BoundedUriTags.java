package id.suarawarga.common.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the {@code uri} label of the HTTP metrics bounded (issue #21, F12). A request that matched a route is labelled
 * with its template ({@code /api/v1/questionnaires/{questionnaireId}/close}); one refused before any method matched
 * (a 415 for a form post, say) would carry its raw path, so anyone could add series at will. The path of a refused
 * request (4xx) that is not a template keeps its first three segments only.
 */
public class BoundedUriTags {

    static final int KEPT_SEGMENTS = 3;

    @Produces
    @Singleton
    MeterFilter boundedUris() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server.")) {
                    return id;
                }
                String uri = id.getTag("uri");
                String status = id.getTag("status");
                // a refusal (4xx) is where a raw path can come from an anonymous caller
                String bounded = status != null && status.startsWith("4") ? bound(uri) : uri;
                if (uri == null || bounded.equals(uri)) {
                    return id;
                }
                List<Tag> tags = new ArrayList<>();
                for (Tag tag : id.getTagsAsIterable()) {
                    tags.add(tag.getKey().equals("uri") ? Tag.of("uri", bounded) : tag);
                }
                return id.replaceTags(tags);
            }
        };
    }

    /** A template as it is; a raw path cut to its first segments, with "/*" for the rest. */
    static String bound(String uri) {
        if (uri == null || uri.contains("{") || !uri.startsWith("/")) {
            return uri;
        }
        String[] segments = uri.substring(1).split("/", -1);
        if (segments.length <= KEPT_SEGMENTS) {
            return uri;
        }
        return "/" + String.join("/", java.util.Arrays.copyOf(segments, KEPT_SEGMENTS)) + "/*";
    }
}
