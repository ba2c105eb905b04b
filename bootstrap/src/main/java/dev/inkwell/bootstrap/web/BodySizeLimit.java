package dev.inkwell.bootstrap.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkwell.adapters.rest.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body exceeds {@code quarkus.http.limits.max-body-size}
 * (1 MiB) with a problem+json 413 before anything reads it. A chunked body (no Content-Length)
 * is read here up to the limit, and refused with the same 413 when it goes beyond.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final ObjectMapper json;
    private final BodyHandler chunked;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ObjectMapper json) {
        this.maxBytes = max.asLongValue();
        this.json = json;
        this.chunked = BodyHandler.create(false).setBodyLimit(maxBytes);
    }

    void register(@Observes Router router) {
        router.route().order(RequestIds.ORDER + 2).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            HttpProblems.send(ctx, json, ProblemType.PAYLOAD_TOO_LARGE,
                    "the request body may be at most " + maxBytes + " bytes");
            return;
        }
        if (declared == null && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            // a chunked body's size is known only once read: read it here, up to the limit; beyond
            // it the body handler fails the request with 413, which HttpProblems answers
            chunked.handle(ctx);
            return;
        }
        ctx.next();
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
