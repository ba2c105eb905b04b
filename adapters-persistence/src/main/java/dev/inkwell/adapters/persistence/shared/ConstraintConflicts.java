package dev.inkwell.adapters.persistence.shared;

import dev.inkwell.domain.error.Conflict;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Flushes pending writes so that a unique index lost to a concurrent request surfaces here,
 * inside the adapter, as a domain {@link Conflict} — not later at commit as a 500.
 */
public final class ConstraintConflicts {

    private static final Map<String, String> MESSAGES = Map.of(
            "users_email_active_uk", "email is already registered",
            "users_username_active_uk", "username is already taken",
            "posts_slug_uk", "slug is already taken",
            "categories_name_uk", "a category with this name already exists",
            "categories_slug_uk", "a category with this slug already exists");

    private ConstraintConflicts() {
    }

    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            String name = e.getConstraintName();
            String message = name == null ? null : MESSAGES.get(name);
            if (message == null) {
                throw e;
            }
            throw new Conflict(message);
        }
    }
}
