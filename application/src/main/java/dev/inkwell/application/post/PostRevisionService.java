package dev.inkwell.application.post;

import dev.inkwell.application.port.in.PostRevisionsUseCase;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.RevisionViews.RevisionDetail;
import dev.inkwell.application.port.model.RevisionViews.RevisionSummary;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.PostRevisions;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostText;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A post's revisions: read by its author and ADMINs (for anyone else the post has no history:
 * 404, as a draft is), restored through {@link PostWritingService}. Reads run without a transaction.
 */
@ApplicationScoped
public class PostRevisionService implements PostRevisionsUseCase {

    private final PostQueries posts;
    private final PostRevisions revisions;
    private final PostWritingService writing;

    @Inject
    public PostRevisionService(PostQueries posts, PostRevisions revisions, PostWritingService writing) {
        this.posts = posts;
        this.revisions = revisions;
        this.writing = writing;
    }

    @Override
    public Page<RevisionSummary> revisions(Actor actor, PostId id, PageRequest page) {
        requireHistoryVisible(actor, id);
        return revisions.list(id, page);
    }

    @Override
    public RevisionDetail revision(Actor actor, PostId id, int number) {
        requireHistoryVisible(actor, id);
        return revisions.find(id, number).orElseThrow(() -> NotFound.of("revision", number));
    }

    @Override
    public PostDetail restore(Actor actor, PostId id, int number) {
        return writing.restore(actor, id, number);
    }

    private void requireHistoryVisible(Actor actor, PostId id) {
        posts.visibility(id).filter(v -> Post.isHistoryVisible(v.author(), actor))
                .orElseThrow(() -> NotFound.of("post", id));
    }

    /** What a stored revision says, as the domain's value. */
    static PostText text(RevisionDetail revision) {
        RevisionSummary s = revision.summary();
        return new PostText(new PostTitle(s.title()), s.excerpt() == null ? null : new Excerpt(s.excerpt()),
                new PostContent(revision.content()));
    }
}
