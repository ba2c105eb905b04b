package dev.inkwell.adapters.persistence.post;

import dev.inkwell.adapters.persistence.shared.SqlQuery;
import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.PostFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL of the post read models, in one place so that a test can {@code EXPLAIN} exactly what
 * the service runs. Every query hides posts and comments of soft-deleted users. Named
 * parameters ({@code :name}) are bound by {@code SqlProjections}.
 */
public final class PostSql {

    /** Comments of active authors, kept on the post by triggers (migration V5). */
    static final String ACTIVE_COMMENT_COUNT = "p.comment_count";

    private static final String COLUMNS = "select p.id, p.title, p.slug, p.excerpt, p.published, p.published_at,"
            + " p.created_at, p.updated_at, u.id as author_id, u.username as author_username, u.name as author_name, ";

    private static final String FROM = " from posts p join users u on u.id = p.author_id and u.deleted_at is null";

    private static final String NEWEST_PUBLISHED = " order by p.published_at desc, p.id desc";

    private PostSql() {
    }

    /**
     * A page of published posts, filtered; ranked by relevance when the filter has a query. In two
     * steps, because an {@code OFFSET} reads every row it skips: the inner query finds the page's ids
     * from the index alone ({@code posts_published_idx} carries the author, and the authors that
     * hide their posts are the few soft-deleted ones, {@code users_deleted_idx}); only the rows of
     * the page are then read with their author. When the total is a kept number
     * ({@link #keptTotal}), each row carries it in a {@code total} column: no statement of its own.
     */
    public static SqlQuery publishedPage(PostFilter filter, int limit, long offset) {
        Map<String, Object> params = new LinkedHashMap<>();
        String rank = filter.query() == null ? "0" : "ts_rank(p.search_vector, websearch_to_tsquery('english', :q))";
        String where = publishedIdsWhere(filter, params);
        String total = keptTotal(filter);
        return new SqlQuery(COLUMNS + ACTIVE_COMMENT_COUNT + " as comment_count"
                + (total == null ? "" : ", " + total + " as total")
                + " from (select p.id, " + rank + " as rank, p.published_at from posts p" + where
                + " order by rank desc, p.published_at desc, p.id desc" + limitOffset(limit, offset) + ") page"
                + " join posts p on p.id = page.id join users u on u.id = p.author_id and u.deleted_at is null"
                + " order by page.rank desc, page.published_at desc, page.id desc", params);
    }

    /**
     * Limit and offset are written into the statement (they are numbers, never text from a
     * request): PostgreSQL then plans the page once per connection and reuses the plan, where a
     * {@code LIMIT $1} left it planning every execution anew (a generic plan cannot know how few
     * rows are wanted). Measured in {@code bootstrap/docs/performance.md}.
     */
    static String limitOffset(int limit, long offset) {
        return " limit " + limit + (offset > 0 ? " offset " + offset : "");
    }

    /** The inner query's filter: on {@code posts} alone, authors' visibility by anti-join. */
    private static String publishedIdsWhere(PostFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where p.published and not exists (select 1 from users d"
                + " where d.id = p.author_id and d.deleted_at is not null)");
        if (filter.categorySlug() != null) {
            where.append(" and exists (select 1 from post_categories pc join categories c on c.id = pc.category_id"
                    + " where pc.post_id = p.id and c.slug = :category)");
            params.put("category", filter.categorySlug());
        }
        if (filter.authorUsername() != null) {
            where.append(" and p.author_id = (select a.id from users a where a.username = :author"
                    + " and a.deleted_at is null)");
            params.put("author", filter.authorUsername());
        }
        if (filter.query() != null) {
            where.append(" and p.search_vector @@ websearch_to_tsquery('english', :q)");
            params.put("q", filter.query());
        }
        return where.toString();
    }

    /** Whose a post is and whether it is published (posts of soft-deleted users do not exist). */
    public static SqlQuery visibility(UUID id) {
        return new SqlQuery("select p.author_id, p.published" + FROM + " where p.id = :id", Map.of("id", id));
    }

