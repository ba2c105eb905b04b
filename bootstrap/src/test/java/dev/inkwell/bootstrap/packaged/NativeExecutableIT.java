package dev.inkwell.bootstrap.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.DisabledOnIntegrationTest.ArtifactType;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What is compiled into the native executable (only run with -Dnative). */
@QuarkusIntegrationTest
@DisabledOnIntegrationTest(value = "checks the native executable's contents; the jar carries the embedded PostgreSQL on purpose",
        forArtifactTypes = {ArtifactType.JAR, ArtifactType.CONTAINER})
class NativeExecutableIT {

    @Test
    void the_executable_carries_no_embedded_postgresql() throws IOException {
        Path executable = Path.of(System.getProperty("native.image.path"));
        String contents = new String(Files.readAllBytes(executable), StandardCharsets.ISO_8859_1);

        // the image names its classes like this: the check would see them if they were there
        assertThat(contents).contains("dev.inkwell.bootstrap.InkwellMain", "dev.inkwell.bootstrap.local.LocalServices");
        assertThat(contents)
                .doesNotContain("dev.inkwell.bootstrap.local.EmbeddedDatabase")
                .doesNotContain("io.zonky.test.db.")
                .doesNotContain("postgres-linux-x86_64.txz");
    }
}
