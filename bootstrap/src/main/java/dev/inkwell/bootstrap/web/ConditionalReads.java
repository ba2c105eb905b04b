package dev.inkwell.bootstrap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkwell.adapters.rest.shared.EntityTags;
import dev.inkwell.adapters.rest.shared.PublicRead;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching of the {@link PublicRead} operations (api.md "HTTP caching").
 *
 * <p>A resource that can tag its answer from what it is made of (the feeds and the sitemap, from a
 * {@link EntityTags.Fingerprint} of their entries) sets the {@code ETag} itself and answers a
 * matching {@code If-None-Match} with 304 before it writes anything; this filter then only adds
 * the caching headers. For any other answer the {@code ETag} is the first 128 bits of the SHA-256
 * of the representation, strong by construction: it changes exactly when a byte of the answer
 * would, on every instance alike, with nothing to keep in step. The entity is written to bytes
 * here, once (the bytes are then what is sent); a match answers 304 with no body. See README,
 * "Decisions", for why not a version stamp.
 */
public class ConditionalReads {

    static final String PUBLIC_PREFIX = "public, max-age=";

    private final ObjectMapper json;
    private final long maxAge;

    public ConditionalReads(ObjectMapper json, @ConfigProperty(name = "inkwell.http.max-age", defaultValue = "30") long maxAge) {
        this.json = json;
        this.maxAge = maxAge;
    }

    @ServerResponseFilter
    @PublicRead
    public void conditional(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 200 && status != 304
                || !HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        boolean personal = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, personal ? "private" : PUBLIC_PREFIX + maxAge);
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        if (status == 304 || !response.hasEntity()) {
            return; // the resource answered the conditional request itself, from a fingerprint
        }
        Object given = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String tag;
        if (given != null) { // the resource tagged its answer from what it was made of
            tag = given.toString();
        } else {
            byte[] body = bytes(response.getEntity(), response.getMediaType());
            tag = EntityTags.of(body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
        if (EntityTags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private byte[] bytes(Object entity, MediaType type) {
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text && (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
