package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.RevisionViews.RevisionDetail;
import dev.inkwell.application.port.model.RevisionViews.RevisionSummary;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;

/** A post's history, for its author and ADMINs only: for anyone else the post has none (404). */
public interface PostRevisionsUseCase {

    Page<RevisionSummary> revisions(Actor actor, PostId id, PageRequest page);

    RevisionDetail revision(Actor actor, PostId id, int number);

    /** The post's title, excerpt and content become the revision's, as an edit (slug rules included). */
    PostDetail restore(Actor actor, PostId id, int number);
}
