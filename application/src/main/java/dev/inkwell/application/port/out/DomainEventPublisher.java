package dev.inkwell.application.port.out;

import dev.inkwell.domain.event.DomainEvent;
import java.util.List;

/**
 * Hands the events an aggregate recorded to whoever listens, inside the caller's transaction.
 * Listeners are ordinary CDI observers of {@link DomainEvent} (or of one event type): an observer
 * that runs in the transaction (outbox rows, counters) sees a rolled-back change undone with it; one
 * declared {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} (cache invalidation) runs only
 * once the change has committed, and not at all when it rolls back.
 */
public interface DomainEventPublisher {

    void publish(List<DomainEvent> events);
}
