package dev.inkwell.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.adapters.rest.shared.EntityTags;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strong entity tags of HTTP caching: digests of bytes and fingerprints, and If-None-Match. */
class EntityTagsTest {

    @Test
    void the_tag_is_a_quoted_digest_of_the_bytes_and_changes_with_any_byte() {
        String tag = EntityTags.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(EntityTags.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(tag);
        assertThat(EntityTags.of("{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(tag);
        // SHA-256("") starts e3b0c442 98fc1c14 9afbf4c8 996fb924
        assertThat(EntityTags.of(new byte[0])).isEqualTo("\"e3b0c44298fc1c149afbf4c8996fb924\"");
    }

    @Test
    void a_fingerprint_tells_apart_sequences_of_parts_that_concatenate_alike() {
        String ab = EntityTags.fingerprint("k").add("ab").add("c").tag();
        assertThat(EntityTags.fingerprint("k").add("a").add("bc").tag()).isNotEqualTo(ab);
        assertThat(EntityTags.fingerprint("k").add("ab").add("c").tag()).isEqualTo(ab);
        assertThat(EntityTags.fingerprint("other").add("ab").add("c").tag()).isNotEqualTo(ab);
        assertThat(EntityTags.fingerprint("k").add(null).tag()).isNotEqualTo(EntityTags.fingerprint("k").tag());
        assertThat(ab).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void if_none_match_names_the_tag_in_a_list_weakly_or_by_star() {
        String tag = "\"abc\"";
        assertThat(EntityTags.matches("\"abc\"", tag)).isTrue();
        assertThat(EntityTags.matches("W/\"abc\"", tag)).isTrue();
        assertThat(EntityTags.matches("\"x\", \"abc\"", tag)).isTrue();
        assertThat(EntityTags.matches(" \"x\" ,W/\"abc\" ", tag)).isTrue();
        assertThat(EntityTags.matches("*", tag)).isTrue();
        assertThat(EntityTags.matches("\"abcd\"", tag)).isFalse();
        assertThat(EntityTags.matches("abc", tag)).isFalse();
        assertThat(EntityTags.matches("", tag)).isFalse();
        assertThat(EntityTags.matches(null, tag)).isFalse();
    }
}
