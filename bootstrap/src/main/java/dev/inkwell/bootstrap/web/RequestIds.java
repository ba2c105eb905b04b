package dev.inkwell.bootstrap.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request gets an id before anything else runs: the client's {@code X-Request-Id} when it is
 * sane (1–128 of {@code A-Z a-z 0-9 . _ : -}), else a new UUID. It is put back on the request (so
 * that what runs later reads the one id), echoed on the response, and put in the logging MDC as
 * {@code requestId}: Quarkus keeps the MDC with the request's Vert.x context, so every log line of
 * the request carries it, on whichever thread. Problem answers carry it in {@code instance}.
 */
@ApplicationScoped
public class RequestIds {

    /** Quarkus' URI check, which answers 400 without a body; {@link #uriValid} does it instead. */
    public static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Before every other route, the body-size check included. */
    static final int ORDER = Integer.MIN_VALUE;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /**
     * The service's limits of a request's URI and header block, answered 414 / 431 problem+json.
     * The HTTP codec's own limits ({@code quarkus.http.limits.max-initial-line-length},
     * {@code .max-header-size}: 64 KiB) sit above them: beyond those the codec refuses the request
     * before any handler runs, with an empty body (quarkusio/quarkus#55082).
     */
    static final int MAX_URI_LENGTH = 8 * 1024;
    static final int MAX_HEADER_BYTES = 20 * 1024;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    private void assign(RoutingContext ctx) {
        assign(ctx.request(), ctx.response());
        if (ctx.request().uri().length() > MAX_URI_LENGTH) {
            ctx.fail(414); // answered by HttpProblems, as the two below
            return;
        }
        if (headerBytes(ctx.request()) > MAX_HEADER_BYTES) {
            ctx.fail(431);
            return;
        }
        if (!uriValid(ctx.request().uri())) {
            ctx.fail(400);
            return;
        }
        ctx.next();
    }

    private static long headerBytes(io.vertx.core.http.HttpServerRequest request) {
        long total = 0;
        for (var header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return total;
    }

    /**
     * Quarkus' own check of the request URI answers an empty 400; it is switched off
     * ({@code vertx.disableURIValidation}, set by {@code InkwellMain} and the test set-up) and done
     * again here, with a problem. The same test: {@link java.net.URI} must parse it.
     */
    static boolean uriValid(String uri) {
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static void assign(io.vertx.core.http.HttpServerRequest request, io.vertx.core.http.HttpServerResponse response) {
        String id = idFor(request.getHeader(HEADER));
        request.headers().set(HEADER, id);
        response.putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    static String idFor(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The id of the request whose headers these are (set by {@link #assign}). */
    public static String of(io.vertx.core.http.HttpServerRequest request) {
        String id = request.getHeader(HEADER);
        return id == null ? "" : id;
    }
}
