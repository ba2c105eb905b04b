package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.ConduitApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ConduitApiTest}'s scenarios (the RealWorld API under /api, CORS included) against the packaged artifact. */
@QuarkusIntegrationTest
class ConduitIT extends ConduitApiTest {
}
