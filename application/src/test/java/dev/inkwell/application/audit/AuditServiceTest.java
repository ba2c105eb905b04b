package dev.inkwell.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.UserFixture;
import dev.inkwell.application.port.model.AuditFilter;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.domain.error.Forbidden;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

    private final UserFixture f = new UserFixture();
    private final AuditService service = new AuditService(f.audit);

    @Test
    void only_admins_read_the_audit_log() {
        f.register("Ada", "ada@example.com");
        AuditFilter any = new AuditFilter(null, null, null);
        assertThatThrownBy(() -> service.list(f.moderator(), any, new PageRequest(1, 10))).isInstanceOf(Forbidden.class);
        assertThat(service.list(f.admin(), any, new PageRequest(1, 10)).total()).isEqualTo(1);
    }
}
