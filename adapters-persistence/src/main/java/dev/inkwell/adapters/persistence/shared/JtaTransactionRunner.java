package dev.inkwell.adapters.persistence.shared;

import dev.inkwell.application.port.out.TransactionRunner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

@ApplicationScoped
public class JtaTransactionRunner implements TransactionRunner {

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
