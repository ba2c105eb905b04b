package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.HostileInputApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HostileInputApiTest}'s scenarios (hostile input) against the packaged artifact. */
@QuarkusIntegrationTest
class HostileInputIT extends HostileInputApiTest {
}
