package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostSummary;

public interface ListPostsUseCase {

    Page<PostSummary> list(PostFilter filter, PageRequest page);
}
