package dev.inkwell.application.contract;

import static dev.inkwell.application.contract.Samples.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.TagCount;
import dev.inkwell.application.port.out.FollowRepository.FollowCounts;
import dev.inkwell.application.port.out.ViewerRelations.Relations;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.Follow;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the follow, favorite, viewer-relation and tag ports promise, and how the post reads show
 * them (tags, favorites counts, the tag filter, the following feed); run against the fakes and
 * against PostgreSQL. A soft-deleted user's follows and favorites stop counting.
 */
public abstract class SocialContract extends PortContract {

    private Post stored(UserId author, Instant at, boolean published, String... tags) {
        String slug = unique("s");
        Post post = Post.restore(PostId.newId(), author, new PostTitle("Title " + slug), new Slug(slug), null,
                new PostContent("Content"), Set.of(), Tags.of(List.of(tags)), published, published ? at : null,
                published, at, at);
        tx().run(() -> posts().add(post));
        return post;
    }

    @Test
    void a_follow_is_written_once_counted_for_both_users_and_removed_once() {
        UserId ada = anActiveUser();
        UserId bob = anActiveUser();
        assertThat(tx().call(() -> storage().follows().add(new Follow(ada, bob)))).isTrue();
        assertThat(tx().call(() -> storage().follows().add(new Follow(ada, bob)))).isFalse();
        assertThat(tx().call(() -> storage().follows().counts(bob))).isEqualTo(new FollowCounts(1, 0));
        assertThat(tx().call(() -> storage().follows().counts(ada))).isEqualTo(new FollowCounts(0, 1));
        assertThat(tx().call(() -> users().findActiveById(bob)).orElseThrow().audience().followers()).isEqualTo(1);
        assertThat(tx().call(() -> storage().follows().remove(new Follow(ada, bob)))).isTrue();
        assertThat(tx().call(() -> storage().follows().remove(new Follow(ada, bob)))).isFalse();
        assertThat(tx().call(() -> storage().follows().counts(bob))).isEqualTo(new FollowCounts(0, 0));
    }

    @Test
    void a_soft_deleted_users_follows_and_favorites_stop_counting() {
        UserId ada = anActiveUser();
        UserId bob = anActiveUser();
        UserId eve = anActiveUser();
        PostId post = aPublishedPost();
        tx().run(() -> {
            storage().follows().add(new Follow(eve, bob));
            storage().follows().add(new Follow(ada, eve));
            storage().favorites().add(eve, post);
            storage().favorites().add(ada, post);
        });
        assertThat(tx().call(() -> storage().favorites().count(post))).isEqualTo(2);
        softDelete(eve);
        assertThat(tx().call(() -> storage().follows().counts(bob)).followers()).isZero();
        assertThat(tx().call(() -> storage().follows().counts(ada)).following()).isZero();
        assertThat(tx().call(() -> storage().favorites().count(post))).isEqualTo(1);
    }

    @Test
    void favorites_are_written_once_and_shown_as_the_posts_count() {
        UserId ada = anActiveUser();
        Post post = stored(anActiveUser(), Samples.now(), true);
        assertThat(tx().call(() -> storage().favorites().add(ada, post.id()))).isTrue();
        assertThat(tx().call(() -> storage().favorites().add(ada, post.id()))).isFalse();
        assertThat(tx().call(() -> postQueries().findById(post.id(), 0)).orElseThrow().summary().favoritesCount())
                .isEqualTo(1);
        assertThat(tx().call(() -> storage().favorites().remove(ada, post.id()))).isTrue();
        assertThat(tx().call(() -> storage().favorites().remove(ada, post.id()))).isFalse();
        assertThat(tx().call(() -> storage().favorites().count(post.id()))).isZero();
    }

    @Test
    void a_viewers_relations_to_a_screen_come_in_one_answer() {
        UserId viewer = anActiveUser();
        UserId followed = anActiveUser();
        UserId other = anActiveUser();
        PostId liked = aPublishedPost();
        PostId notLiked = aPublishedPost();
        tx().run(() -> {
            storage().follows().add(new Follow(viewer, followed));
            storage().favorites().add(viewer, liked);
            storage().follows().add(new Follow(other, viewer));
        });
        Relations r = tx().call(() -> storage().relations().of(viewer, List.of(liked.value(), notLiked.value()),
                List.of(followed.value(), other.value())));
        assertThat(r.favorited()).containsExactly(liked.value());
        assertThat(r.followed()).containsExactly(followed.value());
        assertThat(tx().call(() -> storage().relations().of(viewer, List.of(), List.of()))).isEqualTo(Relations.none());
    }

