package dev.inkwell.application.port.in;

/** What the scheduler runs: publish every scheduled post whose time has come. */
public interface PublishDuePostsUseCase {

    /** Publishes one batch of due posts; returns how many it published (0 when none were due). */
    int publishDue();
}
