package dev.inkwell.domain.error;

import java.util.List;

/** Input that breaks a rule of a value object or aggregate, with the offending fields. */
public final class InvalidInput extends DomainException {

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput needs at least one field error");
        }
        return errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }

    /** One broken rule: the field as the client named it, and a human-readable reason. */
    public record FieldError(String field, String message) {
    }
}
