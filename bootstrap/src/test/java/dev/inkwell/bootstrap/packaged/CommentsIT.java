package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.CommentsApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CommentsApiTest}'s scenarios (comments) against the packaged artifact. */
@QuarkusIntegrationTest
class CommentsIT extends CommentsApiTest {
}
