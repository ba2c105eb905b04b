package dev.inkwell.application.port.out;

import dev.inkwell.domain.error.Conflict;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own. For use cases that retry after losing a race on a
 * unique index: the failed attempt's transaction is spoiled, the next one starts clean.
 */
public interface TransactionRunner {

    <T> T inNewTransaction(Supplier<T> work);

    /**
     * Runs {@code attempt} in a new transaction, and again in another one while it fails with a
     * {@code Conflict} that {@code lostRace} accepts, at most {@code maxAttempts} times in all.
     * Each attempt looks again at what is taken, so it picks a candidate the winner left free.
     */
    default <T> T retryingLostRaces(int maxAttempts, Predicate<Conflict> lostRace, Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return inNewTransaction(attempt);
            } catch (Conflict e) {
                if (!lostRace.test(e) || n == maxAttempts) {
                    throw e;
                }
            }
        }
    }
}
