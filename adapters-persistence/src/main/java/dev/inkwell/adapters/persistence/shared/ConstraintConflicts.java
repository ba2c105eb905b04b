package dev.inkwell.adapters.persistence.shared;

import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Conflict.Subject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Flushes pending writes so that a unique index lost to a concurrent request surfaces here,
 * inside the adapter, as a domain {@link Conflict} — not later at commit as a 500.
 */
public final class ConstraintConflicts {

    private record Clash(Subject subject, String message) {
    }

    private static final Map<String, Clash> CLASHES = Map.of(
            "users_email_active_uk", new Clash(Subject.EMAIL, "email is already registered"),
            "users_username_active_uk", new Clash(Subject.USERNAME, "username is already taken"),
            "posts_slug_uk", new Clash(Subject.POST_SLUG, "slug is already taken"),
            "categories_name_uk", new Clash(Subject.CATEGORY_NAME, "a category with this name already exists"),
            "categories_slug_uk", new Clash(Subject.CATEGORY_SLUG, "a category with this slug already exists"));

    private ConstraintConflicts() {
    }

    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            String name = e.getConstraintName();
            Clash clash = name == null ? null : CLASHES.get(name);
            if (clash == null) {
                throw e;
            }
            throw new Conflict(clash.message(), clash.subject());
        }
    }
}
