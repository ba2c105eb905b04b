package dev.inkwell.application.port.in;

import dev.inkwell.application.port.in.CategoryCommand;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.domain.user.Actor;

public interface CreateCategoryUseCase {

    CategoryView create(Actor actor, CategoryCommand command);
}
