package dev.inkwell.bootstrap.events;

import dev.inkwell.domain.event.DomainEvent;
import java.time.Instant;

/** A domain event that only the tests publish. */
record Probe(String name, Instant occurredAt) implements DomainEvent {
}
