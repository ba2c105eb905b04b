package dev.inkwell.adapters.rest.shared;

import dev.inkwell.application.port.model.PageRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code page} and {@code limit} of every paginated list ({@code @BeanParam}), documented once.
 * Raw text, so that {@code page=abc} is a 400 on the field and not JAX-RS' 404.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "page number, from 1",
            schema = @Schema(defaultValue = "" + PageRequest.DEFAULT_PAGE, minimum = "1"))
    String page;

    @QueryParam("limit")
    @Parameter(description = "page size", schema = @Schema(defaultValue = "" + PageRequest.DEFAULT_LIMIT,
            minimum = "1", maximum = "" + PageRequest.MAX_LIMIT))
    String limit;

    public PageRequest toRequest() {
        return PageRequest.parse(page, limit);
    }
}
