package dev.inkwell.bootstrap.webhooks;

import dev.inkwell.domain.webhook.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The delivery attempts allowed per event and webhook, {@code inkwell.webhooks.max-attempts} (default 8). */
@ApplicationScoped
public class RetryScheduleProducer {

    @Produces
    @Singleton // a record is not proxyable: no normal scope
    RetrySchedule retrySchedule(@ConfigProperty(name = "inkwell.webhooks.max-attempts", defaultValue = "8") int maxAttempts) {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalStateException("inkwell.webhooks.max-attempts must be 1 to 100, not " + maxAttempts);
        }
        return new RetrySchedule(maxAttempts);
    }
}
