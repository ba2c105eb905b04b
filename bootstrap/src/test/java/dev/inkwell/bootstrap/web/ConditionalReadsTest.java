package dev.inkwell.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConditionalReadsTest {

    @Test
    void the_tag_is_a_quoted_digest_of_the_bytes_and_changes_with_any_byte() {
        String tag = ConditionalReads.tagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(ConditionalReads.tagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(tag);
        assertThat(ConditionalReads.tagOf("{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(tag);
        // SHA-256("") starts e3b0c442 98fc1c14 9afbf4c8 996fb924
        assertThat(ConditionalReads.tagOf(new byte[0])).isEqualTo("\"e3b0c44298fc1c149afbf4c8996fb924\"");
    }

    @Test
    void if_none_match_names_the_tag_in_a_list_weakly_or_by_star() {
        String tag = "\"abc\"";
        assertThat(ConditionalReads.matches("\"abc\"", tag)).isTrue();
        assertThat(ConditionalReads.matches("W/\"abc\"", tag)).isTrue();
        assertThat(ConditionalReads.matches("\"x\", \"abc\"", tag)).isTrue();
        assertThat(ConditionalReads.matches(" \"x\" ,W/\"abc\" ", tag)).isTrue();
        assertThat(ConditionalReads.matches("*", tag)).isTrue();
        assertThat(ConditionalReads.matches("\"abcd\"", tag)).isFalse();
        assertThat(ConditionalReads.matches("abc", tag)).isFalse();
        assertThat(ConditionalReads.matches("", tag)).isFalse();
        assertThat(ConditionalReads.matches(null, tag)).isFalse();
    }
}
