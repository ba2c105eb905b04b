package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.AuditApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AuditApiTest}'s scenarios (the audit trail) against the packaged artifact. */
@QuarkusIntegrationTest
class AuditIT extends AuditApiTest {
}
