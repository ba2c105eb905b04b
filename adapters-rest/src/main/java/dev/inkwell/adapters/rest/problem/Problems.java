package dev.inkwell.adapters.rest.problem;

import dev.inkwell.adapters.rest.problem.Problem.FieldProblem;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; the one place that knows their shape. */
public final class Problems {

    private Problems() {
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, null);
    }

    public static Response of(ProblemType type, String detail, String instance, List<FieldProblem> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, instance, errors))
                .build();
    }

    /**
     * A problem's {@code instance}: the request's path with its request id as the fragment
     * ({@code /posts/nope#request-id=4f1c…}), so that a client quoting it leads to the log lines.
     */
    public static String instance(String path, String requestId) {
        return requestId == null || requestId.isEmpty() ? path : path + "#request-id=" + requestId;
    }

    public static Response validation(String instance, List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return of(ProblemType.VALIDATION, detail, instance, errors);
    }
}
