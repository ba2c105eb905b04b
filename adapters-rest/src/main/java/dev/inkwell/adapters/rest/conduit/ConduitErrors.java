package dev.inkwell.adapters.rest.conduit;

import dev.inkwell.adapters.rest.conduit.ConduitShapes.Errors;
import dev.inkwell.adapters.rest.problem.Problem;
import dev.inkwell.adapters.rest.problem.Problem.FieldProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors under {@code /api} in RealWorld's shape ({@code spec-error-handling.md}): the same
 * problems Inkwell's own API answers, translated on the way out. A request the service could not
 * take (400, a validation, a malformed body) and a taken e-mail or username (409) are 422
 * {@code {"errors":{"field":["message"]}}}, fields named as RealWorld names them; 401, 403, 404,
 * 429 and 5xx keep their status with {@code {"errors":{"body":["what went wrong"]}}}. Headers
 * (Retry-After, WWW-Authenticate, X-Request-Id) stay.
 */
@Provider
public class ConduitErrors implements ContainerResponseFilter {

    static final int UNPROCESSABLE = 422;

    /** Inkwell's field names → RealWorld's. */
    private static final Map<String, String> FIELDS = Map.of("content", "body", "excerpt", "description",
            "avatar", "image", "tags", "tagList", "name", "username");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !isConduit(request.getUriInfo().getPath())) {
            return;
        }
        int status = response.getStatus();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (status == 400 && problem.errors() != null && !problem.errors().isEmpty()) {
            for (FieldProblem field : problem.errors()) {
                errors.computeIfAbsent(FIELDS.getOrDefault(field.field(), field.field()), k -> new java.util.ArrayList<>())
                        .add(field.message());
            }
            status = UNPROCESSABLE;
        } else if (status == 409) {
            errors.put(takenField(problem.detail()), List.of("has already been taken"));
            status = UNPROCESSABLE;
        } else {
            errors.put("body", List.of(problem.detail() == null ? problem.title() : problem.detail()));
            if (status == 400) {
                status = UNPROCESSABLE;
            }
        }
        response.setStatus(status);
        response.setEntity(new Errors(errors), response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }

    static boolean isConduit(String path) {
        return path.equals(Conduit.PREFIX) || path.startsWith(Conduit.PREFIX + "/");
    }

    /** A 409's detail starts with what is taken: "email is already registered", "username is already taken". */
    private static String takenField(String detail) {
        if (detail != null && detail.startsWith("email")) {
            return "email";
        }
        if (detail != null && detail.startsWith("username")) {
            return "username";
        }
        return "body";
    }
}
