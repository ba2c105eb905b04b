package dev.inkwell.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.port.in.BootstrapAdminUseCase;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.user.PlainPassword;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapAdminTest {

    private final List<String> created = new ArrayList<>();
    private final BootstrapAdminUseCase useCase = (email, password) -> {
        new PlainPassword(password); // the real use case validates the same way
        return created.add(email);
    };

    @Test
    void creates_the_configured_admin() {
        new BootstrapAdmin().onStart(null, useCase, Optional.of("root@example.com"), Optional.of("long enough"));
        assertThat(created).containsExactly("root@example.com");
    }

    @Test
    void nothing_configured_creates_nobody() {
        new BootstrapAdmin().onStart(null, useCase, Optional.empty(), Optional.empty());
        assertThat(created).isEmpty();
    }

    @Test
    void half_a_configuration_or_an_invalid_one_stops_start_up_naming_the_settings() {
        assertThatThrownBy(() -> new BootstrapAdmin().onStart(null, useCase, Optional.of("root@example.com"), Optional.empty()))
                .hasMessageContaining("INKWELL_BOOTSTRAP_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new BootstrapAdmin().onStart(null, useCase, Optional.of("root@example.com"), Optional.of("short")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INKWELL_BOOTSTRAP_ADMIN_PASSWORD").hasMessageContaining("8 to 72 bytes");
        assertThat(created).isEmpty();
    }

    /** Two instances started together: the other one inserted first, and the unique index said so. */
    @Test
    void losing_the_race_to_another_instance_is_not_an_error() {
        List<String> calls = new ArrayList<>();
        BootstrapAdminUseCase raced = (email, password) -> {
            calls.add(email);
            if (calls.size() == 1) {
                throw new Conflict("email is already registered", Conflict.Subject.EMAIL);
            }
            return false; // looking again: it exists
        };
        new BootstrapAdmin().onStart(null, raced, Optional.of("root@example.com"), Optional.of("long enough"));
        assertThat(calls).hasSize(2);
    }

    @Test
    void a_failure_that_persists_still_stops_start_up() {
        BootstrapAdminUseCase broken = (email, password) -> {
            throw new IllegalStateException("database gone");
        };
        assertThatThrownBy(() -> new BootstrapAdmin().onStart(null, broken, Optional.of("root@example.com"),
                Optional.of("long enough"))).hasMessageContaining("database gone");
    }
}
