package dev.inkwell.application.social;

import dev.inkwell.application.port.in.BrowseTagsUseCase;
import dev.inkwell.application.port.model.TagCount;
import dev.inkwell.application.port.out.TagQueries;
import dev.inkwell.domain.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The tag cloud: counts kept by the database, read as one index range (no transaction). */
@ApplicationScoped
public class TagService implements BrowseTagsUseCase {

    private final TagQueries tags;

    @Inject
    public TagService(TagQueries tags) {
        this.tags = tags;
    }

    @Override
    public List<TagCount> popular(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "must be an integer from 1 to " + MAX_LIMIT);
        }
        return tags.popular(limit);
    }
}
