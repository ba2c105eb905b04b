package dev.inkwell.adapters.rest.shared;

import dev.inkwell.application.port.model.Page;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"data":[…],"meta":{"page","limit","total","pages"}}} */
public record PageResponse<T>(List<T> data, Meta meta) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return new PageResponse<>(page.items().stream().<T>map(mapper).toList(),
                new Meta(page.page(), page.limit(), page.total(), page.pages()));
    }

    @Schema(name = "PageMeta")
    public record Meta(@Schema(example = "1") int page, @Schema(example = "10") int limit,
                       @Schema(example = "42") long total, @Schema(example = "5") long pages) {
    }
}
