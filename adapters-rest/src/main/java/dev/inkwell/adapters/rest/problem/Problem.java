package dev.inkwell.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI naming the kind of problem", example = "https://inkwell.dev/problems/validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status", example = "400")
        int status,
        @Schema(description = "What went wrong this time", example = "1 field is invalid")
        String detail,
        @Schema(description = "The path of the request", example = "/users")
        String instance,
        @Schema(description = "Only for validation problems: one entry per broken rule")
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldProblem")
    public record FieldProblem(
            @Schema(example = "email") String field,
            @Schema(example = "must be a well-formed email address") String message) {
    }
}
