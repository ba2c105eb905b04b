package dev.inkwell.domain.error;

import java.util.Optional;

/** A uniqueness rule or a concurrent change prevents the request. */
public final class Conflict extends DomainException {

    private final String subject;

    public Conflict(String message) {
        this(message, null);
    }

    /** @param subject what clashed ("email", "username", "slug"…), so a use case can react to it */
    public Conflict(String message, String subject) {
        super(message);
        this.subject = subject;
    }

    /** Whether this conflict is about {@code what} ("slug", "username"…). */
    public boolean isAbout(String what) {
        return what.equals(subject);
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }
}
