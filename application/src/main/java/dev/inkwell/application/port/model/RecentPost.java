package dev.inkwell.application.port.model;

import java.util.UUID;

/** A post as listed on its author's page. */
public record RecentPost(UUID id, String title, String slug, boolean published) {
}
