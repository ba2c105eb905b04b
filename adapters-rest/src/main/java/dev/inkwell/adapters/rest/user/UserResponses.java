package dev.inkwell.adapters.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.inkwell.application.user.RecentPost;
import dev.inkwell.application.user.UserDetails;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The user shapes of the contract and how a {@link User} becomes one. Hand-written: the
 * aggregate exposes record-style accessors, which MapStruct reads only on records.
 */
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
            @Schema(nullable = true) ProfileView profile) {
    }

    @Schema(name = "PublicUser", description = "A user as anyone sees them: no e-mail")
    public record PublicUser(UUID id, String username, String name, String role,
                             Instant createdAt, Instant updatedAt, @Schema(nullable = true) ProfileView profile) {
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
                          @Schema(nullable = true) ProfileView profile, List<RecentPostView> recentPosts) {
    }

    @Schema(name = "RecentPost")
    public record RecentPostView(UUID id, @Schema(example = "Hello, world") String title,
                                 @Schema(example = "hello-world") String slug, boolean published) {
    }

    public static PrivateUser privateView(User u) {
        return new PrivateUser(u.id().value(), u.email().value(), u.username().value(), u.name().value(),
                u.role().name(), u.createdAt(), u.updatedAt(), profile(u));
    }

    public static PublicUser publicView(User u) {
        return new PublicUser(u.id().value(), u.username().value(), u.name().value(), u.role().name(),
                u.createdAt(), u.updatedAt(), profile(u));
    }

    public static Details details(UserDetails d) {
        User u = d.user();
        return new Details(u.id().value(), d.privateView() ? u.email().value() : null, u.username().value(),
                u.name().value(), u.role().name(), u.createdAt(), u.updatedAt(), profile(u),
                d.recentPosts().stream().map(UserResponses::recentPost).toList());
    }

    private static RecentPostView recentPost(RecentPost p) {
        return new RecentPostView(p.id(), p.title(), p.slug(), p.published());
    }

    private static ProfileView profile(User u) {
        return u.profile().map((Profile p) -> new ProfileView(p.bio(), p.avatar(), p.website())).orElse(null);
    }
}
