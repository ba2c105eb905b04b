package dev.inkwell.adapters.persistence.post;

import static dev.inkwell.adapters.persistence.shared.Rows.instant;
import static dev.inkwell.adapters.persistence.shared.Rows.number;
import static dev.inkwell.adapters.persistence.shared.Rows.string;
import static dev.inkwell.adapters.persistence.shared.Rows.uuid;

import dev.inkwell.application.port.out.CommentQueries;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.post.FeedCursor;
import dev.inkwell.application.post.PostFilter;
import dev.inkwell.application.post.PostViews.AuthorProfile;
import dev.inkwell.application.post.PostViews.AuthorRef;
import dev.inkwell.application.post.PostViews.CategoryRef;
import dev.inkwell.application.post.PostViews.CommentView;
import dev.inkwell.application.post.PostViews.PostDetail;
import dev.inkwell.application.post.PostViews.PostSummary;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Post and comment read models as SQL projections: a page is one statement for the rows, one
 * for the categories of all of them, and one for the total, whatever the page size.
 */
@ApplicationScoped
public class PostReadModels implements PostQueries, CommentQueries {

    private final EntityManager em;

    @Inject
    public PostReadModels(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<PostSummary> findPublished(PostFilter filter, PageRequest page) {
        List<PostSummary> items = summaries(PostSql.publishedPage(filter, page.limit(), page.offset()));
        return page(items, page, () -> count(PostSql.publishedCount(filter)));
    }

    @Override
    public List<PostSummary> feed(FeedCursor after, int limit) {
        return summaries(PostSql.feed(after, limit));
    }

    @Override
    public List<PostSummary> mostCommented(int limit) {
        return summaries(PostSql.mostCommented(limit));
    }

    @Override
    public Page<PostSummary> drafts(UserId author, PageRequest page) {
        List<PostSummary> items = summaries(PostSql.draftsPage(author.value(), page.limit(), page.offset()));
        return page(items, page, () -> count(PostSql.draftsCount(author.value())));
    }

    @Override
    public Optional<PostDetail> findBySlug(String slug, int comments) {
        return detail(PostSql.detailBySlug(slug), comments);
    }

    @Override
    public Optional<PostDetail> findById(PostId id, int comments) {
        return detail(PostSql.detailById(id.value()), comments);
    }

    @Override
    public Page<CommentView> forPost(PostId post, PageRequest page) {
        List<CommentView> items = comments(post.value(), page.limit(), page.offset());
        return page(items, page, () -> count(new PostSql.Query(PostSql.COMMENT_COUNT_OF_POST,
                Map.of("post", post.value()))));
    }

    /** An empty first page needs no count: the total is 0. */
    private static <T> Page<T> page(List<T> items, PageRequest page, LongSupplier total) {
        long count = items.isEmpty() && page.page() == 1 ? 0 : total.getAsLong();
        return new Page<>(items, page.page(), page.limit(), count);
    }

    private Optional<PostDetail> detail(PostSql.Query query, int commentLimit) {
        List<Tuple> rows = tuples(query);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple row = rows.get(0);
        PostSummary summary = withCategories(List.of(row)).get(0);
        String bio = string(row, "bio");
        String avatar = string(row, "avatar");
        String website = string(row, "website");
        AuthorProfile profile = bio == null && avatar == null && website == null ? null
                : new AuthorProfile(bio, avatar, website);
        return Optional.of(new PostDetail(summary, string(row, "content"), profile,
                comments(summary.id(), commentLimit, 0)));
    }

    private List<CommentView> comments(UUID post, int limit, long offset) {
        List<Tuple> rows = em.createNativeQuery(PostSql.COMMENTS_OF_POST, Tuple.class)
                .setParameter("post", post).setParameter("limit", limit).setParameter("offset", offset)
                .getResultList();
        return rows.stream().map(r -> new CommentView(uuid(r, "id"), string(r, "content"), instant(r, "created_at"),
                instant(r, "updated_at"), author(r))).toList();
    }

    private List<PostSummary> summaries(PostSql.Query query) {
        return withCategories(tuples(query));
    }

    /** Builds the summaries of {@code rows}, reading the categories of all of them in one statement. */
    private List<PostSummary> withCategories(List<Tuple> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<CategoryRef>> categories = new LinkedHashMap<>();
        rows.forEach(r -> categories.put(uuid(r, "id"), new ArrayList<>()));
        List<Tuple> links = em.createNativeQuery(PostSql.CATEGORIES_OF_POSTS, Tuple.class)
                .setParameter("ids", List.copyOf(categories.keySet())).getResultList();
        for (Tuple link : links) {
            categories.get(uuid(link, "post_id")).add(new CategoryRef(uuid(link, "id"), string(link, "name"),
                    string(link, "slug")));
        }
        return rows.stream().map(r -> new PostSummary(uuid(r, "id"), string(r, "title"), string(r, "slug"),
                string(r, "excerpt"), r.get("published", Boolean.class), instant(r, "published_at"),
                instant(r, "created_at"), instant(r, "updated_at"), author(r), categories.get(uuid(r, "id")),
                number(r, "comment_count"))).toList();
    }

    private static AuthorRef author(Tuple r) {
        return new AuthorRef(uuid(r, "author_id"), string(r, "author_username"), string(r, "author_name"));
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> tuples(PostSql.Query query) {
        return bind(em.createNativeQuery(query.sql(), Tuple.class), query.params()).getResultList();
    }

    private long count(PostSql.Query query) {
        return ((Number) bind(em.createNativeQuery(query.sql()), query.params()).getSingleResult()).longValue();
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
