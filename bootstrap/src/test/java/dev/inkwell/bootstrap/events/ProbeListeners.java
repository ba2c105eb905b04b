package dev.inkwell.bootstrap.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records which observer saw a {@link Probe}, and the state of the transaction it saw it in. */
@ApplicationScoped
public class ProbeListeners {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Inject
    TransactionManager transactions;

    /** A method, not a field: the test holds a client proxy, which forwards calls only. */
    List<String> seen() {
        return seen;
    }

    void inTransaction(@Observes Probe probe) throws SystemException {
        seen.add("in-transaction " + probe.name() + " " + status());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Probe probe) throws SystemException {
        seen.add("after-commit " + probe.name() + " " + status());
    }

    private String status() throws SystemException {
        return switch (transactions.getStatus()) {
            case Status.STATUS_ACTIVE -> "active";
            case Status.STATUS_COMMITTED -> "committed";
            case Status.STATUS_NO_TRANSACTION -> "none";
            default -> "status " + transactions.getStatus();
        };
    }
}
