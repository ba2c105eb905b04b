package dev.inkwell.domain.category;

import dev.inkwell.domain.event.DomainEvent;
import java.time.Instant;

/** What happens to the category tree. */
public final class CategoryEvents {

    private CategoryEvents() {
    }

    public record CategoryCreated(CategoryId categoryId, Instant occurredAt) implements DomainEvent {
    }

    /** Renamed (new slug) or moved in the tree. */
    public record CategoryChanged(CategoryId categoryId, Instant occurredAt) implements DomainEvent {
    }

    public record CategoryDeleted(CategoryId categoryId, Instant occurredAt) implements DomainEvent {
    }
}
