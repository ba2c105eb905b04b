package dev.inkwell.bootstrap.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/** Direct SQL for arranging many rows quickly (posts, comments, links) and for checks. */
public final class Sql {

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public UUID insertPost(String authorId, String title, boolean published, Instant createdAt) {
        UUID id = UUID.randomUUID();
        update("insert into posts (id, author_id, title, slug, content, published, published_at, slug_frozen,"
                        + " created_at, updated_at) values (?, ?, ?, ?, 'content', ?, ?, ?, ?, ?)",
                id, UUID.fromString(authorId), title, "p-" + id, published,
                published ? java.sql.Timestamp.from(createdAt) : null, published,
                java.sql.Timestamp.from(createdAt), java.sql.Timestamp.from(createdAt));
        return id;
    }

    public void linkCategory(UUID postId, String categoryId) {
        update("insert into post_categories (post_id, category_id) values (?, ?)", postId, UUID.fromString(categoryId));
    }

    public UUID insertComment(UUID postId, String authorId) {
        UUID id = UUID.randomUUID();
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        update("insert into comments (id, post_id, author_id, content, created_at, updated_at) values (?, ?, ?, 'hi', ?, ?)",
                id, postId, UUID.fromString(authorId), now, now);
        return id;
    }

    public long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String string(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
