package dev.inkwell.application.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.application.port.in.CategoryCommand;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CategoryServiceTest {

    final PublishingFixture f = new PublishingFixture();

    @Test
    void an_admin_creates_a_category_with_a_slug_from_its_name() {
        CategoryView v = f.categoryService.create(f.admin, CategoryCommand.of(" Ünïcode Tips ", true, null, false));
        assertThat(v.name()).isEqualTo("Ünïcode Tips");
        assertThat(v.slug()).isEqualTo("unicode-tips");
        assertThat(v.parentId()).isNull();
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.CATEGORY_CREATED);
    }

    @Test
    void only_admins_change_categories() {
        CategoryId tech = f.category("Tech", null);
        for (var actor : new dev.inkwell.domain.user.Actor[]{f.moderator, f.author}) {
            assertThatThrownBy(() -> f.categoryService.create(actor, CategoryCommand.of("X", true, null, false)))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> f.categoryService.edit(actor, tech, CategoryCommand.of("X", false, null, false)))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> f.categoryService.delete(actor, tech)).isInstanceOf(Forbidden.class);
        }
        assertThat(f.categories.stored(tech).name().value()).isEqualTo("Tech");
    }

    @Test
    void a_parent_must_exist() {
        String missing = UUID.randomUUID().toString();
        assertThatThrownBy(() -> f.categoryService.create(f.admin, CategoryCommand.of("Orphan", true, missing, true)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("parentId"));
        assertThat(f.categories.all()).isEmpty();
    }

    @Test
    void a_move_under_an_unknown_parent_is_refused() {
        CategoryId tech = f.category("Tech", null);
        assertThatThrownBy(() -> f.categoryService.edit(f.admin, tech,
                CategoryCommand.of(null, false, UUID.randomUUID().toString(), true)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("parentId"));
        assertThat(f.categories.stored(tech).parentId()).isEmpty();
    }

    @Test
    void duplicate_names_conflict_case_insensitively() {
        f.category("Java", null);
        assertThatThrownBy(() -> f.category("JAVA", null)).isInstanceOf(Conflict.class);
    }

    @Test
    void renaming_moves_the_slug_and_a_move_that_makes_a_cycle_is_refused() {
        CategoryId tech = f.category("Tech", null);
        CategoryId java = f.category("Java", tech);
        CategoryView renamed = f.categoryService.edit(f.admin, java, CategoryCommand.of("Jakarta EE", false, null, false));
        assertThat(renamed.slug()).isEqualTo("jakarta-ee");
        assertThat(renamed.parentId()).isEqualTo(tech.value());
        int locks = f.categories.treeLocks;
        assertThatThrownBy(() -> f.categoryService.edit(f.admin, tech,
                CategoryCommand.of(null, false, java.toString(), true))).isInstanceOf(InvalidInput.class);
        assertThat(f.categories.treeLocks).as("a move checks for cycles under the tree lock").isEqualTo(locks + 1);
        assertThat(f.categories.stored(tech).parentId()).isEmpty();
        CategoryView root = f.categoryService.edit(f.admin, java, CategoryCommand.of(null, false, null, true));
        assertThat(root.parentId()).isNull();
    }

    @Test
    void deleting_moves_children_to_the_deleted_categorys_parent_and_audits_each_move() {
        CategoryId tech = f.category("Tech", null);
        CategoryId java = f.category("Java", tech);
        CategoryId quarkus = f.category("Quarkus", java);
        CategoryId spring = f.category("Spring", java);
        f.categoryService.delete(f.admin, java);
        assertThat(f.categories.stored(java)).isNull();
        assertThat(f.categories.stored(quarkus).parentId()).contains(tech);
        assertThat(f.categories.stored(spring).parentId()).contains(tech);
        assertThat(f.audit.events.subList(f.audit.events.size() - 3, f.audit.events.size()))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.CATEGORY_UPDATED, AuditAction.CATEGORY_UPDATED, AuditAction.CATEGORY_DELETED);
        f.categoryService.delete(f.admin, tech);
        assertThat(f.categories.stored(quarkus).parentId()).isEmpty();
        assertThatThrownBy(() -> f.categoryService.delete(f.admin, tech)).isInstanceOf(NotFound.class);
    }
}
