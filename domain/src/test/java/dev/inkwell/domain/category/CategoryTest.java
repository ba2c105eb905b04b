package dev.inkwell.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoryTest {

    static final Instant T0 = Instant.parse("2026-11-21T10:00:00.000Z");
    static final Instant T1 = Instant.parse("2026-11-21T11:00:00.000Z");

    final Actor admin = new Actor(UserId.newId(), Role.ADMIN);
    final Actor moderator = new Actor(UserId.newId(), Role.MODERATOR);
    final Map<CategoryId, Category> tree = new HashMap<>();

    Category add(String name, Category parent) {
        Category c = Category.create(admin, new CategoryName(name), new Slug(name.toLowerCase()),
                parent == null ? null : parent.id(), T0);
        tree.put(c.id(), c);
        return c;
    }

    Optional<CategoryId> parentOf(CategoryId id) {
        return tree.get(id).parentId();
    }

    @Test
    void only_admins_create_rename_or_move_categories() {
        assertThatThrownBy(() -> Category.create(moderator, new CategoryName("Tech"), new Slug("tech"), null, T0))
                .isInstanceOf(Forbidden.class);
        Category tech = add("Tech", null);
        assertThatThrownBy(() -> tech.rename(moderator, new CategoryName("X"), new Slug("x"), T1))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> tech.moveUnder(moderator, null, this::parentOf, T1)).isInstanceOf(Forbidden.class);
        assertThat(tech.name().value()).isEqualTo("Tech");
    }

    @Test
    void renaming_changes_name_and_slug() {
        Category tech = add("Tech", null);
        tech.rename(admin, new CategoryName("  Technology "), new Slug("technology"), T1);
        assertThat(tech.name().value()).isEqualTo("Technology");
        assertThat(tech.slug().value()).isEqualTo("technology");
        assertThat(tech.updatedAt()).isEqualTo(T1);
    }

    @Test
    void a_category_moves_under_another_or_to_the_root() {
        Category tech = add("Tech", null);
        Category java = add("Java", null);
        java.moveUnder(admin, tech.id(), this::parentOf, T1);
        assertThat(java.parentId()).contains(tech.id());
        java.moveUnder(admin, null, this::parentOf, T1);
        assertThat(java.parentId()).isEmpty();
    }

    @Test
    void a_category_is_never_its_own_ancestor() {
        Category tech = add("Tech", null);
        Category java = add("Java", tech);
        Category quarkus = add("Quarkus", java);
        assertThatThrownBy(() -> tech.moveUnder(admin, quarkus.id(), this::parentOf, T1))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("parentId"));
        assertThatThrownBy(() -> tech.moveUnder(admin, tech.id(), this::parentOf, T1)).isInstanceOf(InvalidInput.class);
        assertThat(tech.parentId()).isEmpty();
    }

    @Test
    void children_of_a_deleted_category_move_to_its_parent() {
        Category tech = add("Tech", null);
        Category java = add("Java", tech);
        Category quarkus = add("Quarkus", java);
        quarkus.moveUpFrom(java, T1);
        assertThat(quarkus.parentId()).contains(tech.id());
        Category spring = add("Spring", tech);
        Category boot = add("Boot", spring);
        boot.moveUpFrom(spring, T1);
        spring.moveUpFrom(tech, T1);
        assertThat(spring.parentId()).isEmpty();
        assertThatThrownBy(() -> tech.moveUpFrom(java, T1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void names_are_1_to_100_characters_and_not_blank() {
        assertThat(new CategoryName("n".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new CategoryName("n".repeat(101))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new CategoryName(" ")).isInstanceOf(InvalidInput.class);
    }
}
