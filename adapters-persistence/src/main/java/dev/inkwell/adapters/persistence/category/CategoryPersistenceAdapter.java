package dev.inkwell.adapters.persistence.category;

import dev.inkwell.adapters.persistence.shared.EntityWrites;
import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.domain.category.Category;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.category.CategoryName;
import dev.inkwell.domain.slug.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Category aggregates through their JPA entity; reads for display are in {@link CategoryReadModels}. */
@ApplicationScoped
public class CategoryPersistenceAdapter implements CategoryRepository {

    private final EntityManager em;
    private final EntityWrites<Category, CategoryEntity> writes;

    @Inject
    public CategoryPersistenceAdapter(EntityManager em) {
        this.em = em;
        this.writes = new EntityWrites<>(em, CategoryEntity.class, CategoryEntity::new, c -> c.id().value(),
                CategoryPersistenceAdapter::copy);
    }

    @Override
    public Optional<Category> findById(CategoryId id) {
        return Optional.ofNullable(em.find(CategoryEntity.class, id.value())).map(CategoryPersistenceAdapter::toDomain);
    }

    /** A transaction-scoped PostgreSQL advisory lock, released at commit or rollback. */
    @Override
    public void lockTree() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('inkwell.category-tree'))").getSingleResult();
    }

    @Override
    public List<Category> findAll() {
        return em.createQuery("select c from CategoryEntity c", CategoryEntity.class).getResultList().stream()
                .map(CategoryPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Set<CategoryId> findExisting(Set<CategoryId> ids) {
        List<UUID> values = ids.stream().map(CategoryId::value).toList();
        return em.createQuery("select c.id from CategoryEntity c where c.id in :ids", UUID.class)
                .setParameter("ids", values).getResultList().stream().map(CategoryId::new).collect(Collectors.toSet());
    }

    @Override
    public void add(Category category) {
        writes.add(category);
    }

    @Override
    public void update(Category category) {
        writes.update(category);
    }

    @Override
    public void delete(CategoryId id) {
        // Bulk: PostgreSQL drops the post links (ON DELETE CASCADE).
        em.createNativeQuery("delete from categories where id = :id").setParameter("id", id.value()).executeUpdate();
    }

    private static Category toDomain(CategoryEntity e) {
        return Category.restore(new CategoryId(e.id), new CategoryName(e.name), new Slug(e.slug),
                e.parentId == null ? null : new CategoryId(e.parentId), e.createdAt, e.updatedAt);
    }

    private static void copy(Category c, CategoryEntity e) {
        e.id = c.id().value();
        e.name = c.name().value();
        e.slug = c.slug().value();
        e.parentId = c.parentId().map(CategoryId::value).orElse(null);
        e.createdAt = c.createdAt();
        e.updatedAt = c.updatedAt();
    }
}
