package dev.inkwell.adapters.persistence.comment;

import dev.inkwell.adapters.persistence.shared.SqlQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The SQL of the comment read models. Comments of soft-deleted users are never shown or counted. */
public final class CommentSql {

    private static final String SELECT = "select c.id, c.content, c.created_at, c.updated_at, cu.id as author_id,"
            + " cu.username as author_username, cu.name as author_name, cpr.bio as author_bio,"
            + " cpr.avatar as author_avatar";
    private static final String FROM = " from comments c join users cu on cu.id = c.author_id and cu.deleted_at is null"
            + " left join profiles cpr on cpr.user_id = cu.id";
    private static final String COLUMNS = SELECT + FROM;

    /** Comments of active authors on {@code :post}, kept on the post by triggers (migration V5). */
    private static final String KEPT_COUNT = "coalesce((select p.comment_count from posts p where p.id = :post), 0)";

    private CommentSql() {
    }

    /**
     * A post's comments, newest first; each row carries the post's kept comment count (migration
     * V5) as {@code total}, so that a page needs no statement for it.
     */
    public static SqlQuery ofPost(UUID post, int limit, long offset) {
        return new SqlQuery(SELECT + ", " + KEPT_COUNT + " as total" + FROM
                + " where c.post_id = :post order by c.created_at desc, c.id desc limit :limit offset :offset", new LinkedHashMap<>(Map.of("post", post, "limit", limit,
                "offset", offset)));
    }

    public static SqlQuery countOfPost(UUID post) {
        return new SqlQuery("select " + KEPT_COUNT,
                new LinkedHashMap<>(Map.of("post", post)));
    }

    public static SqlQuery byId(UUID id) {
        return new SqlQuery(COLUMNS + " where c.id = :id", new LinkedHashMap<>(Map.of("id", id)));
    }
}
