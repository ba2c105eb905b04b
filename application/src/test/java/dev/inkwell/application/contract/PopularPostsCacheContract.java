package dev.inkwell.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.out.PopularPostsCache;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link PopularPostsCache} promises; run against the fake and against quarkus-cache. */
public abstract class PopularPostsCacheContract extends PortContract {

    @Test
    void the_list_is_loaded_once_and_again_only_after_an_invalidation() {
        popularPosts().invalidate();
        List<String> loads = new ArrayList<>();
        List<PostSummary> first = popularPosts().get(() -> {
            loads.add("first");
            return List.of();
        });
        List<PostSummary> cached = popularPosts().get(() -> {
            loads.add("second");
            return List.of();
        });
        assertThat(loads).containsExactly("first");
        assertThat(cached).isSameAs(first);
        popularPosts().invalidate();
        popularPosts().get(() -> {
            loads.add("third");
            return List.of();
        });
        assertThat(loads).containsExactly("first", "third");
    }
}
