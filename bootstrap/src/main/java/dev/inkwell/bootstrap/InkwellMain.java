package dev.inkwell.bootstrap;

import dev.inkwell.bootstrap.local.LocalServices;
import dev.inkwell.bootstrap.web.RequestIds;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts what the service needs locally (see {@link LocalServices}), then Quarkus. */
@QuarkusMain
public class InkwellMain {

    public static void main(String... args) {
        System.setProperty(RequestIds.QUARKUS_URI_CHECK_OFF, "true"); // RequestIds checks URIs, with a problem+json 400
        LocalServices.prepare();
        Quarkus.run(args);
    }
}
