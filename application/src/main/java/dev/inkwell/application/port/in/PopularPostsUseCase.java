package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import java.util.List;

public interface PopularPostsUseCase {

    List<PostSummary> popular();
}
