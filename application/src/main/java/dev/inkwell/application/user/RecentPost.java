package dev.inkwell.application.user;

import java.util.UUID;

/** A post as listed on its author's page. */
public record RecentPost(UUID id, String title, String slug, boolean published) {
}
