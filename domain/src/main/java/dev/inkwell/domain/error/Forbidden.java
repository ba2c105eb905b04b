package dev.inkwell.domain.error;

/** The caller is known but not allowed to do this. */
public final class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(message);
    }
}
