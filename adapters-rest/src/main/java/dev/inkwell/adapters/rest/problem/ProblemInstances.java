package dev.inkwell.adapters.rest.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the request id ({@code X-Request-Id}, assigned to every request before it gets here) into
 * the {@code instance} of every problem answer, whichever mapper wrote it.
 */
public class ProblemInstances {

    static final String REQUEST_ID = "X-Request-Id";

    @ServerResponseFilter
    public void addRequestId(ContainerResponseContext response, HttpServerRequest request) {
        if (response.getEntity() instanceof Problem p && p.instance() != null && !p.instance().contains("#")) {
            response.setEntity(new Problem(p.type(), p.title(), p.status(), p.detail(),
                    Problems.instance(p.instance(), request.getHeader(REQUEST_ID)), p.errors()));
        }
    }
}
