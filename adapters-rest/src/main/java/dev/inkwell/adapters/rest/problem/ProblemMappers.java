package dev.inkwell.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.inkwell.adapters.rest.problem.Problem.FieldProblem;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.DomainException;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.error.Throttled;
import dev.inkwell.domain.error.Unauthenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into application/problem+json. Client errors say what was wrong;
 * server errors say nothing about internals (the log has the details).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer";
    private static final String RETRY_AFTER = "Retry-After";

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpServerRequest request) {
        String path = request.path();
        // Java 17 has no exhaustive switch over a sealed type: a kind added to DomainException
        // without a branch here ends in the IllegalStateException below, a 500 the tests would see.
        if (e instanceof InvalidInput invalid) {
            return Problems.validation(path, invalid.errors().stream()
                    .map(f -> new FieldProblem(f.field(), f.message())).toList());
        } else if (e instanceof NotFound) {
            return Problems.of(ProblemType.NOT_FOUND, e.getMessage(), path);
        } else if (e instanceof Conflict) {
            return Problems.of(ProblemType.CONFLICT, e.getMessage(), path);
        } else if (e instanceof Forbidden) {
            return Problems.of(ProblemType.FORBIDDEN, e.getMessage(), path);
        } else if (e instanceof Unauthenticated) {
            return challenge(Problems.of(ProblemType.UNAUTHENTICATED, e.getMessage(), path));
        } else if (e instanceof Throttled throttled) {
            return Response.fromResponse(Problems.of(ProblemType.TOO_MANY_REQUESTS, e.getMessage(), path))
                    .header(RETRY_AFTER, throttled.retryAfterSeconds()).build();
        }
        throw new IllegalStateException("unmapped domain error " + e.getClass().getName());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> lastNode(v.getPropertyPath()).getKind() == ElementKind.RETURN_VALUE);
        if (returnValue) {
            return internal(e, request);
        }
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        return Problems.validation(request.path(), errors);
    }

    @ServerExceptionMapper({JsonParseException.class, JsonProcessingException.class})
    public Response malformedJson(Exception e, HttpServerRequest request) {
        return Problems.of(ProblemType.MALFORMED_JSON, "the request body is not valid JSON", request.path());
    }

    @ServerExceptionMapper({MismatchedInputException.class, JsonMappingException.class})
    public Response wrongJsonShape(JsonMappingException e, HttpServerRequest request) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return Problems.of(ProblemType.MALFORMED_JSON, "the request body does not have the expected shape",
                    request.path());
        }
        return Problems.validation(request.path(), List.of(new FieldProblem(field, "has the wrong type")));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(Exception e, HttpServerRequest request) {
        return challenge(Problems.of(ProblemType.UNAUTHENTICATED,
                "a valid bearer token is required", request.path()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.of(ProblemType.FORBIDDEN, "your role does not allow this", request.path());
    }

    /** Routing and content negotiation: unknown path (404), wrong method (405), 406, 415… */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException) {
            return malformedJson(e, request);
        }
        if (status >= 500) {
            return internal(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = Response.fromResponse(
                Problems.of(type, detailFor(type, request), request.path()));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    /**
     * Reading the request body failed: it went over the size limit while it was read (a chunked
     * body), or the client hung up. The client's doing either way: no ERROR line.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, HttpServerRequest request) {
        LOG.debugf("could not read the body of %s %s: %s", request.method(), request.path(), e.getMessage());
        if (String.valueOf(e.getMessage()).contains("too large")) {
            return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than the service accepts",
                    request.path());
        }
        return Problems.of(ProblemType.VALIDATION, "the request body could not be read", request.path());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        return internal(e, request);
    }

    private static Response internal(Exception e, HttpServerRequest request) {
        LOG.errorf(e, "unexpected failure on %s %s", request.method(), request.path());
        return Problems.of(ProblemType.INTERNAL, "the request could not be completed; it has been logged",
                request.path());
    }

    private static String detailFor(ProblemType type, HttpServerRequest request) {
        return switch (type) {
            case NOT_FOUND -> "no resource at " + request.path();
            case METHOD_NOT_ALLOWED -> request.method() + " is not allowed on " + request.path();
            case UNSUPPORTED_MEDIA_TYPE -> "send the request body as application/json";
            case NOT_ACCEPTABLE -> "the Accept header allows no type this resource answers with (JSON; the feeds"
                    + " and the sitemap: XML)";
            case VALIDATION -> "the request could not be read";
            default -> type.title();
        };
    }

    private static Response challenge(Response response) {
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        Path.Node last = lastNode(violation.getPropertyPath());
        // a violation on the body parameter itself (e.g. no body at all) has no property name
        return last.getKind() == ElementKind.PARAMETER ? "body" : last.getName();
    }

    private static Path.Node lastNode(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last;
    }
}
