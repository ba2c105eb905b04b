package dev.inkwell.application.port.model;

import dev.inkwell.application.port.model.PostViews.AuthorRef;
import java.time.Instant;

/** A post's history as its author and ADMINs read it. */
public final class RevisionViews {

    private RevisionViews() {
    }

    /**
     * One revision in the list: {@code excerpt} null when the post had none; {@code editor} null
     * when the user who wrote it is gone.
     */
    public record RevisionSummary(int number, String title, String excerpt, Instant createdAt, AuthorRef editor) {
    }

    /** One revision with its content. */
    public record RevisionDetail(RevisionSummary summary, String content) {
    }
}
