package dev.inkwell.application.comment;

import dev.inkwell.application.port.in.AddCommentUseCase;
import dev.inkwell.application.port.in.DeleteCommentUseCase;
import dev.inkwell.application.port.in.EditCommentUseCase;
import dev.inkwell.application.port.in.ListCommentsUseCase;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.CommentQueries;
import dev.inkwell.application.port.out.CommentRepository;
import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.post.ViewerFlags;
import dev.inkwell.application.shared.Audits;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Comments on posts. */
@ApplicationScoped
public class CommentService implements AddCommentUseCase, EditCommentUseCase, DeleteCommentUseCase,
        ListCommentsUseCase {

    private final CommentRepository comments;
    private final CommentQueries queries;
    private final PostRepository posts;
    private final PostQueries postQueries;
    private final AuditLog audit;
    private final DomainEventPublisher events;
    private final Clock clock;
    private final ViewerFlags flags;

    @Inject
    public CommentService(CommentRepository comments, CommentQueries queries, PostRepository posts,
                          PostQueries postQueries, AuditLog audit, DomainEventPublisher events, Clock clock,
                          ViewerFlags flags) {
        this.comments = comments;
        this.queries = queries;
        this.posts = posts;
        this.postQueries = postQueries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.flags = flags;
    }

    @Override
    @Transactional
    public CommentView add(Actor actor, PostId postId, CommentContent content) {
        Post post = posts.findById(postId).orElseThrow(() -> NotFound.of("post", postId));
        post.requireOpenForCommentsBy(actor);
        Instant now = Timestamps.now(clock);
        Comment comment = Comment.write(postId, actor, content, now);
        comments.add(comment);
        audit.record(Audits.by(actor, AuditAction.COMMENT_CREATED, EntityType.COMMENT, comment.id().value(),
                Map.of("postId", postId.toString()), now));
        events.publish(comment.pullEvents());
        return view(comment.id());
    }

    /** A read: no transaction (see {@code PostReadService}). */
    @Override
    public Page<CommentView> list(PostId postId, Optional<Actor> viewer, PageRequest page) {
        postQueries.visibility(postId).filter(post -> post.isVisibleTo(viewer))
                .orElseThrow(() -> NotFound.of("post", postId));
        return flags.comments(viewer, queries.forPost(postId, page));
    }

    /** A read: no transaction. */
    @Override
    public Page<CommentView> listOfPublished(String slug, Optional<Actor> viewer, PageRequest page) {
        PostId postId = postQueries.publishedIdBySlug(slug)
                .orElseThrow(() -> new NotFound("post " + slug + " was not found"));
        return flags.comments(viewer, queries.forPost(postId, page));
    }

    @Override
    @Transactional
    public CommentView edit(Actor actor, CommentId id, CommentContent content) {
        Comment comment = existing(id);
        Instant now = Timestamps.now(clock);
        comment.edit(actor, content, now);
        comments.update(comment);
        audit.record(Audits.by(actor, AuditAction.COMMENT_UPDATED, EntityType.COMMENT, id.value(),
                Map.of("postId", comment.postId().toString()), now));
        events.publish(comment.pullEvents());
        return view(id);
    }

    @Override
    @Transactional
    public void delete(Actor actor, CommentId id) {
        remove(actor, existing(id));
    }

    @Override
    @Transactional
    public void delete(Actor actor, PostId postId, CommentId id) {
        Comment comment = existing(id);
        if (!comment.postId().equals(postId)) {
            throw NotFound.of("comment", id);
        }
        remove(actor, comment);
    }

    private void remove(Actor actor, Comment comment) {
        CommentId id = comment.id();
        Post post = posts.findById(comment.postId()).orElseThrow(() -> NotFound.of("comment", id));
        Instant now = Timestamps.now(clock);
        comment.remove(actor, post.authorId(), now);
        comments.delete(id);
        audit.record(Audits.by(actor, AuditAction.COMMENT_DELETED, EntityType.COMMENT, id.value(),
                Map.of("postId", comment.postId().toString(), "authorId", comment.authorId().toString()), now));
        events.publish(comment.pullEvents());
    }

    private Comment existing(CommentId id) {
        return comments.findById(id).orElseThrow(() -> NotFound.of("comment", id));
    }

    private CommentView view(CommentId id) {
        return queries.byId(id).orElseThrow(() -> NotFound.of("comment", id));
    }
}
