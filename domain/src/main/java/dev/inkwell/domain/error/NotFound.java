package dev.inkwell.domain.error;

/** The resource does not exist, or the caller may not know that it exists. */
public final class NotFound extends DomainException {

    public NotFound(String message) {
        super(message);
    }

    public static NotFound of(String entity, Object id) {
        return new NotFound(entity + " " + id + " was not found");
    }
}
