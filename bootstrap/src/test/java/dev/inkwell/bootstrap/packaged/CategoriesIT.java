package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.CategoriesApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CategoriesApiTest}'s scenarios (the category tree) against the packaged artifact. */
@QuarkusIntegrationTest
class CategoriesIT extends CategoriesApiTest {
}
