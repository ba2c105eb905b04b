package dev.inkwell.domain.error;

/**
 * The closed set of ways a domain rule can refuse a request. Adapters translate them
 * (the REST adapter into problem+json); they deliberately carry no transport status.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, Forbidden, InvalidInput, Unauthenticated, Throttled {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