    @Test
    void tags_are_shown_sorted_filter_the_list_and_count_published_posts_of_active_authors() {
        String java = unique("java");
        String zig = unique("zig");
        UserId author = anActiveUser();
        UserId leaving = anActiveUser();
        Instant t = Instant.parse("2026-02-01T10:00:00Z");
        Post first = stored(author, t, true, zig, java);
        Post second = stored(author, t.plusSeconds(1), true, java);
        stored(author, t.plusSeconds(2), false, java);
        Post third = stored(leaving, t.plusSeconds(3), true, java, zig);

        PostSummary shown = tx().call(() -> postQueries().findById(first.id(), 0)).orElseThrow().summary();
        assertThat(shown.tags()).containsExactly(java, zig);
        Page<PostSummary> tagged = tx().call(() -> postQueries().findPublished(
                new PostFilter(null, null, null, java, null), new PageRequest(1, 10)));
        assertThat(tagged.items()).extracting(PostSummary::id)
                .containsExactly(third.id().value(), second.id().value(), first.id().value());
        assertThat(tagged.total()).isEqualTo(3);
        assertThat(tx().call(() -> postQueries().findPublished(new PostFilter(null, null, null, java.toUpperCase(),
                null), new PageRequest(2, 2))).items()).as("matched as stored, paged")
                .extracting(PostSummary::id).containsExactly(first.id().value());
        assertThat(count(java)).isEqualTo(3);
        assertThat(count(zig)).isEqualTo(2);
        softDelete(leaving);
        assertThat(count(java)).isEqualTo(2);
        assertThat(count(zig)).isEqualTo(1);
        Page<PostSummary> afterwards = tx().call(() -> postQueries().findPublished(
                new PostFilter(null, null, null, java, null), new PageRequest(1, 10)));
        assertThat(afterwards.items()).extracting(PostSummary::id)
                .containsExactly(second.id().value(), first.id().value());
        assertThat(afterwards.total()).isEqualTo(2);
    }

    @Test
    void the_tag_cloud_is_most_used_first_then_by_code_point() {
        String a = unique("a");
        String b = unique("b");
        UserId author = anActiveUser();
        stored(author, Samples.now(), true, b);
        stored(author, Samples.now(), true, a, b);
        List<TagCount> cloud = tx().call(() -> storage().tags().popular(100));
        assertThat(cloud).containsSubsequence(new TagCount(b, 2), new TagCount(a, 1));
        for (int i = 1; i < cloud.size(); i++) {
            TagCount before = cloud.get(i - 1);
            TagCount next = cloud.get(i);
            assertThat(before.postCount() > next.postCount() || before.postCount() == next.postCount()
                    && dev.inkwell.domain.tag.Tag.CODE_POINT_ORDER.compare(before.name(), next.name()) < 0)
                    .as("%s before %s", before, next).isTrue();
        }
        assertThat(tx().call(() -> storage().tags().popular(1))).hasSize(1);
    }

    @Test
    void the_following_feed_is_the_newest_published_posts_of_followed_active_users() {
        UserId reader = anActiveUser();
        UserId followed = anActiveUser();
        UserId gone = anActiveUser();
        UserId stranger = anActiveUser();
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        Post p1 = stored(followed, t, true);
        stored(stranger, t.plusSeconds(1), true);
        Post p2 = stored(followed, t.plusSeconds(2), true);
        stored(followed, t.plusSeconds(3), false);
        stored(gone, t.plusSeconds(4), true);
        Post p3 = stored(followed, t.plusSeconds(5), true);
        tx().run(() -> {
            storage().follows().add(new Follow(reader, followed));
            storage().follows().add(new Follow(reader, gone));
        });
        softDelete(gone);
        List<PostSummary> first = tx().call(() -> postQueries().followingFeed(reader, null, 2));
        assertThat(first).extracting(PostSummary::id).containsExactly(p3.id().value(), p2.id().value());
        PostSummary last = first.get(1);
        List<PostSummary> next = tx().call(() -> postQueries().followingFeed(reader,
                new dev.inkwell.application.port.model.FeedCursor(last.publishedAt(), last.id()), 2));
        assertThat(next).extracting(PostSummary::id).containsExactly(p1.id().value());
        Page<PostSummary> page = tx().call(() -> postQueries().followingPage(reader, PageRequest.atOffset(1, 10)));
        assertThat(page.items()).extracting(PostSummary::id).containsExactly(p2.id().value(), p1.id().value());
        assertThat(page.total()).isEqualTo(3);
        assertThat(tx().call(() -> postQueries().followingFeed(stranger, null, 10))).isEmpty();
        assertThat(tx().call(() -> postQueries().followingPage(stranger, new PageRequest(1, 10))).total()).isZero();
    }

    private long count(String tag) {
        return tx().call(() -> storage().tags().popular(100)).stream().filter(t -> t.name().equals(tag))
                .mapToLong(TagCount::postCount).findFirst().orElse(0);
    }
}
