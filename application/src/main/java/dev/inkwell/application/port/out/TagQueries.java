package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.TagCount;
import java.util.List;

/** Tags for display. */
public interface TagQueries {

    /** Tags of published posts of active authors, most used first, then by code point; one index range. */
    List<TagCount> popular(int limit);
}
