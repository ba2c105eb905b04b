package dev.inkwell.bootstrap.local;

import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

/**
 * The native executable is a production artifact: it always talks to the PostgreSQL its
 * configuration names ({@code QUARKUS_DATASOURCE_JDBC_URL}) and never starts one itself.
 * In the native image only, this replaces {@link LocalServices#prepare()} with nothing, so
 * {@link EmbeddedDatabase} and zonky's classes are unreachable and none of them (nor the
 * PostgreSQL binaries zonky carries as resources) is compiled into the executable. The JVM
 * build ignores this class. Without a configured URL the executable stops at start-up with
 * Quarkus' "datasource is not configured" error.
 */
@TargetClass(LocalServices.class)
final class Target_LocalServices {

    private Target_LocalServices() {
    }

    @Substitute
    public static void prepare() {
        // no embedded database in the native executable
    }
}
