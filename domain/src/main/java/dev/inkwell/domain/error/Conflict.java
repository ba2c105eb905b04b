package dev.inkwell.domain.error;

import java.util.Objects;

/** A uniqueness rule or a concurrent change prevents the request. */
public final class Conflict extends DomainException {

    /** What clashed, so that a use case can react to one kind (retry a lost slug race) and not to others. */
    public enum Subject {
        EMAIL, USERNAME, POST_SLUG, CATEGORY_NAME, CATEGORY_SLUG, POST_STATE
    }

    private final Subject subject;

    public Conflict(String message, Subject subject) {
        super(message);
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    public boolean isAbout(Subject what) {
        return subject == what;
    }

    public Subject subject() {
        return subject;
    }
}
