package dev.inkwell.adapters.persistence.post;

import static dev.inkwell.adapters.persistence.shared.Rows.author;
import static dev.inkwell.adapters.persistence.shared.Rows.instant;
import static dev.inkwell.adapters.persistence.shared.Rows.number;
import static dev.inkwell.adapters.persistence.shared.Rows.string;
import static dev.inkwell.adapters.persistence.shared.Rows.strings;
import static dev.inkwell.adapters.persistence.shared.Rows.uuid;

import dev.inkwell.adapters.persistence.comment.CommentReadModels;
import dev.inkwell.adapters.persistence.shared.SqlProjections;
import dev.inkwell.adapters.persistence.shared.SqlQuery;
import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.AuthorProfile;
import dev.inkwell.application.port.model.PostViews.CategoryRef;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.PostVisibility;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostStatus;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Post read models as SQL projections: a page is one statement for the rows (with their tags and,
 * when it is a kept number, the total) and one for the categories of all of them, whatever the
 * page size; a counted total is one more.
 */
@ApplicationScoped
public class PostReadModels implements PostQueries {

    private final SqlProjections sql;
    private final CommentReadModels comments;

    @Inject
    public PostReadModels(SqlProjections sql, CommentReadModels comments) {
        this.sql = sql;
        this.comments = comments;
    }

    @Override
    public Page<PostSummary> findPublished(PostFilter filter, PageRequest page) {
        List<Tuple> rows = sql.rows(PostSql.publishedPage(filter, page.limit(), page.offset()));
        List<PostSummary> items = withCategories(rows);
        if (!rows.isEmpty() && PostSql.keptTotal(filter) != null) {
            // the kept total came with the rows, from the same snapshot
            return new Page<>(items, page.page(), page.limit(), number(rows.get(0), "total"));
        }
        return SqlProjections.page(items, page, () -> sql.count(PostSql.publishedCount(filter)));
    }

    @Override
    public List<PostSummary> feed(FeedCursor after, int limit) {
        return summaries(PostSql.feed(after, limit));
    }

    @Override
    public List<PostSummary> followingFeed(UserId reader, FeedCursor after, int limit) {
        return summaries(PostSql.followingFeed(reader.value(), after, limit));
    }

    @Override
    public Page<PostSummary> followingPage(UserId reader, PageRequest page) {
        List<Tuple> rows = sql.rows(PostSql.followingPage(reader.value(), page.limit(), page.offset()));
        if (!rows.isEmpty()) {
            // the total came with the rows, from the same snapshot
            return new Page<>(withCategories(rows), page.page(), page.limit(), number(rows.get(0), "total"));
        }
        return SqlProjections.page(List.of(), page, () -> sql.count(PostSql.followingCount(reader.value())));
    }

    @Override
    public List<PostSummary> mostCommented(int limit) {
        return summaries(PostSql.mostCommented(limit));
    }

    @Override
    public Page<PostSummary> drafts(UserId author, PageRequest page) {
        List<PostSummary> items = summaries(PostSql.draftsPage(author.value(), page.limit(), page.offset()));
        return SqlProjections.page(items, page, () -> sql.count(PostSql.draftsCount(author.value())));
    }

    @Override
    public Optional<PostDetail> findBySlug(String slug, int comments) {
        return detail(PostSql.detailBySlug(slug), comments);
    }

    @Override
    public Optional<PostId> publishedIdBySlug(String slug) {
        return sql.rows(PostSql.publishedIdBySlug(slug)).stream().findFirst().map(row -> new PostId(uuid(row, "id")));
    }

    @Override
    public Optional<PostDetail> findById(PostId id, int comments) {
        return detail(PostSql.detailById(id.value()), comments);
    }

    @Override
    public Optional<PostVisibility> visibility(PostId id) {
        return sql.rows(PostSql.visibility(id.value())).stream().findFirst()
                .map(row -> new PostVisibility(new UserId((UUID) row.get("author_id")), (Boolean) row.get("published")));
    }

    private Optional<PostDetail> detail(SqlQuery query, int commentLimit) {
        List<Tuple> rows = sql.rows(query);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple row = rows.get(0);
        PostSummary summary = withCategories(List.of(row)).get(0);
        String bio = string(row, "author_bio");
        String avatar = string(row, "author_avatar");
        String website = string(row, "website");
        AuthorProfile profile = bio == null && avatar == null && website == null ? null
                : new AuthorProfile(bio, avatar, website);
        Number minutes = (Number) row.get("reading_time_minutes");
        return Optional.of(new PostDetail(summary, string(row, "content"), profile,
                commentLimit == 0 ? List.of() : comments.newest(summary.id(), commentLimit, 0),
                string(row, "content_html"), minutes == null ? null : minutes.intValue()));
    }

    private List<PostSummary> summaries(SqlQuery query) {
        return withCategories(sql.rows(query));
    }

    /** Builds the summaries of {@code rows}, reading the categories of all of them in one statement. */
    List<PostSummary> withCategories(List<Tuple> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<CategoryRef>> categories = new LinkedHashMap<>();
        rows.forEach(r -> categories.put(uuid(r, "id"), new ArrayList<>()));
        for (Tuple link : sql.rows(PostSql.categoriesOf(List.copyOf(categories.keySet())))) {
            categories.get(uuid(link, "post_id"))
                    .add(new CategoryRef(uuid(link, "id"), string(link, "name"), string(link, "slug")));
        }
        return rows.stream().map(r -> new PostSummary(uuid(r, "id"), string(r, "title"), string(r, "slug"),
                string(r, "excerpt"), r.get("published", Boolean.class), instant(r, "published_at"),
                instant(r, "created_at"), instant(r, "updated_at"), author(r), categories.get(uuid(r, "id")),
                strings(r, "tags"), number(r, "comment_count"), number(r, "favorites_count"), false,
                PostStatus.of(r.get("published", Boolean.class), r.get("scheduled_at") != null),
                instant(r, "scheduled_at"))).toList();
    }
}
