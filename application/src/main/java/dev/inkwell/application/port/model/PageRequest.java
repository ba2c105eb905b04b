package dev.inkwell.application.port.model;

import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.error.InvalidInput;

/** Offset pagination as every list endpoint takes it: page ≥ 1, limit 1..100. */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_PAGE = 1;
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    private static final String PAGE_RULE = "must be an integer of at least 1";
    private static final String LIMIT_RULE = "must be an integer from 1 to " + MAX_LIMIT;

    public PageRequest {
        requirePage(page);
        requireLimit(limit);
    }

    /** Parses raw query parameters (null or empty = default), reporting both when both are wrong. */
    public static PageRequest parse(String page, String limit) {
        InputCheck check = new InputCheck();
        Integer p = check.check(() -> requirePage(integer(page, DEFAULT_PAGE, "page", PAGE_RULE)));
        Integer l = check.check(() -> requireLimit(integer(limit, DEFAULT_LIMIT, "limit", LIMIT_RULE)));
        check.throwIfInvalid();
        return new PageRequest(p, l);
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }

    private static int requirePage(int page) {
        if (page < 1) {
            throw InvalidInput.of("page", PAGE_RULE);
        }
        return page;
    }

    private static int requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", LIMIT_RULE);
        }
        return limit;
    }

    private static int integer(String raw, int fallback, String field, String rule) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, rule);
        }
    }
}
