package dev.inkwell.adapters.persistence.shared;

import jakarta.persistence.EntityManager;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How every repository writes an aggregate through its entity: a new row for {@code add}, the
 * managed row overwritten for {@code update}, flushed at once so that a lost unique-index race
 * surfaces here as a {@code Conflict} ({@link ConstraintConflicts}), not later at commit.
 */
public final class EntityWrites<A, E> {

    private final EntityManager em;
    private final Class<E> entityType;
    private final Supplier<E> newEntity;
    private final Function<A, Object> id;
    private final BiConsumer<A, E> copy;

    public EntityWrites(EntityManager em, Class<E> entityType, Supplier<E> newEntity, Function<A, Object> id,
                        BiConsumer<A, E> copy) {
        this.em = em;
        this.entityType = entityType;
        this.newEntity = newEntity;
        this.id = id;
        this.copy = copy;
    }

    public void add(A aggregate) {
        E entity = newEntity.get();
        copy.accept(aggregate, entity);
        em.persist(entity);
        ConstraintConflicts.flush(em);
    }

    public void update(A aggregate) {
        copy.accept(aggregate, em.find(entityType, id.apply(aggregate)));
        ConstraintConflicts.flush(em);
    }
}
