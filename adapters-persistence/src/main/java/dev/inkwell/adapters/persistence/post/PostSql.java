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
            + " p.created_at, p.updated_at, u.id as author_id, u.username as author_username, u.name as author_name,"
            + " pr.bio as author_bio, pr.avatar as author_avatar, p.favorites_count, p.tags, p.scheduled_at, ";

    /** A post's author (active users only) and their profile, after {@code posts p}. */
    private static final String AUTHOR = " join users u on u.id = p.author_id and u.deleted_at is null"
            + " left join profiles pr on pr.user_id = u.id";

    private static final String FROM = " from posts p" + AUTHOR;

    /** Posts of active authors, without the author's columns. */
    private static final String OF_ACTIVE_AUTHOR = " from posts p join users u on u.id = p.author_id"
            + " and u.deleted_at is null";

    private static final String NEWEST_PUBLISHED = " order by p.published_at desc, p.id desc";

    private static final String ACTIVE_AUTHOR_OF = " not exists (select 1 from users d where d.id = %s"
            + " and d.deleted_at is not null)";

    private PostSql() {
    }

    /**
     * Where a page's ids come from: {@code posts} (newest first, or by relevance for a search), or,
     * when the filter names a tag, a category or a user's favorites and no search, the link table
     * of that filter, whose copies of the post's author and publication time (migration V6) make
     * the page a range of one index however rare the tag or category. Any other filter is a
     * semi-join. Authors' visibility is an anti-join on the few soft-deleted users.
     */
    private record IdSource(String from, String id, String publishedAt, String author, String where, String rank) {
    }

    private static IdSource idSource(PostFilter filter, Map<String, Object> params) {
        boolean search = filter.query() != null;
        IdSource source;
        if (!search && filter.tag() != null) {
            source = link("post_tags l", "l.tag = :tag");
        } else if (!search && filter.categorySlug() != null) {
            source = link("post_categories l", "l.category_id = (select c.id from categories c where c.slug = :category)");
        } else if (!search && filter.favoritedBy() != null) {
            source = link("favorites l", "l.user_id = (select fu.id from users fu where fu.username = :favoritedBy"
                    + " and fu.deleted_at is null)");
        } else {
            source = new IdSource("posts p", "p.id", "p.published_at", "p.author_id", " where p.published",
                    search ? "ts_rank(p.search_vector, websearch_to_tsquery('english', :q))" : "0");
        }
        StringBuilder where = new StringBuilder(source.where())
                .append(" and").append(ACTIVE_AUTHOR_OF.formatted(source.author()));
        if (filter.tag() != null) {
            params.put("tag", filter.tag());
            if (!source.from().startsWith("post_tags")) {
                where.append(" and exists (select 1 from post_tags pt where pt.post_id = ").append(source.id())
                        .append(" and pt.tag = :tag)");
            }
        }
        if (filter.categorySlug() != null) {
            params.put("category", filter.categorySlug());
            if (!source.from().startsWith("post_categories")) {
                where.append(" and exists (select 1 from post_categories pc join categories c on c.id = pc.category_id"
                        + " where pc.post_id = ").append(source.id()).append(" and c.slug = :category)");
            }
        }
        if (filter.favoritedBy() != null) {
            params.put("favoritedBy", filter.favoritedBy());
            if (!source.from().startsWith("favorites")) {
                where.append(" and exists (select 1 from favorites fv join users fu on fu.id = fv.user_id"
                        + " and fu.deleted_at is null where fv.post_id = ").append(source.id())
                        .append(" and fu.username = :favoritedBy)");
            }
        }
        if (filter.authorUsername() != null) {
            where.append(" and ").append(source.author()).append(" = (select a.id from users a where a.username = :author"
                    + " and a.deleted_at is null)");
            params.put("author", filter.authorUsername());
        }
        if (search) {
            where.append(" and p.search_vector @@ websearch_to_tsquery('english', :q)");
            params.put("q", filter.query());
        }
        return new IdSource(source.from(), source.id(), source.publishedAt(), source.author(), where.toString(),
                source.rank());
    }

    private static IdSource link(String table, String condition) {
        return new IdSource(table, "l.post_id", "l.post_published_at", "l.post_author_id",
                " where " + condition + " and l.post_published_at is not null", "0");
    }

    /**
     * A page of published posts, filtered; ranked by relevance when the filter has a query. In two
     * steps, because an {@code OFFSET} reads every row it skips: the inner query finds the page's ids
     * from one index alone ({@link #idSource}); only the rows of the page are then read with their
     * author. When the total is a kept number ({@link #keptTotal}), each row carries it in a
     * {@code total} column: no statement of its own.
     */
    public static SqlQuery publishedPage(PostFilter filter, int limit, long offset) {
        return publishedPage(filter, limit, offset, false);
    }

    /**
     * The newest published posts of {@code filter} (no search) with their rendered content, for a
     * feed: {@link #publishedPage}'s plan, and the page's rows joined to {@code post_contents}.
     */
    public static SqlQuery newestWithHtml(PostFilter filter, int limit) {
        return publishedPage(filter, limit, 0, true);
    }

    private static SqlQuery publishedPage(PostFilter filter, int limit, long offset, boolean html) {
        Map<String, Object> params = new LinkedHashMap<>();
        IdSource source = idSource(filter, params);
        String total = html ? null : keptTotal(filter);
        return new SqlQuery(COLUMNS + ACTIVE_COMMENT_COUNT + " as comment_count"
                + (total == null ? "" : ", " + total + " as total")
                + (html ? ", pc.html as content_html" : "")
                + " from (select " + source.id() + " as id, " + source.rank() + " as rank, " + source.publishedAt()
                + " as published_at from " + source.from() + source.where()
                + " order by rank desc, " + source.publishedAt() + " desc, " + source.id() + " desc"
                + limitOffset(limit, offset) + ") page"
                + " join posts p on p.id = page.id" + AUTHOR
                + (html ? " left join post_contents pc on pc.post_id = p.id" : "")
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

    /** The published post with this slug ({@code posts_slug_key}), if its author is active. */
    public static SqlQuery publishedIdBySlug(String slug) {
        return new SqlQuery("select p.id" + OF_ACTIVE_AUTHOR + " where p.slug = :slug and p.published",
                Map.of("slug", slug));
    }

    /** Whose a post is and whether it is published (posts of soft-deleted users do not exist). */
    public static SqlQuery visibility(UUID id) {
        return new SqlQuery("select p.author_id, p.published" + OF_ACTIVE_AUTHOR + " where p.id = :id",
                Map.of("id", id));
    }

    /**
     * The unfiltered total and the totals of one category, one tag or one author are numbers kept
     * by triggers in the writing transaction (migrations V4, V5, V6): one row read, whatever the
     * size of the table. Null for a search, a user's favorites or several filters at once, which are
     * counted.
     */
    public static String keptTotal(PostFilter filter) {
        boolean category = filter.categorySlug() != null;
        boolean author = filter.authorUsername() != null;
        if (filter.query() != null || filter.narrowings() > 1 || filter.favoritedBy() != null) {
            return null;
        }
        if (filter.tag() != null) {
            return "coalesce((select t.post_count from tags t where t.name = :tag), 0)";
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
        // the page's own source and filter: authors' visibility by anti-join on the few soft-deleted
        // users, not by a join with all users (a hash of every user per search grew with the users table)
        IdSource source = idSource(filter, params);
        String kept = keptTotal(filter);
        if (kept != null) {
            return new SqlQuery("select " + kept, params);
        }
        return new SqlQuery("select count(*) from " + source.from() + source.where(), params);
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

    /**
     * Published posts of the users {@code :reader} follows, newest first: for each followed active
     * user, their newest {@code reach} posts from {@code posts_author_published_idx}, then the newest
     * of those. The cost grows with the number of users followed, not with the table.
     */
    private static String followedIds(String keyset, long reach) {
        return "select fp.id, fp.published_at from follows f"
                + " join users fu on fu.id = f.followee_id and fu.deleted_at is null"
                + " cross join lateral (select p.id, p.published_at from posts p where p.author_id = f.followee_id"
                + " and p.published" + keyset + " order by p.published_at desc, p.id desc limit " + reach + ") fp"
                + " where f.follower_id = :reader";
    }

    /** Keyset slices of the following feed, as {@link #feed}. */
    public static SqlQuery followingFeed(UUID reader, FeedCursor after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("reader", reader);
        String keyset = "";
        if (after != null) {
            keyset = " and (p.published_at, p.id) < (:afterAt, :afterId)";
            params.put("afterAt", after.publishedAt());
            params.put("afterId", after.id());
        }
        return new SqlQuery(COLUMNS + ACTIVE_COMMENT_COUNT + " as comment_count from ("
                + followedIds(keyset, limit) + " order by fp.published_at desc, fp.id desc" + limitOffset(limit, 0)
                + ") page join posts p on p.id = page.id" + AUTHOR
                + " order by page.published_at desc, page.id desc", params);
    }

    /**
     * A page of the following feed by offset, each row with the total: the sum of the followed active
     * users' kept published-post counts (migration V5), one row per user followed.
     */
    public static SqlQuery followingPage(UUID reader, int limit, long offset) {
        return new SqlQuery(COLUMNS + ACTIVE_COMMENT_COUNT + " as comment_count, " + FOLLOWED_TOTAL + " as total from ("
                + followedIds("", offset + limit) + " order by fp.published_at desc, fp.id desc"
                + limitOffset(limit, offset) + ") page join posts p on p.id = page.id" + AUTHOR
                + " order by page.published_at desc, page.id desc", new LinkedHashMap<>(Map.of("reader", reader)));
    }

    private static final String FOLLOWED_TOTAL = "(select coalesce(sum(fu.published_post_count), 0) from follows f"
            + " join users fu on fu.id = f.followee_id and fu.deleted_at is null where f.follower_id = :reader)";

    public static SqlQuery followingCount(UUID reader) {
        return new SqlQuery("select " + FOLLOWED_TOTAL, new LinkedHashMap<>(Map.of("reader", reader)));
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
        return new SqlQuery("select count(*)" + OF_ACTIVE_AUTHOR + " where p.author_id = :author and not p.published",
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
        return new SqlQuery(COLUMNS + ACTIVE_COMMENT_COUNT + " as comment_count, p.content, pc.html as content_html,"
                + " pc.reading_time_minutes, pr.website" + FROM + " left join post_contents pc on pc.post_id = p.id"
                + " where " + condition, new LinkedHashMap<>(params));
    }

    /**
     * The categories of a set of posts, by name: one statement for a whole page. Their tags come
     * with the rows ({@code posts.tags}, kept from {@code post_tags} by migration V7): reading
     * them here too made this statement twice as expensive.
     */
    public static SqlQuery categoriesOf(List<UUID> posts) {
        return new SqlQuery("select pc.post_id, c.id, c.name, c.slug from post_categories pc"
                + " join categories c on c.id = pc.category_id where pc.post_id in (:ids) order by lower(c.name), c.id",
                new LinkedHashMap<>(Map.of("ids", posts)));
    }

    /** The highest post number taken and the number of categories: two index-only reads. */
    public static SqlQuery sitemapSize() {
        return new SqlQuery("select coalesce((select max(n.number) from post_numbers n), 0) as last_number,"
                + " (select count(*) from categories) as categories", new LinkedHashMap<>());
    }

    /** Published posts of active authors numbered {@code :first} to {@code :last}: one range of the numbers' key. */
    public static SqlQuery sitemapPosts(long first, long last) {
        return new SqlQuery("select p.slug, p.updated_at from post_numbers n join posts p on p.id = n.post_id"
                + " where n.number between :first and :last and p.published and"
                + ACTIVE_AUTHOR_OF.formatted("p.author_id") + " order by n.number",
                new LinkedHashMap<>(Map.of("first", first, "last", last)));
    }

    public static SqlQuery sitemapCategories(int limit) {
        return new SqlQuery("select c.slug, c.updated_at from categories c order by c.slug" + limitOffset(limit, 0),
                new LinkedHashMap<>());
    }
}
