package dev.inkwell.bootstrap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkwell.adapters.rest.problem.Problem;
import dev.inkwell.adapters.rest.problem.ProblemType;
import dev.inkwell.adapters.rest.problem.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * problem+json for the answers the HTTP layer gives before (or instead of) a resource: a path
 * that does not decode ({@code /posts/%ZZ}), a body over the limit however it is sent, and any
 * other failure the router sees. Client faults are logged at DEBUG, never at ERROR.
 *
 * <p>Not covered: a request line or header block over the HTTP codec's limits (64 KiB each, far
 * above the service's own 8 KiB URI and 20 KiB headers, see {@link RequestIds}) is refused by
 * the codec before Vert.x creates a request for the router; Vert.x offers a hook for it
 * ({@code HttpServer#invalidRequestHandler}) that Quarkus does not expose (quarkusio/quarkus#55082).
 * Those answers (414, 431) keep an empty body.
 */
@ApplicationScoped
public class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);
    static final long LINGER_MS = 1000;

    private final ObjectMapper json;

    public HttpProblems(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(RequestIds.ORDER).failureHandler(this::failed);
        // failures before any route matched, e.g. a path that does not decode: the router's error handlers
        for (int status : new int[] {400, 413, 414, 431}) {
            router.errorHandler(status, this::failed);
        }
    }

    private void failed(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().closed()) {
            // answered already (e.g. a 413 that closed the connection while the client still sent):
            // whatever fails now reaches nobody, and a client that hangs up is no server fault
            LOG.debugf("after the answer to %s %s: %s", ctx.request().method(), ctx.request().path(), ctx.failure());
            return;
        }
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        if (ctx.request().getHeader(RequestIds.HEADER) == null) { // no route ran, RequestIds' neither
            RequestIds.assign(ctx.request(), ctx.response());
        }
        Throwable failure = ctx.failure();
        if (status == 413 || isTooLarge(failure)) {
            LOG.debugf("request body too large on %s %s", ctx.request().method(), ctx.request().path());
            send(ctx, json, ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than the service accepts");
        } else if (status >= 400 && status < 500) {
            LOG.debugf("client error %d on %s %s: %s", status, ctx.request().method(), ctx.request().path(),
                    failure == null ? "" : failure.getMessage());
            ProblemType type = ProblemType.forStatus(status);
            send(ctx, json, type, switch (status) {
                case 400 -> "the request could not be read (is the path correctly %-encoded?)";
                case 414 -> "the request URI may be at most " + RequestIds.MAX_URI_LENGTH + " characters";
                case 431 -> "the request headers may be at most " + RequestIds.MAX_HEADER_BYTES + " bytes";
                default -> type.title();
            });
        } else {
            ctx.next(); // a server fault: Quarkus logs it and answers 500
        }
    }

    static boolean isTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("TooLarge") || message.contains("Request Entity Too Large") || message.contains("too large")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChunked(RoutingContext ctx) {
        return ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** Ends the exchange with a problem; a refused body also ends the connection, whose rest is unread. */
    static void send(RoutingContext ctx, ObjectMapper json, ProblemType type, String detail) {
        String instance = Problems.instance(ctx.request().path(), RequestIds.of(ctx.request()));
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance, null);
        try {
            var response = ctx.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            boolean close = type == ProblemType.PAYLOAD_TOO_LARGE || type == ProblemType.UNAVAILABLE;
            if (close) {
                response.putHeader(HttpHeaders.CONNECTION, "close");
            }
            if (type == ProblemType.UNAVAILABLE) {
                response.putHeader("Retry-After", PersistenceProblemMappers.RETRY_AFTER_SECONDS);
            }
            var ended = response.end(json.writeValueAsString(problem));
            if (type == ProblemType.UNAVAILABLE) { // shutting down: no body is pending, hang up now
                ended.onComplete(done -> ctx.request().connection().close());
            } else if (type == ProblemType.PAYLOAD_TOO_LARGE && isChunked(ctx)) {
                // a chunked body may never end: hang up, but only after a moment, so that the client
                // reads the answer before the reset that closing with unread input causes. A body with
                // a Content-Length is finite; the server reads past it as usual.
                ended.onComplete(done -> ctx.vertx().setTimer(LINGER_MS, t -> ctx.request().connection().close()));
            }
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
