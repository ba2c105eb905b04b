package dev.inkwell.adapters.rest.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The error responses every operation would otherwise repeat, derived from what the operation is:
 * <ul>
 *   <li>a token is required ({@code @Authenticated}: Quarkus adds the bearer requirement) → 401;</li>
 *   <li>it takes a body, a query parameter or an {@code {id}} (parsed as a UUID) → 400.</li>
 * </ul>
 * Responses that depend on the rule an operation enforces (403, 404, 409) stay on the operation,
 * which is where a reader looks for them. Quarkus' own default 401/403 answers (no body) become the
 * problem+json ones; a default 403 on an operation that never forbids is dropped.
 */
public class OpenApiConventions implements OASFilter {

    static final String BEARER = "bearer";
    static final String REALWORLD = "/api";
    private static final String DEFAULT_FORBIDDEN = "Not Allowed";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations != null) {
                operations.forEach((method, operation) -> apply(path.getKey(), path.getValue(), operation));
            }
        }
    }

    private static void apply(String path, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        APIResponse forbidden = responses.getAPIResponse("403");
        if (forbidden != null && forbidden.getRef() == null && DEFAULT_FORBIDDEN.equals(forbidden.getDescription())) {
            responses.removeAPIResponse("403");
        }
        if (path.equals(REALWORLD) || path.startsWith(REALWORLD + "/")) {
            // the RealWorld API answers in its own shape, and a bad request there is a 422 (which the
            // operation declares): no generated 400
            APIResponse badRequest = responses.getAPIResponse("400");
            if (badRequest != null && badRequest.getRef() == null) {
                responses.removeAPIResponse("400");
            }
            if (requiresToken(operation)) {
                responses.addAPIResponse("401", ref("ConduitUnauthorized"));
            }
            return;
        }
        if (requiresToken(operation)) {
            responses.addAPIResponse("401", ref("Unauthorized"));
        }
        if (takesInput(path, item, operation)) {
            responses.addAPIResponse("400", ref("BadRequest"));
        }
    }

    /** A bearer requirement without an anonymous alternative ({@code {}}) in the list. */
    static boolean requiresToken(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && !security.isEmpty()
                && security.stream().allMatch(s -> s.getSchemes() != null && s.getSchemes().containsKey(BEARER));
    }

    private static boolean takesInput(String path, PathItem item, Operation operation) {
        if (operation.getRequestBody() != null || path.contains("{id}")) {
            return true;
        }
        return hasQueryParameter(operation.getParameters()) || hasQueryParameter(item.getParameters());
    }

    private static boolean hasQueryParameter(List<Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }
}
