package dev.inkwell.domain.event;

import java.time.Instant;

/**
 * Something that happened to an aggregate. The aggregate method that makes the change records
 * it ({@link AggregateRoot#record}); the use case hands what was recorded to the event port in
 * the same transaction. Events are facts in the past tense and carry ids, not aggregates.
 */
public interface DomainEvent {

    Instant occurredAt();
}
