package dev.inkwell.adapters.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.inkwell.adapters.rest.shared.PageResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The user shapes of the contract. */
public final class UserResponses {

    private UserResponses() {
    }

    @Schema(name = "PrivateUser", description = "A user as they and ADMINs see them")
    public record PrivateUser(
            @Schema(example = "0b9e5a8e-3f4c-4f7e-9a55-7d3b1c2d4e5f") UUID id,
            @Schema(example = "ada@example.com") String email,
            @Schema(example = "ada-lovelace") String username,
            @Schema(example = "Ada Lovelace") String name,
            @Schema(example = "USER", enumeration = {"USER", "MODERATOR", "ADMIN"}) String role,
            @Schema(example = "2026-11-21T14:20:00.123Z") Instant createdAt,
            @Schema(example = "2026-11-21T14:20:00.123Z") Instant updatedAt,
            @Schema(nullable = true) ProfileView profile,
            @Schema(description = FOLLOWERS, example = "12") long followersCount,
            @Schema(description = FOLLOWING, example = "3") long followingCount) {
    }

    static final String FOLLOWERS = "active users following this user";
    static final String FOLLOWING = "active users this user follows";

    /** The contract's public shape; {@link Details} is it plus recent posts (and e-mail where allowed). */
    @Schema(name = "PublicUser", description = "A user as anyone sees them: no e-mail")
    public record PublicUser(UUID id, String username, String name, String role,
                             Instant createdAt, Instant updatedAt, @Schema(nullable = true) ProfileView profile,
                             @Schema(description = FOLLOWERS) long followersCount,
                             @Schema(description = FOLLOWING) long followingCount) {
    }

    @Schema(name = "UserProfile")
    public record ProfileView(
            @Schema(example = "Writes about engines.", nullable = true) String bio,
            @Schema(example = "https://example.com/ada.png", nullable = true) String avatar,
            @Schema(example = "https://ada.example.com", nullable = true) String website) {
    }

    @Schema(name = "UserDetails",
            description = "A user's page: PublicUser, or PrivateUser (with email) for the user and ADMINs, plus"
                    + " their 5 newest posts (drafts only for the user themself)")
    public record Details(UUID id,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          @Schema(description = "only for the user themself and ADMINs") String email,
                          String username, String name, String role, Instant createdAt, Instant updatedAt,
                          @Schema(nullable = true) ProfileView profile,
                          @Schema(description = FOLLOWERS) long followersCount,
                          @Schema(description = FOLLOWING) long followingCount,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          @Schema(description = "whether the caller follows this user; only for a signed-in caller")
                          Boolean following,
                          List<RecentPostView> recentPosts) {
    }

    @Schema(name = "FollowState")
    public record FollowState(boolean following, @Schema(example = "12") long followersCount) {
    }

    @Schema(name = "RecentPost")
    public record RecentPostView(UUID id, @Schema(example = "Hello, world") String title,
                                 @Schema(example = "hello-world") String slug, boolean published) {
    }

    /** For the OpenAPI document only: generics are erased from the schema. */
    @Schema(name = "PrivateUserPage")
    public record PrivateUserPage(List<PrivateUser> data, PageResponse.Meta meta) {
    }
}
