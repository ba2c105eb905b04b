package dev.inkwell.application.port.in;

import dev.inkwell.application.post.PostViews.PostSummary;
import java.util.List;

public interface PopularPostsUseCase {

    List<PostSummary> popular();
}
