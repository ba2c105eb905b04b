package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.EditorialApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EditorialApiTest}'s scenarios (scheduling, revisions, rendered content) against the packaged artifact. */
@QuarkusIntegrationTest
class EditorialIT extends EditorialApiTest {
}
