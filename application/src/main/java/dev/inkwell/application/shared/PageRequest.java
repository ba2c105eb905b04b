package dev.inkwell.application.shared;

import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.error.InvalidInput;

/** Offset pagination as every list endpoint takes it: page ≥ 1, limit 1..100. */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_PAGE = 1;
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (page < 1) {
            throw InvalidInput.of("page", "must be an integer of at least 1");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "must be an integer from 1 to " + MAX_LIMIT);
        }
    }

    /** Parses raw query parameters (null = default), reporting both when both are wrong. */
    public static PageRequest parse(String page, String limit) {
        InputCheck check = new InputCheck();
        Integer p = check.check(() -> parseInt(page, DEFAULT_PAGE, "page", "must be an integer of at least 1"));
        Integer l = check.check(() -> parseInt(limit, DEFAULT_LIMIT, "limit",
                "must be an integer from 1 to " + MAX_LIMIT));
        check.throwIfInvalid();
        return new PageRequest(p, l);
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }

    private static int parseInt(String raw, int fallback, String field, String message) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (field.equals("page") ? value < 1 : value < 1 || value > MAX_LIMIT) {
                throw InvalidInput.of(field, message);
            }
            return value;
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, message);
        }
    }
}
