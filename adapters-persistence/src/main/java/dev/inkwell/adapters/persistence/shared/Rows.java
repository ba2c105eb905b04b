package dev.inkwell.adapters.persistence.shared;

import dev.inkwell.application.port.model.PostViews.AuthorRef;
import jakarta.persistence.Tuple;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading columns of native-query tuples whatever Java type the driver chose for them. */
public final class Rows {

    private Rows() {
    }

    public static Instant instant(Tuple row, String column) {
        Object value = row.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("column " + column + " is a " + value.getClass().getName());
    }

    public static UUID uuid(Tuple row, String column) {
        return row.get(column, UUID.class);
    }

    public static String string(Tuple row, String column) {
        return row.get(column, String.class);
    }

    /** An array column (a post's {@code tags}) as a list, whether the driver gave an array or a JDBC one. */
    public static List<String> strings(Tuple row, String column) {
        Object value = row.get(column);
        try {
            Object array = value instanceof java.sql.Array jdbc ? jdbc.getArray() : value;
            if (array == null) {
                return List.of();
            }
            if (array instanceof Object[] items) {
                List<String> list = new ArrayList<>(items.length);
                for (Object item : items) {
                    list.add((String) item);
                }
                return list;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("column " + column + " could not be read", e);
        }
        throw new IllegalStateException("column " + column + " is a " + value.getClass().getName());
    }

    public static long number(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    /**
     * The {@code author_id}, {@code author_username}, {@code author_name}, {@code author_bio} and
     * {@code author_avatar} columns of a post or comment row; {@code following} is the viewer's, set later.
     */
    public static AuthorRef author(Tuple row) {
        return new AuthorRef(uuid(row, "author_id"), string(row, "author_username"), string(row, "author_name"),
                string(row, "author_bio"), string(row, "author_avatar"), false);
    }
}
