package dev.inkwell.bootstrap.events;

import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.domain.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Domain events as CDI events, fired synchronously in the caller's transaction. CDI does the
 * rest: an observer declared {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} is
 * registered with the transaction and called only after it commits; a plain {@code @Observes}
 * runs at once, inside it.
 */
@ApplicationScoped
public class CdiDomainEventPublisher implements DomainEventPublisher {

    private final Event<DomainEvent> events;

    @Inject
    public CdiDomainEventPublisher(Event<DomainEvent> events) {
        this.events = events;
    }

    @Override
    public void publish(List<DomainEvent> recorded) {
        recorded.forEach(events::fire);
    }
}
