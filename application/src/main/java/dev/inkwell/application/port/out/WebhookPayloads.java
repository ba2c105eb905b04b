package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.WebhookViews.OutboxEvent;

/** Writes an event's request body, {@code {id, event, occurredAt, data}}, in the API's JSON shapes. */
public interface WebhookPayloads {

    String body(OutboxEvent event);
}
