package dev.inkwell.application.port.out;

import dev.inkwell.domain.category.Category;
import dev.inkwell.domain.category.CategoryId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface CategoryRepository {

    Optional<Category> findById(CategoryId id);

    /**
     * Serialises changes of the tree's shape until the caller's transaction ends: two moves checked
     * for cycles at the same time could otherwise each pass and together make one.
     */
    void lockTree();

    /** Every category: the tree is small, and cycle checks walk it. */
    List<Category> findAll();

    /** Which of {@code ids} exist. */
    Set<CategoryId> findExisting(Set<CategoryId> ids);

    /** A duplicate name (case-insensitive) or slug is a {@code Conflict}. */
    void add(Category category);

    void update(Category category);

    /** Deletes the category; the database drops its post links. Move its children first. */
    void delete(CategoryId id);
}
