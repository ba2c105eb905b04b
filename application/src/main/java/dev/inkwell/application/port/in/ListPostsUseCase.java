package dev.inkwell.application.port.in;

import dev.inkwell.application.post.PostFilter;
import dev.inkwell.application.post.PostViews.PostSummary;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;

public interface ListPostsUseCase {

    Page<PostSummary> list(PostFilter filter, PageRequest page);
}
