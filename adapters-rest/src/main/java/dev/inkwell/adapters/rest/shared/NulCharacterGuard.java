package dev.inkwell.adapters.rest.shared;

import dev.inkwell.domain.error.InvalidInput;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * PostgreSQL text can not hold the NUL character, so a path or query parameter with one
 * (%00) would end in a database error. It is refused here as a 400, before any resource runs.
 * Bodies are covered by the domain's text rules.
 */
public class NulCharacterGuard {

    private static final String RULE = "must not contain the NUL character";

    @ServerRequestFilter(preMatching = true)
    public void refuseNul(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            throw InvalidInput.of("path", RULE);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(v -> v.indexOf('\u0000') >= 0);
            if (nul) {
                throw InvalidInput.of(parameter.getKey().replace('\u0000', '?'), RULE);
            }
        }
    }
}
