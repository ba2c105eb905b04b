package dev.inkwell.application.port.in;

import dev.inkwell.application.post.PostViews.PostSummary;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.user.Actor;

public interface ListDraftsUseCase {

    Page<PostSummary> drafts(Actor actor, PageRequest page);
}
