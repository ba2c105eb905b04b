package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.SyndicationApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SyndicationApiTest}'s scenarios against the packaged artifact. */
@QuarkusIntegrationTest
class SyndicationIT extends SyndicationApiTest {
}
