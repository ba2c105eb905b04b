package dev.inkwell.adapters.persistence.shared;

import java.util.Map;

/** A native statement and its named parameters ({@code :name}), kept together so that a test can EXPLAIN it. */
public record SqlQuery(String sql, Map<String, Object> params) {
}
