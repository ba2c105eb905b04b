package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.TagCount;
import java.util.List;

public interface BrowseTagsUseCase {

    int MAX_LIMIT = 100;

    /** Tags of published posts, most used first, then by name (code point); {@code limit} 1..100. */
    List<TagCount> popular(int limit);
}
