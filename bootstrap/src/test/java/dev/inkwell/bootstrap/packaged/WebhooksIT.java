package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.WebhooksApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link WebhooksApiTest}'s scenarios against the packaged artifact. */
@QuarkusIntegrationTest
class WebhooksIT extends WebhooksApiTest {
}
