package dev.inkwell.adapters.rest;

import dev.inkwell.adapters.rest.conduit.ConduitShapes.Errors;
import dev.inkwell.adapters.rest.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The OpenAPI document's header: title and the shared error responses. The bearer scheme comes from
 * configuration ({@code quarkus.smallrye-openapi.security-scheme*}): Quarkus then puts its requirement
 * on every {@code @Authenticated} operation, and {@code OpenApiConventions} adds the 401 and 400 answers.
 */
@OpenAPIDefinition(
        info = @Info(title = "Inkwell API", version = "0.1.0",
                description = "Blog publishing backend. Log in with POST /auth/login, then press **Authorize**"
                        + " and paste the `accessToken`. Every error is application/problem+json (RFC 9457)."),
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "Invalid body, malformed JSON or bad parameter",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                example = "{\"type\":\"https://inkwell.dev/problems/validation\",\"title\":\"Invalid request\","
                                        + "\"status\":400,\"detail\":\"email must be a well-formed email address\","
                                        + "\"instance\":\"/users\",\"errors\":[{\"field\":\"email\","
                                        + "\"message\":\"must be a well-formed email address\"}]}")),
                @APIResponse(name = "Unauthorized", responseCode = "401",
                        description = "Missing, invalid or expired token, or wrong credentials",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                example = "{\"type\":\"https://inkwell.dev/problems/unauthenticated\","
                                        + "\"title\":\"Authentication required\",\"status\":401,"
                                        + "\"detail\":\"a valid bearer token is required\",\"instance\":\"/auth/me\"}")),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "Authenticated but not allowed",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                example = "{\"type\":\"https://inkwell.dev/problems/forbidden\",\"title\":\"Forbidden\","
                                        + "\"status\":403,\"detail\":\"only an ADMIN can change roles\","
                                        + "\"instance\":\"/users/0b9e5a8e-3f4c-4f7e-9a55-7d3b1c2d4e5f/role\"}")),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such resource",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                example = "{\"type\":\"https://inkwell.dev/problems/not-found\",\"title\":\"Not found\","
                                        + "\"status\":404,\"detail\":\"user 0b9e5a8e-3f4c-4f7e-9a55-7d3b1c2d4e5f was not found\","
                                        + "\"instance\":\"/users/0b9e5a8e-3f4c-4f7e-9a55-7d3b1c2d4e5f\"}")),
                @APIResponse(name = "Conflict", responseCode = "409", description = "Uniqueness conflict",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                example = "{\"type\":\"https://inkwell.dev/problems/conflict\",\"title\":\"Conflict\","
                                        + "\"status\":409,\"detail\":\"email is already registered\",\"instance\":\"/users\"}")),
                @APIResponse(name = "NotModified", responseCode = "304",
                        description = "Not modified: `If-None-Match` named the current `ETag` (README, \"HTTP caching\")",
                        headers = @Header(name = "ETag", description = "strong entity tag of the representation",
                                schema = @Schema(type = SchemaType.STRING))),
                @APIResponse(name = "TooManyRequests", responseCode = "429",
                        description = "Over an abuse limit (README, \"Operating Inkwell\"); Retry-After says when to try again",
                        headers = @Header(name = "Retry-After", description = "seconds to wait",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                example = "{\"type\":\"https://inkwell.dev/problems/too-many-requests\","
                                        + "\"title\":\"Too many requests\",\"status\":429,"
                                        + "\"detail\":\"too many login attempts from this address; try again later\","
                                        + "\"instance\":\"/auth/login#request-id=7c1e2f0a-55d3-4c41-9d0e-2b8f3c6a9e10\"}")),
                // the RealWorld API's answers under /api (its spec-error-handling page)
                @APIResponse(name = "ConduitUnauthorized", responseCode = "401", description = "Missing or invalid token",
                        content = @Content(mediaType = "application/json", schema = @Schema(implementation = Errors.class),
                                example = "{\"errors\":{\"body\":[\"a valid bearer token is required\"]}}")),
                @APIResponse(name = "ConduitForbidden", responseCode = "403", description = "Authenticated but not allowed",
                        content = @Content(mediaType = "application/json", schema = @Schema(implementation = Errors.class),
                                example = "{\"errors\":{\"body\":[\"only the author or an ADMIN can edit this post\"]}}")),
                @APIResponse(name = "ConduitNotFound", responseCode = "404", description = "No such resource",
                        content = @Content(mediaType = "application/json", schema = @Schema(implementation = Errors.class),
                                example = "{\"errors\":{\"body\":[\"post how-to-train-your-dragon was not found\"]}}")),
                @APIResponse(name = "ConduitUnprocessable", responseCode = "422",
                        description = "Validation failed, or an e-mail or username is taken",
                        content = @Content(mediaType = "application/json", schema = @Schema(implementation = Errors.class),
                                example = "{\"errors\":{\"email\":[\"has already been taken\"]}}"))
        }))
public class InkwellApi extends Application {
}
