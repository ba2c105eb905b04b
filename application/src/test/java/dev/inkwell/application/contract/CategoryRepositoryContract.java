package dev.inkwell.application.contract;

import static dev.inkwell.application.contract.Samples.now;
import static dev.inkwell.application.contract.Samples.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.domain.category.Category;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.category.CategoryName;
import dev.inkwell.domain.error.Conflict.Subject;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link CategoryRepository} promises; run against the fake and against PostgreSQL. */
public abstract class CategoryRepositoryContract extends PortContract {

    private final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

    private Category stored(String name, CategoryId parent) {
        Category category = Category.create(admin, new CategoryName(name),
                new Slug(name.toLowerCase(Locale.ROOT).replace(' ', '-')), parent, now());
        tx().run(() -> categories().add(category));
        return category;
    }

    @Test
    void a_category_round_trips_with_its_parent() {
        Category parent = stored(unique("Parent"), null);
        Category child = stored(unique("Child"), parent.id());
        Category loaded = tx().call(() -> categories().findById(child.id())).orElseThrow();
        assertThat(loaded.name()).isEqualTo(child.name());
        assertThat(loaded.slug()).isEqualTo(child.slug());
        assertThat(loaded.parentId()).contains(parent.id());
        assertThat(tx().call(() -> categories().findAll())).extracting(Category::id).contains(parent.id(), child.id());
    }

    @Test
    void names_are_unique_case_insensitively_and_slugs_are_unique() {
        String name = unique("Unique");
        Category first = stored(name, null);
        Category shouting = Category.create(admin, new CategoryName(name.toUpperCase(Locale.ROOT)),
                new Slug(unique("other")), null, now());
        assertThatThrownBy(() -> tx().run(() -> categories().add(shouting)))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.subject()).isEqualTo(Subject.CATEGORY_NAME));
        Category sameSlug = Category.create(admin, new CategoryName(unique("Another")), first.slug(), null, now());
        assertThatThrownBy(() -> tx().run(() -> categories().add(sameSlug)))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.subject()).isEqualTo(Subject.CATEGORY_SLUG));
    }

    @Test
    void find_existing_answers_which_of_the_ids_exist() {
        Category first = stored(unique("Existing"), null);
        CategoryId missing = CategoryId.newId();
        assertThat(tx().call(() -> categories().findExisting(Set.of(first.id(), missing))))
                .containsExactly(first.id());
    }

    @Test
    void an_update_renames_and_moves_and_a_delete_removes() {
        Category parent = stored(unique("Top"), null);
        Category category = stored(unique("Moving"), null);
        String newName = unique("Renamed");
        tx().run(() -> {
            Category loaded = categories().findById(category.id()).orElseThrow();
            loaded.rename(admin, new CategoryName(newName), new Slug(newName.toLowerCase(Locale.ROOT)), now());
            loaded.moveUnder(admin, parent.id(), id -> java.util.Optional.empty(), now());
            categories().update(loaded);
        });
        Category loaded = tx().call(() -> categories().findById(category.id())).orElseThrow();
        assertThat(loaded.name().value()).isEqualTo(newName);
        assertThat(loaded.parentId()).contains(parent.id());
        tx().run(() -> categories().delete(category.id()));
        assertThat(tx().call(() -> categories().findById(category.id()))).isEmpty();
        assertThat(tx().call(() -> categories().findAll())).extracting(Category::id).doesNotContain(category.id());
    }
}
