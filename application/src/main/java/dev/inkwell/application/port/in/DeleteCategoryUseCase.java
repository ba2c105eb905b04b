package dev.inkwell.application.port.in;

import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.user.Actor;

public interface DeleteCategoryUseCase {

    /** Posts lose the link; children move to the deleted category's parent. */
    void delete(Actor actor, CategoryId id);
}
