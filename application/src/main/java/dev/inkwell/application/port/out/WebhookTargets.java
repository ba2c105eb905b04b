package dev.inkwell.application.port.out;

import dev.inkwell.domain.webhook.WebhookUrl;
import java.util.Optional;

/**
 * Whether a webhook URL may be called from here: its host resolved, and every address it resolves
 * to outside loopback, link-local and private ranges unless private targets are allowed
 * (api.md "Webhooks"). Asked at registration and again before every attempt.
 */
public interface WebhookTargets {

    /** Why {@code url} may not be called, or empty when it may. */
    Optional<String> refusal(WebhookUrl url);
}
