package dev.inkwell.application.contract;

import java.util.function.Supplier;

/**
 * How a contract test reaches the adapter under test: a fake runs the work directly, a database
 * adapter in a transaction of its own (so every call sees what earlier calls committed).
 */
public interface Transactions {

    <T> T call(Supplier<T> work);

    default void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static Transactions none() {
        return Supplier::get;
    }
}
