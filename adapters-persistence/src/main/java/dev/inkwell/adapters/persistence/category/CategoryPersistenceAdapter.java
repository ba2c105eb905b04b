package dev.inkwell.adapters.persistence.category;

import static dev.inkwell.adapters.persistence.shared.Rows.number;
import static dev.inkwell.adapters.persistence.shared.Rows.string;
import static dev.inkwell.adapters.persistence.shared.Rows.uuid;

import dev.inkwell.adapters.persistence.shared.ConstraintConflicts;
import dev.inkwell.application.category.CategoryViews.CategoryDetail;
import dev.inkwell.application.category.CategoryViews.CategoryView;
import dev.inkwell.application.port.out.CategoryQueries;
import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.domain.category.Category;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.category.CategoryName;
import dev.inkwell.domain.post.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CategoryPersistenceAdapter implements CategoryRepository, CategoryQueries {

    /** A category with the number of published posts of active authors filed under it. */
    private static final String VIEW = "select c.id, c.name, c.slug, c.parent_id, (select count(*) from post_categories pc"
            + " join posts p on p.id = pc.post_id and p.published join users u on u.id = p.author_id"
            + " and u.deleted_at is null where pc.category_id = c.id) as post_count from categories c";
    private static final String BY_NAME = " order by lower(c.name), c.id";

    private final EntityManager em;

    @Inject
    public CategoryPersistenceAdapter(EntityManager em) {
        this.em = em;
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
        CategoryEntity entity = new CategoryEntity();
        copy(category, entity);
        em.persist(entity);
        ConstraintConflicts.flush(em);
    }

    @Override
    public void update(Category category) {
        copy(category, em.find(CategoryEntity.class, category.id().value()));
        ConstraintConflicts.flush(em);
    }

    @Override
    public void delete(CategoryId id) {
        // Bulk: PostgreSQL drops the post links (ON DELETE CASCADE).
        em.createNativeQuery("delete from categories where id = :id").setParameter("id", id.value()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CategoryView> all() {
        return ((List<Tuple>) em.createNativeQuery(VIEW + BY_NAME, Tuple.class).getResultList()).stream()
                .map(CategoryPersistenceAdapter::view).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CategoryDetail> bySlug(String slug) {
        List<Tuple> rows = em.createNativeQuery(VIEW + " where c.slug = :slug", Tuple.class)
                .setParameter("slug", slug).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CategoryView category = view(rows.get(0));
        List<Tuple> children = em.createNativeQuery(VIEW + " where c.parent_id = :id" + BY_NAME, Tuple.class)
                .setParameter("id", category.id()).getResultList();
        return Optional.of(new CategoryDetail(category, children.stream().map(CategoryPersistenceAdapter::view).toList()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CategoryView> byId(CategoryId id) {
        List<Tuple> rows = em.createNativeQuery(VIEW + " where c.id = :id", Tuple.class)
                .setParameter("id", id.value()).getResultList();
        return rows.stream().findFirst().map(CategoryPersistenceAdapter::view);
    }

    private static CategoryView view(Tuple r) {
        return new CategoryView(uuid(r, "id"), string(r, "name"), string(r, "slug"), uuid(r, "parent_id"),
                number(r, "post_count"));
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
