package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.domain.user.Actor;

public interface ListDraftsUseCase {

    Page<PostSummary> drafts(Actor actor, PageRequest page);
}
