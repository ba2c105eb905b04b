package dev.inkwell.application.port.in;

import dev.inkwell.application.category.CategoryCommand;
import dev.inkwell.application.category.CategoryViews.CategoryView;
import dev.inkwell.domain.user.Actor;

public interface CreateCategoryUseCase {

    CategoryView create(Actor actor, CategoryCommand command);
}
