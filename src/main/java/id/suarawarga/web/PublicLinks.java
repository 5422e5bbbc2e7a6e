package id.suarawarga.web;

import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.response.SourceTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

/**
 * The public links residents open: {@code <base>/s/{slug}}, optionally tagged with the place or medium it was handed
 * out by ({@code ?k=loket-1}). The base is the configured public address, else this request's.
 */
@ApplicationScoped
public class PublicLinks {

    private final SuaraConfig config;

    PublicLinks(SuaraConfig config) {
        this.config = config;
    }

    /** The questionnaire's short link, e.g. {@code https://suara.example.go.id/s/si-mantab}. */
    public String survey(String slug, UriInfo uri) {
        String base = config.publicBaseUrl()
                .map(b -> b.endsWith("/") ? b : b + "/")
                .orElse(uri.getBaseUri().toString());
        return base + "s/" + slug;
    }

    /** The short link with {@code ?k=tag}; the untagged link when the tag is null or not a valid tag. */
    public String tagged(String slug, String tag, UriInfo uri) {
        String valid = SourceTags.normalise(tag);
        return survey(slug, uri) + (valid == null ? "" : "?k=" + valid);
    }
}
