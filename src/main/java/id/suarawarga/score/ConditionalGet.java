package id.suarawarga.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.common.text.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * ETag / If-None-Match for score reads: the tag is a hash of the figures without their read time ({@code asOf}),
 * so a client polling unchanged scores gets 304 Not Modified.
 */
@ApplicationScoped
public class ConditionalGet {

    private static final int MAX_AGE_SECONDS = 30;

    private final ObjectMapper json;

    ConditionalGet(ObjectMapper json) {
        this.json = json;
    }

    /** @param withoutAsOf the same figures with asOf removed, to compute the tag from */
    public Response respond(Request request, Object view, Object withoutAsOf) {
        EntityTag tag = new EntityTag(hash(withoutAsOf));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setPrivate(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(view).tag(tag).cacheControl(cache).build();
    }

    private String hash(Object figures) {
        try {
            return Digests.sha256Hex(json.writeValueAsString(figures)).substring(0, 32);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot tag scores", e);
        }
    }
}
