package dev.inkwell.domain.error;

/** A uniqueness rule or a concurrent change prevents the request. */
public final class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }
}
