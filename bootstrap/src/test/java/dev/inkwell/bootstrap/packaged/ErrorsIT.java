package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.ErrorsApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ErrorsApiTest}'s scenarios (problem+json errors) against the packaged artifact. */
@QuarkusIntegrationTest
class ErrorsIT extends ErrorsApiTest {
}
