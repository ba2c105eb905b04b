package dev.inkwell.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own. For use cases that retry after losing a race on a
 * unique index: the failed attempt's transaction is spoiled, the next one starts clean.
 */
public interface TransactionRunner {

    <T> T inNewTransaction(Supplier<T> work);
}
