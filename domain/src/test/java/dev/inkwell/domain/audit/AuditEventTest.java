package dev.inkwell.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void details_never_hold_a_nul_character_at_any_depth_and_can_not_be_changed() {
        Map<String, Object> details = new HashMap<>();
        details.put("email", "a\u0000b@example.com");
        details.put("slug", Map.of("from", "x\u0000", "to", "y"));
        details.put("ids", List.of("1\u0000"));
        details.put("count", 3);
        AuditEvent event = AuditEvent.record(Instant.EPOCH, null, AuditAction.LOGIN_FAILED, EntityType.USER, null,
                details);
        assertThat(event.details()).containsEntry("email", "a\uFFFDb@example.com")
                .containsEntry("slug", Map.of("from", "x\uFFFD", "to", "y"))
                .containsEntry("ids", List.of("1\uFFFD"))
                .containsEntry("count", 3);
        details.put("email", "changed");
        assertThat(event.details()).containsEntry("email", "a\uFFFDb@example.com");
        assertThatThrownBy(() -> event.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
