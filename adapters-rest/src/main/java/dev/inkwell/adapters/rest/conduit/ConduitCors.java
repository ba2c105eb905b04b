package dev.inkwell.adapters.rest.conduit;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * CORS for {@code /api} only ({@code spec-cors.md}): a RealWorld frontend on any origin may call
 * it, without credentials (the token travels in the Authorization header). Preflights are answered
 * here, before security and rate limits, for every method the frontends use; every other answer
 * under {@code /api}, errors included, carries {@code Access-Control-Allow-Origin} so that the
 * browser lets the frontend read it. Inkwell's own API sends no CORS headers.
 */
@ApplicationScoped
public class ConduitCors {

    /** Right after the request id is assigned (RequestIds runs first), before security and rate limits. */
    static final int ORDER = -2000;
    static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String HEADERS = "Authorization, Content-Type, X-Requested-With, X-Request-Id";
    static final String MAX_AGE = "86400";

    void register(@Observes Router router) {
        router.routeWithRegex("^" + Conduit.PREFIX + "(/.*)?$").order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        var request = ctx.request();
        var response = ctx.response();
        if (request.getHeader(HttpHeaders.ORIGIN) == null) {
            ctx.next();
            return;
        }
        if (request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
            response.setStatusCode(204)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, asked == null || asked.isBlank() ? HEADERS : asked)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE)
                    .putHeader(HttpHeaders.VARY, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
                    .end();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "X-Request-Id, Retry-After, Location");
        ctx.next();
    }
}
