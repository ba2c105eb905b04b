package dev.inkwell.application.fakes;

import dev.inkwell.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs the work at once (the fakes have no transactions) and counts how many transactions were asked for. */
public class CountingTransactions implements TransactionRunner {

    public int run;

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        run++;
        return work.get();
    }
}
