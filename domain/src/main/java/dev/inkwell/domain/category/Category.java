package dev.inkwell.domain.category;

import dev.inkwell.domain.category.CategoryEvents.CategoryChanged;
import dev.inkwell.domain.category.CategoryEvents.CategoryCreated;
import dev.inkwell.domain.category.CategoryEvents.CategoryDeleted;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.event.AggregateRoot;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.user.Actor;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A node of the category tree. Only ADMINs change categories; the slug follows the name; a
 * category is never its own ancestor; deleting one moves its children to its parent.
 */
public final class Category extends AggregateRoot {

    private final CategoryId id;
    private CategoryName name;
    private Slug slug;
    private CategoryId parentId;
    private final Instant createdAt;
    private Instant updatedAt;

    private Category(CategoryId id, CategoryName name, Slug slug, CategoryId parentId,
                     Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.slug = Objects.requireNonNull(slug, "slug");
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("a category cannot be its own parent");
        }
        this.parentId = parentId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new category under {@code parent} (null for a root), whose existence the caller has checked. */
    public static Category create(Actor actor, CategoryName name, Slug slug, CategoryId parent, Instant now) {
        requireAdmin(actor);
        Category category = new Category(CategoryId.newId(), name, slug, parent, now, now);
        category.record(new CategoryCreated(category.id, now));
        return category;
    }

    public static Category restore(CategoryId id, CategoryName name, Slug slug, CategoryId parentId,
                                   Instant createdAt, Instant updatedAt) {
        return new Category(id, name, slug, parentId, createdAt, updatedAt);
    }

    public static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("only an ADMIN can change categories");
        }
    }

    public void rename(Actor actor, CategoryName newName, Slug newSlug, Instant now) {
        requireAdmin(actor);
        name = Objects.requireNonNull(newName, "newName");
        slug = Objects.requireNonNull(newSlug, "newSlug");
        updatedAt = now;
        record(new CategoryChanged(id, now));
    }

    /**
     * Moves this category under {@code newParent} (null: to the root). {@code parentOf} answers
     * each existing category's parent; the move is refused when it would make this category
     * its own ancestor.
     */
    public void moveUnder(Actor actor, CategoryId newParent, Function<CategoryId, Optional<CategoryId>> parentOf,
                          Instant now) {
        requireAdmin(actor);
        Set<CategoryId> seen = new HashSet<>();
        for (CategoryId at = newParent; at != null; at = parentOf.apply(at).orElse(null)) {
            if (at.equals(id)) {
                throw InvalidInput.of("parentId", "would make the category its own ancestor");
            }
            if (!seen.add(at)) {
                throw new IllegalStateException("the stored category tree has a cycle at " + at);
            }
        }
        parentId = newParent;
        updatedAt = now;
        record(new CategoryChanged(id, now));
    }

    /** This child of {@code deleted} moves up to the deleted category's parent. */
    public void moveUpFrom(Category deleted, Instant now) {
        if (!id.equals(deleted.id) && deleted.id.equals(parentId)) {
            parentId = deleted.parentId;
            updatedAt = now;
            record(new CategoryChanged(id, now));
        } else {
            throw new IllegalArgumentException(id + " is not a child of " + deleted.id);
        }
    }

    /** An ADMIN deletes it; move its children up first ({@link #moveUpFrom}), then the repository removes it. */
    public void delete(Actor actor, Instant now) {
        requireAdmin(actor);
        record(new CategoryDeleted(id, now));
    }

    public CategoryId id() {
        return id;
    }

    public CategoryName name() {
        return name;
    }

    public Slug slug() {
        return slug;
    }

    public Optional<CategoryId> parentId() {
        return Optional.ofNullable(parentId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
