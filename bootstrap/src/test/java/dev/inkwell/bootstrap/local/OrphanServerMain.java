package dev.inkwell.bootstrap.local;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedDatabaseTest}: starts a server, says so, and waits to be killed. */
public final class OrphanServerMain {

    private OrphanServerMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.start(Path.of(args[0]));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
