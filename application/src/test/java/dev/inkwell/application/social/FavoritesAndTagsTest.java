package dev.inkwell.application.social;

import static dev.inkwell.application.fakes.PublishingFixture.postId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.application.port.in.FavoriteUseCase.FavoriteState;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.TagCount;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.PostEvents.PostFavoriteChanged;
import dev.inkwell.domain.post.PostId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FavoritesAndTagsTest {

    final PublishingFixture f = new PublishingFixture();

    @Test
    void favoriting_is_idempotent_and_announced_only_when_it_changed_something() {
        PostId post = postId(f.published("Loved"));
        int before = f.events.published.size();
        int invalidations = f.popular.invalidations;
        assertThat(f.favorites.favorite(f.stranger, post)).isEqualTo(new FavoriteState(true, 1));
        assertThat(f.favorites.favorite(f.stranger, post)).isEqualTo(new FavoriteState(true, 1));
        assertThat(f.favorites.favorite(f.moderator, post)).isEqualTo(new FavoriteState(true, 2));
        assertThat(f.favorites.unfavorite(f.stranger, post)).isEqualTo(new FavoriteState(false, 1));
        assertThat(f.favorites.unfavorite(f.stranger, post)).isEqualTo(new FavoriteState(false, 1));
        assertThat(f.events.published.subList(before, f.events.published.size()))
                .hasSize(3).allMatch(e -> e instanceof PostFavoriteChanged);
        assertThat(f.popular.invalidations - invalidations).as("the popular list shows counts").isEqualTo(3);
    }

    @Test
    void only_a_visible_post_can_be_favorited() {
        PostId draft = postId(f.draft("Secret"));
        assertThatThrownBy(() -> f.favorites.favorite(f.stranger, draft)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.favorites.unfavorite(f.stranger, draft)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.favorites.favorite(f.stranger, PostId.newId())).isInstanceOf(NotFound.class);
        assertThat(f.favorites.favorite(f.author, draft).favorited()).as("its author sees it").isTrue();
    }

    @Test
    void a_signed_in_reader_sees_what_they_favorited_with_one_question_per_screen() {
        PostId one = postId(f.published("One"));
        f.published("Two");
        f.favorites.favorite(f.stranger, one);
        int before = f.social.relationQueries;
        List<PostSummary> anonymous = f.reads.list(PostFilter.none(), new PageRequest(1, 10), Optional.empty()).items();
        assertThat(anonymous).noneMatch(PostSummary::favorited);
        assertThat(f.social.relationQueries).as("nothing to ask for an anonymous reader").isEqualTo(before);
        List<PostSummary> signedIn = f.reads.list(PostFilter.none(), new PageRequest(1, 10), Optional.of(f.stranger))
                .items();
        assertThat(signedIn).filteredOn(PostSummary::favorited).extracting(PostSummary::title).containsExactly("One");
        assertThat(signedIn).allMatch(p -> p.favoritesCount() == (p.title().equals("One") ? 1 : 0));
        assertThat(f.social.relationQueries).as("one question for the whole page").isEqualTo(before + 1);
        assertThat(f.reads.popular(Optional.of(f.stranger))).filteredOn(PostSummary::favorited).hasSize(1);
    }

    @Test
    void tags_are_normalised_set_whole_by_an_edit_and_filter_the_list() {
        PostDetail java = f.writing.create(f.author, CreatePostCommand.of("Java", "c", null, null,
                List.of("Java ", "JVM", "java")));
        assertThat(java.summary().tags()).containsExactly("java", "jvm");
        f.workflow.publish(f.author, postId(java));
        PostDetail other = f.published("Other");
        f.writing.edit(f.author, EditPostCommand.of(postId(other), null, null, null, null, List.of("jvm")));
        assertThat(f.reads.list(new PostFilter(null, null, null, "JVM", null), new PageRequest(1, 10),
                Optional.empty()).items()).extracting(PostSummary::title).containsExactlyInAnyOrder("Java", "Other");
        assertThat(f.tags.popular(100)).containsExactly(new TagCount("jvm", 2), new TagCount("java", 1));
        PostDetail cleared = f.writing.edit(f.author, EditPostCommand.of(postId(java), null, null, null, null, List.of()));
        assertThat(cleared.summary().tags()).isEmpty();
        PostDetail kept = f.writing.edit(f.author, EditPostCommand.of(postId(other), "Renamed", null, null, null, null));
        assertThat(kept.summary().tags()).as("absent tags stay").containsExactly("jvm");
    }

    @Test
    void a_bad_tag_is_a_400_that_writes_nothing() {
        int before = f.posts.size();
        assertThatThrownBy(() -> f.writing.create(f.author, CreatePostCommand.of("T", "c", null, null,
                List.of("ok", "not/ok")))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CreatePostCommand.of("T", "c", null, null,
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at most 10");
        assertThat(f.posts.size()).isEqualTo(before);
    }

    @Test
    void the_tag_cloud_takes_a_limit_from_1_to_100() {
        assertThatThrownBy(() -> f.tags.popular(0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> f.tags.popular(101)).isInstanceOf(InvalidInput.class);
        assertThat(f.tags.popular(1)).isEmpty();
    }
}
