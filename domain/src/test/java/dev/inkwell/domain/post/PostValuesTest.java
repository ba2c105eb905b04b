package dev.inkwell.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

class PostValuesTest {

    @Test
    void a_title_is_1_to_200_characters_and_not_blank() {
        assertThat(new PostTitle("  Hello  ").value()).isEqualTo("Hello");
        assertThat(new PostTitle("é".repeat(200)).value()).hasSize(200);
        assertThat(new PostTitle("😀".repeat(200)).value()).hasSize(400); // code points, not UTF-16 units
        assertInvalid(() -> new PostTitle("t".repeat(201)), "title", "must be at most 200 characters");
        assertInvalid(() -> new PostTitle("   "), "title", "must not be blank");
        assertInvalid(() -> new PostTitle(null), "title", "must not be blank");
    }

    @Test
    void content_is_1_to_100000_characters_kept_as_written() {
        assertThat(new PostContent("    indented code").value()).isEqualTo("    indented code");
        assertThat(new PostContent("c".repeat(100_000)).value()).hasSize(100_000);
        assertInvalid(() -> new PostContent("c".repeat(100_001)), "content", "must be at most 100000 characters");
        assertInvalid(() -> new PostContent(" \n\t "), "content", "must not be blank");
    }

    @Test
    void an_excerpt_is_at_most_500_characters_and_empty_means_none() {
        assertThat(new Excerpt("  teaser ").value()).isEqualTo("teaser");
        assertThat(new Excerpt("   ").isEmpty()).isTrue();
        assertThat(new Excerpt("e".repeat(500)).isEmpty()).isFalse();
        assertInvalid(() -> new Excerpt("e".repeat(501)), "excerpt", "must be at most 500 characters");
    }

    @Test
    void comment_content_is_1_to_5000_characters() {
        assertThat(new CommentContent("c".repeat(5000)).value()).hasSize(5000);
        assertInvalid(() -> new CommentContent("c".repeat(5001)), "content", "must be at most 5000 characters");
        assertInvalid(() -> new CommentContent(""), "content", "must not be blank");
    }

    @Test
    void no_text_may_hold_the_nul_character_postgresql_can_not_store_it() {
        assertInvalid(() -> new PostTitle("a\u0000b"), "title", "must not contain the NUL character");
        assertInvalid(() -> new PostContent("\u0000"), "content", "must not contain the NUL character");
        assertInvalid(() -> new Excerpt("e\u0000"), "excerpt", "must not contain the NUL character");
        assertInvalid(() -> new CommentContent("c\u0000"), "content", "must not contain the NUL character");
        assertInvalid(() -> new dev.inkwell.domain.category.CategoryName("n\u0000"), "name",
                "must not contain the NUL character");
        assertInvalid(() -> new dev.inkwell.domain.user.DisplayName("n\u0000"), "name",
                "must not contain the NUL character");
        assertInvalid(() -> new dev.inkwell.domain.user.Profile("b\u0000", null, null), "bio",
                "must not contain the NUL character");
        assertThatThrownBy(() -> new dev.inkwell.domain.user.Email("a\u0000b@example.com"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new dev.inkwell.domain.user.Email("ab@exa\u0007mple.com"))
                .isInstanceOf(InvalidInput.class);
    }

    static void assertInvalid(Runnable construction, String field, String message) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).isEqualTo(message);
        });
    }
}
