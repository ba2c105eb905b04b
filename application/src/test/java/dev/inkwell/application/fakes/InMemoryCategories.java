package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.CategoryViews.CategoryDetail;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.application.port.out.CategoryQueries;
import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.domain.category.Category;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Conflict.Subject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The category ports over a map of snapshots, unique by lower-cased name and by slug like the database. */
public class InMemoryCategories implements CategoryRepository, CategoryQueries {

    private final Map<CategoryId, Category> categories = new LinkedHashMap<>();

    @Override
    public Optional<Category> findById(CategoryId id) {
        return Optional.ofNullable(categories.get(id)).map(InMemoryCategories::copy);
    }

    public int treeLocks;

    @Override
    public void lockTree() {
        treeLocks++;
    }

    @Override
    public List<Category> findAll() {
        return categories.values().stream().map(InMemoryCategories::copy).toList();
    }

    @Override
    public Set<CategoryId> findExisting(Set<CategoryId> ids) {
        return ids.stream().filter(categories::containsKey).collect(Collectors.toSet());
    }

    @Override
    public void add(Category category) {
        requireUnique(category);
        categories.put(category.id(), copy(category));
    }

    @Override
    public void update(Category category) {
        requireUnique(category);
        categories.put(category.id(), copy(category));
    }

    @Override
    public void delete(CategoryId id) {
        categories.remove(id);
    }

    private void requireUnique(Category category) {
        for (Category other : categories.values()) {
            if (other.id().equals(category.id())) {
                continue;
            }
            if (other.name().value().toLowerCase(Locale.ROOT).equals(category.name().value().toLowerCase(Locale.ROOT))) {
                throw new Conflict("a category with this name already exists", Subject.CATEGORY_NAME);
            }
            if (other.slug().equals(category.slug())) {
                throw new Conflict("a category with this slug already exists", Subject.CATEGORY_SLUG);
            }
        }
    }

    public Category stored(CategoryId id) {
        return categories.get(id);
    }

    @Override
    public List<CategoryView> all() {
        return categories.values().stream().map(InMemoryCategories::view)
                .sorted(Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT))).toList();
    }

    @Override
    public Optional<CategoryDetail> bySlug(String slug) {
        return categories.values().stream().filter(c -> c.slug().value().equals(slug)).findFirst()
                .map(c -> new CategoryDetail(view(c), categories.values().stream()
                        .filter(k -> k.parentId().filter(c.id()::equals).isPresent())
                        .map(InMemoryCategories::view).toList()));
    }

    @Override
    public Optional<CategoryView> byId(CategoryId id) {
        return Optional.ofNullable(categories.get(id)).map(InMemoryCategories::view);
    }

    private static CategoryView view(Category c) {
        return new CategoryView(c.id().value(), c.name().value(), c.slug().value(),
                c.parentId().map(CategoryId::value).orElse(null), 0);
    }

    static Category copy(Category c) {
        return Category.restore(c.id(), c.name(), c.slug(), c.parentId().orElse(null), c.createdAt(), c.updatedAt());
    }
}
