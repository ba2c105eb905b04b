package dev.inkwell.application.port.in;

/** Renders the content of posts stored before rendering existed; runs in the background at start. */
public interface RenderContentUseCase {

    /** Renders one batch; returns how many posts it rendered (0: none left). */
    int renderPending();
}
