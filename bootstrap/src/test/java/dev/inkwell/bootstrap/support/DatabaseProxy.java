package dev.inkwell.bootstrap.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the service and the test database, so that a test can take the
 * database away (every connection cut, new ones refused), freeze it (connections stay open and
 * new ones are accepted, but nothing is answered: a paused server or a network black hole looks
 * like this) and give it back.
 */
public final class DatabaseProxy implements AutoCloseable {

    private static volatile DatabaseProxy current;

    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean available = true;
    private final Object thaw = new Object();
    private volatile boolean stalled;

    private DatabaseProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static DatabaseProxy start(int targetPort) {
        try {
            current = new DatabaseProxy(targetPort);
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The proxy of this test run, when the embedded database is in use. */
    public static DatabaseProxy current() {
        return current;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The database "goes down": open connections are cut, new ones are closed at once. */
    public void cut() {
        available = false;
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    /** The database "freezes": bytes are held, in both directions, until {@link #restore()}. */
    public void stall() {
        stalled = true;
    }

    public void restore() {
        available = true;
        synchronized (thaw) {
            stalled = false;
            thaw.notifyAll();
        }
    }

    private void awaitThaw() throws InterruptedException {
        synchronized (thaw) {
            while (stalled) {
                thaw.wait();
            }
        }
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!available) {
                    client.close();
                    continue;
                }
                sockets.add(client);
                Thread connector = new Thread(() -> connect(client), "db-proxy-connect");
                connector.setDaemon(true);
                connector.start();
            } catch (IOException e) {
                // server closed, or one connection failed: keep serving the others
            }
        }
    }

    /** A frozen server still accepts (the kernel does), but answers only once it thaws. */
    private void connect(Socket client) {
        try {
            awaitThaw();
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            sockets.add(upstream);
            pump(client, upstream);
            pump(upstream, client);
        } catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    awaitThaw();
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the other side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "db-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
