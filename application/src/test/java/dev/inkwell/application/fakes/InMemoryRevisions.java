package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.AuthorRef;
import dev.inkwell.application.port.model.RevisionViews.RevisionDetail;
import dev.inkwell.application.port.model.RevisionViews.RevisionSummary;
import dev.inkwell.application.port.out.PostRevisions;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostText;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Revisions in lists per post; editors are ids only (no names, as the other fakes), null once they are gone. */
public class InMemoryRevisions implements PostRevisions {

    private record Stored(int number, PostText text, UserId editor, Instant at) {
    }

    private final Map<PostId, List<Stored>> revisions = new HashMap<>();
    private final Predicate<UserId> activeUser;

    public InMemoryRevisions() {
        this(user -> true);
    }

    public InMemoryRevisions(Predicate<UserId> activeUser) {
        this.activeUser = activeUser;
    }

    @Override
    public void append(PostId post, PostText text, UserId editor, Instant at) {
        List<Stored> list = revisions.computeIfAbsent(post, p -> new ArrayList<>());
        list.add(new Stored(list.size() + 1, text, editor, at));
    }

    @Override
    public Page<RevisionSummary> list(PostId post, PageRequest page) {
        List<Stored> all = revisions.getOrDefault(post, List.of());
        List<RevisionSummary> items = all.stream().sorted(Comparator.comparingInt(Stored::number).reversed())
                .skip(page.offset()).limit(page.limit()).map(this::summary).toList();
        return new Page<>(items, page.page(), page.limit(), all.size());
    }

    @Override
    public Optional<RevisionDetail> find(PostId post, int number) {
        return revisions.getOrDefault(post, List.of()).stream().filter(r -> r.number() == number).findFirst()
                .map(r -> new RevisionDetail(summary(r), r.text().content().value()));
    }

    /** Revisions go with their post. */
    public void deletePost(PostId post) {
        revisions.remove(post);
    }

    public int count(PostId post) {
        return revisions.getOrDefault(post, List.of()).size();
    }

    private RevisionSummary summary(Stored r) {
        return new RevisionSummary(r.number(), r.text().title().value(),
                r.text().optionalExcerpt().map(Excerpt::value).orElse(null), r.at(),
                activeUser.test(r.editor()) ? new AuthorRef(r.editor().value(), null, null) : null);
    }
}
