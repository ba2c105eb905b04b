package dev.inkwell.domain.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds several value objects and reports every broken rule at once, instead of
 * stopping at the first one: a client fixing a form wants all its errors.
 */
public final class InputCheck {

    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    /** The built value, or null (and the errors remembered) when it breaks a rule. */
    public <T> T check(Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Like {@link #check} but an absent input stays absent (null) without an error. */
    public <T> T optional(Object raw, Supplier<T> construction) {
        return raw == null ? null : check(construction);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
