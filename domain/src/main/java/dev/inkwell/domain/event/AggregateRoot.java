package dev.inkwell.domain.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the events an aggregate recorded since it was created or loaded. A restored aggregate
 * starts with none: reconstitution is not a change.
 */
public abstract class AggregateRoot {

    private final List<DomainEvent> recorded = new ArrayList<>();

    protected final void record(DomainEvent event) {
        recorded.add(event);
    }

    /** The events recorded so far, in order; the aggregate forgets them, so each is handed on once. */
    public final List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(recorded);
        recorded.clear();
        return events;
    }
}
