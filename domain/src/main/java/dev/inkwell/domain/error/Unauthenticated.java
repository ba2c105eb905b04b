package dev.inkwell.domain.error;

/** The caller could not be identified (wrong credentials, unknown or deleted account). */
public final class Unauthenticated extends DomainException {

    public Unauthenticated(String message) {
        super(message);
    }
}
