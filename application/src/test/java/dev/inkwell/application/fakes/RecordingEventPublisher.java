package dev.inkwell.application.fakes;

import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.domain.event.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records what the use cases publish and hands it to listeners at once. The fakes have no
 * transactions, so "after commit" is "when published": a use case publishes last, after its writes.
 */
public class RecordingEventPublisher implements DomainEventPublisher {

    public final List<DomainEvent> published = new ArrayList<>();
    private final List<Consumer<DomainEvent>> listeners = new ArrayList<>();

    public RecordingEventPublisher listen(Consumer<DomainEvent> listener) {
        listeners.add(listener);
        return this;
    }

    @Override
    public void publish(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            published.add(event);
            listeners.forEach(l -> l.accept(event));
        }
    }

    public <E extends DomainEvent> List<E> of(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
