package dev.inkwell.adapters.persistence.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a statement with named parameters ({@code :name}) into JDBC's {@code ?} placeholders and
 * the values in their order. A collection becomes one placeholder per element ({@code in (:ids)}).
 * Casts ({@code ::type}) and quoted text are left alone.
 */
record NamedParameters(String sql, List<Object> values) {

    static NamedParameters of(String sql, Map<String, Object> params) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Object> values = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i++;
                continue;
            } else if (!quoted && c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                Object value = params.get(name);
                if (value instanceof Collection<?> many) {
                    if (many.isEmpty()) {
                        throw new IllegalArgumentException(":" + name + " is an empty collection");
                    }
                    for (int k = 0; k < many.size(); k++) {
                        out.append(k == 0 ? "?" : ", ?");
                    }
                    values.addAll(many);
                } else {
                    out.append('?');
                    values.add(value);
                }
                i = end - 1;
                continue;
            }
            out.append(c);
        }
        return new NamedParameters(out.toString(), values);
    }
}
