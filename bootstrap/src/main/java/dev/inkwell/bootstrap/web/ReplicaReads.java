package dev.inkwell.bootstrap.web;

import dev.inkwell.adapters.persistence.routing.ReadRouting;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Sends anonymous reads to the read replica, when one is configured: a GET or HEAD that carries no
 * {@code Authorization} header. Everything a token is sent with reads from the primary (a writer
 * sees what they just wrote), and so does every write, whatever its method: writes run in
 * transactions, which are always on the primary.
 */
public class ReplicaReads {

    private final ReadRouting routing;

    public ReplicaReads(ReadRouting routing) {
        this.routing = routing;
    }

    @ServerRequestFilter
    public void route(ContainerRequestContext request) {
        if (routing.replicaConfigured()
                && (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            routing.anonymousRead();
        }
    }
}
