package dev.inkwell.application.category;

import dev.inkwell.application.port.in.CategoryCommand;
import dev.inkwell.application.port.in.CreateCategoryUseCase;
import dev.inkwell.application.port.in.DeleteCategoryUseCase;
import dev.inkwell.application.port.in.EditCategoryUseCase;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.CategoryQueries;
import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.application.shared.Audits;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.category.Category;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.slug.SlugPolicy;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Changing the category tree: ADMINs only. */
@ApplicationScoped
public class CategoryService implements CreateCategoryUseCase, EditCategoryUseCase, DeleteCategoryUseCase {

    private final CategoryRepository categories;
    private final CategoryQueries queries;
    private final SlugPolicy slugPolicy;
    private final AuditLog audit;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Inject
    public CategoryService(CategoryRepository categories, CategoryQueries queries, SlugPolicy slugPolicy,
                           AuditLog audit, DomainEventPublisher events, Clock clock) {
        this.categories = categories;
        this.queries = queries;
        this.slugPolicy = slugPolicy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CategoryView create(Actor actor, CategoryCommand command) {
        Category.requireAdmin(actor);
        if (command.parentId() != null && categories.findById(command.parentId()).isEmpty()) {
            throw noSuchParent(command.parentId());
        }
        Instant now = Timestamps.now(clock);
        Category category = Category.create(actor, command.name(),
                slugPolicy.forCategoryName(command.name().value()), command.parentId(), now);
        categories.add(category);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", category.name().value());
        details.put("slug", category.slug().value());
        category.parentId().ifPresent(p -> details.put("parentId", p.toString()));
        audit.record(Audits.by(actor, AuditAction.CATEGORY_CREATED, EntityType.CATEGORY, category.id().value(),
                details, now));
        events.publish(category.pullEvents());
        return view(category.id());
    }

    @Override
    @Transactional
    public CategoryView edit(Actor actor, CategoryId id, CategoryCommand command) {
        Category.requireAdmin(actor);
        Category category = existing(id);
        Instant now = Timestamps.now(clock);
        Map<String, Object> details = new LinkedHashMap<>();
        if (command.name() != null) {
            category.rename(actor, command.name(), slugPolicy.forCategoryName(command.name().value()), now);
            details.put("name", category.name().value());
            details.put("slug", category.slug().value());
        }
        if (command.parentGiven()) {
            categories.lockTree();
            Map<CategoryId, Optional<CategoryId>> parents = categories.findAll().stream()
                    .collect(Collectors.toMap(Category::id, Category::parentId));
            if (command.parentId() != null && !parents.containsKey(command.parentId())) {
                throw noSuchParent(command.parentId());
            }
            category.moveUnder(actor, command.parentId(), c -> parents.getOrDefault(c, Optional.empty()), now);
            details.put("parentId", command.parentId() == null ? "none" : command.parentId().toString());
        }
        categories.update(category);
        audit.record(Audits.by(actor, AuditAction.CATEGORY_UPDATED, EntityType.CATEGORY, id.value(), details, now));
        events.publish(category.pullEvents());
        return view(id);
    }

    @Override
    @Transactional
    public void delete(Actor actor, CategoryId id) {
        Category.requireAdmin(actor);
        Category deleted = existing(id);
        categories.lockTree(); // moves the children: the tree's shape changes
        Instant now = Timestamps.now(clock);
        List<Category> children = categories.findAll().stream()
                .filter(c -> c.parentId().filter(id::equals).isPresent()).toList();
        String newParent = deleted.parentId().map(CategoryId::toString).orElse("none");
        for (Category child : children) {
            child.moveUpFrom(deleted, now);
            categories.update(child);
            audit.record(Audits.by(actor, AuditAction.CATEGORY_UPDATED, EntityType.CATEGORY, child.id().value(),
                    Map.of("parentId", newParent, "reason", "parent " + id + " deleted"), now));
            events.publish(child.pullEvents());
        }
        deleted.delete(actor, now);
        categories.delete(id);
        audit.record(Audits.by(actor, AuditAction.CATEGORY_DELETED, EntityType.CATEGORY, id.value(),
                Map.of("name", deleted.name().value(), "slug", deleted.slug().value(),
                        "movedChildren", children.stream().map(c -> c.id().toString()).sorted().toList()), now));
        events.publish(deleted.pullEvents());
    }

    private static InvalidInput noSuchParent(CategoryId parent) {
        return InvalidInput.of("parentId", "no category has id " + parent);
    }

    private Category existing(CategoryId id) {
        return categories.findById(id).orElseThrow(() -> NotFound.of("category", id));
    }

    private CategoryView view(CategoryId id) {
        return queries.byId(id).orElseThrow(() -> NotFound.of("category", id));
    }
}
