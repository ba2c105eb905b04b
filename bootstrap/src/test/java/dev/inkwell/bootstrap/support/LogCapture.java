package dev.inkwell.bootstrap.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The log records of the running service (a {@code @QuarkusTest} shares its JVM), from the moment
 * it is opened until it is closed: what was logged, at which level, with which MDC.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            ext.copyMdc(); // read later, on another thread: keep the MDC of the thread that logged
            ext.getFormattedMessage();
        }
        records.add(record);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Records at ERROR (JUL SEVERE) or above. */
    public List<LogRecord> errors() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    public static String mdc(LogRecord record, String key) {
        return record instanceof ExtLogRecord ext ? ext.getMdc(key) : null;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
