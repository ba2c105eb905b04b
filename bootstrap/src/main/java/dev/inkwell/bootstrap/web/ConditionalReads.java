package dev.inkwell.bootstrap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkwell.adapters.rest.shared.PublicRead;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching of the {@link PublicRead} operations (api.md "HTTP caching").
 *
 * <p>The {@code ETag} is the first 128 bits of the SHA-256 of the representation, so it is strong
 * by construction: it changes exactly when a byte of the answer would, on every instance alike,
 * with nothing to keep in step. The entity is written to bytes here, once (the bytes are then
 * what is sent); a match answers 304 with no body. What a 304 still costs is the read behind it
 * (a few statements that are flat by design); the alternative, a version stamp bumped by every
 * write, is one hot row every write would queue on. See {@code bootstrap/docs/architecture.md}.
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
        if (response.getStatus() != 200 || !HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        boolean personal = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, personal ? "private" : PUBLIC_PREFIX + maxAge);
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        if (!response.hasEntity()) {
            return;
        }
        byte[] body = bytes(response.getEntity(), response.getMediaType());
        String tag = tagOf(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
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

    /** A strong entity tag of {@code body}: 32 hex digits of its SHA-256, quoted. */
    static String tagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Whether {@code ifNoneMatch} (a list of entity tags, or {@code *}) names {@code tag}. RFC 9110
     * compares them weakly for this header: a {@code W/} prefix is ignored.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
