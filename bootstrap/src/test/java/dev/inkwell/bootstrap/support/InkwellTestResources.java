package dev.inkwell.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the test resources once for every {@code @QuarkusTest} of the module. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class InkwellTestResources {

    private InkwellTestResources() {
    }
}
