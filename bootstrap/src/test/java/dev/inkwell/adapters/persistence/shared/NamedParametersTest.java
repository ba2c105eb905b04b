package dev.inkwell.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read models' named parameters become JDBC placeholders in order; casts and quoted text stay. */
class NamedParametersTest {

    @Test
    void names_become_placeholders_in_their_order_and_a_collection_one_per_element() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", 20);
        params.put("ids", List.of("a", "b", "c"));
        params.put("q", "word");
        NamedParameters p = NamedParameters.of("select x from t where q = :q and id in (:ids) and y = :q limit :limit",
                params);
        assertThat(p.sql()).isEqualTo("select x from t where q = ? and id in (?, ?, ?) and y = ? limit ?");
        assertThat(p.values()).containsExactly("word", "a", "b", "c", "word", 20);
    }

    @Test
    void casts_and_quoted_colons_are_not_parameters() {
        NamedParameters p = NamedParameters.of("select '{}'::jsonb, 'at :noon', x::text from t where a = :a",
                Map.of("a", 1));
        assertThat(p.sql()).isEqualTo("select '{}'::jsonb, 'at :noon', x::text from t where a = ?");
        assertThat(p.values()).containsExactly(1);
    }

    @Test
    void a_missing_value_or_an_empty_collection_is_refused() {
        assertThatThrownBy(() -> NamedParameters.of("select :a", Map.of())).hasMessageContaining(":a");
        assertThatThrownBy(() -> NamedParameters.of("select 1 where x in (:ids)", Map.of("ids", List.of())))
                .hasMessageContaining("empty");
    }
}
