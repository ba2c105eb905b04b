package dev.inkwell.application.port.in;

import dev.inkwell.application.port.in.CategoryCommand;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.user.Actor;

public interface EditCategoryUseCase {

    CategoryView edit(Actor actor, CategoryId id, CategoryCommand command);
}
