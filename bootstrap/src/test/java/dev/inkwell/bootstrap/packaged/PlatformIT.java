package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.PlatformEndpointsTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PlatformEndpointsTest}'s scenarios (OpenAPI, Swagger UI, health and metrics) against the packaged artifact. */
@QuarkusIntegrationTest
class PlatformIT extends PlatformEndpointsTest {
}
