package dev.inkwell.bootstrap.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.port.out.DomainEventPublisher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event port's two kinds of listener, as ordinary CDI observers, in a real JTA transaction. */
@QuarkusTest
class CdiDomainEventPublisherTest {

    @Inject
    DomainEventPublisher publisher;
    @Inject
    ProbeListeners listeners;

    @BeforeEach
    void forget() {
        listeners.seen().clear();
    }

    @Test
    void in_transaction_listeners_run_at_once_and_after_commit_listeners_once_it_has_committed() {
        QuarkusTransaction.requiringNew().run(() -> {
            publisher.publish(List.of(new Probe("kept", Instant.now())));
            assertThat(listeners.seen()).containsExactly("in-transaction kept active");
        });
        assertThat(listeners.seen()).containsExactly("in-transaction kept active",
                "after-commit kept committed");
    }

    @Test
    void a_rolled_back_change_reaches_no_after_commit_listener() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            publisher.publish(List.of(new Probe("undone", Instant.now())));
            throw new IllegalStateException("the change fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(listeners.seen()).containsExactly("in-transaction undone active");
    }
}
