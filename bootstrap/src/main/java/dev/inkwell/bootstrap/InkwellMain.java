package dev.inkwell.bootstrap;

import dev.inkwell.bootstrap.local.LocalServices;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts what the service needs locally (see {@link LocalServices}), then Quarkus. */
@QuarkusMain
public class InkwellMain {

    public static void main(String... args) {
        LocalServices.prepare();
        Quarkus.run(args);
    }
}
