package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import java.time.Instant;

/** Publishing later: a draft becomes scheduled, and back. */
public interface SchedulePostUseCase {

    /** The author only; {@code publishAt} in the future and at most a year ahead; 409 on a published post. */
    PostDetail schedule(Actor actor, PostId id, Instant publishAt);

    /** The author or an ADMIN; unscheduling a draft changes nothing. */
    PostDetail unschedule(Actor actor, PostId id);
}