    /**
     * The unfiltered total and the totals of one category or one author are numbers kept by
     * triggers in the writing transaction (migrations V4, V5): one row read, whatever the size of
     * the table. Null for a search or several filters at once, which are counted.
     */
    public static String keptTotal(PostFilter filter) {
        boolean category = filter.categorySlug() != null;
        boolean author = filter.authorUsername() != null;
        if (filter.query() != null || category && author) {
            return null;
        }
        if (category) {
            return "coalesce((select c.post_count from categories c where c.slug = :category), 0)";
        }
        if (author) {
            return "coalesce((select a.published_post_count from users a where a.username = :author"
                    + " and a.deleted_at is null), 0)";
        }
        return "(select published_count from post_totals)";
    }

    /**
     * The exact number of published posts matching {@code filter}: the kept number when there is
     * one, else counted from the indexes (a search, or several filters: the cost grows with the
     * matches of the most selective filter, not with the table).
     */
    public static SqlQuery publishedCount(PostFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        // the page's own filter: authors' visibility by anti-join on the few soft-deleted users, not by
        // a join with all users (a hash of every user per search: its cost grew with the users table)
        String where = publishedIdsWhere(filter, params);
        String kept = keptTotal(filter);
        if (kept != null) {
            return new SqlQuery("select " + kept, params);
        }
        return new SqlQuery("select count(*) from posts p" + where, params);
    }

    /** Keyset pagination: strictly after the cursor in (publishedAt, id) order, newest first. */
    public static SqlQuery feed(FeedCursor after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = " where p.published";
        if (after != null) {
            where += " and (p.published_at, p.id) < (:afterAt, :afterId)";
            params.put("afterAt", after.publishedAt());
            params.put("afterId", after.id());
        }
        return new SqlQuery(COLUMNS + ACTIVE_COMMENT_COUNT + " as comment_count" + FROM + where + NEWEST_PUBLISHED
                + limitOffset(limit, 0), params);
    }

    /** The published posts with most comments, newest first among equals: {@code posts_popular_idx}. */
    public static SqlQuery mostCommented(int limit) {
        return new SqlQuery(COLUMNS + ACTIVE_COMMENT_COUNT + " as comment_count" + FROM
                + " where p.published order by p.comment_count desc, p.published_at desc, p.id desc limit :limit",
                new LinkedHashMap<>(Map.of("limit", limit)));
    }

    public static SqlQuery draftsPage(UUID author, int limit, long offset) {
        return new SqlQuery(COLUMNS + ACTIVE_COMMENT_COUNT + " as comment_count" + FROM
                + " where p.author_id = :author and not p.published order by p.created_at desc, p.id desc"
                + " limit :limit offset :offset", new LinkedHashMap<>(Map.of("author", author, "limit", limit,
                "offset", offset)));
    }

    public static SqlQuery draftsCount(UUID author) {
        return new SqlQuery("select count(*)" + FROM + " where p.author_id = :author and not p.published",
                new LinkedHashMap<>(Map.of("author", author)));
    }

    /** One post with its content and the author's profile. */
    public static SqlQuery detailBySlug(String slug) {
        return detail("p.slug = :slug", Map.of("slug", slug));
    }

    public static SqlQuery detailById(UUID id) {
        return detail("p.id = :id", Map.of("id", id));
    }

    private static SqlQuery detail(String condition, Map<String, Object> params) {
        return new SqlQuery(COLUMNS + ACTIVE_COMMENT_COUNT + " as comment_count,"
                + " p.content, pr.bio, pr.avatar, pr.website" + FROM
                + " left join profiles pr on pr.user_id = u.id where " + condition, new LinkedHashMap<>(params));
    }

    /** The categories of a set of posts: one statement for a whole page. */
    public static SqlQuery categoriesOf(List<UUID> posts) {
        return new SqlQuery("select pc.post_id, c.id, c.name, c.slug from post_categories pc"
                + " join categories c on c.id = pc.category_id where pc.post_id in (:ids) order by lower(c.name), c.id",
                new LinkedHashMap<>(Map.of("ids", posts)));
    }
}
