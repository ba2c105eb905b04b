package dev.inkwell.application.port.model;

import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.error.InvalidInput;

/**
 * Offset pagination: page ≥ 1, limit 1..100, as every list of Inkwell's own API takes it; or any
 * offset ≥ 0, as the RealWorld API takes it ({@link #atOffset}; {@code page} is then the page the
 * offset falls in).
 */
public record PageRequest(int page, int limit, long offset) {

    public static final int DEFAULT_PAGE = 1;
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    private static final String PAGE_RULE = "must be an integer of at least 1";
    private static final String LIMIT_RULE = "must be an integer from 1 to " + MAX_LIMIT;

    private static final String OFFSET_RULE = "must be an integer of at least 0";

    public PageRequest {
        requirePage(page);
        requireLimit(limit);
        if (offset < 0) {
            throw InvalidInput.of("offset", OFFSET_RULE);
        }
    }

    public PageRequest(int page, int limit) {
        this(page, limit, (long) (requirePage(page) - 1) * requireLimit(limit));
    }

    /** {@code limit} items from the {@code offset}-th (0-based). */
    public static PageRequest atOffset(long offset, int limit) {
        if (offset < 0) {
            throw InvalidInput.of("offset", OFFSET_RULE);
        }
        return new PageRequest((int) Math.min(Integer.MAX_VALUE, offset / requireLimit(limit) + 1), limit, offset);
    }

    /** Parses raw {@code offset} and {@code limit} (null or empty = 0 and {@code defaultLimit}). */
    public static PageRequest parseOffset(String offset, String limit, int defaultLimit) {
        InputCheck check = new InputCheck();
        Long o = check.check(() -> {
            long value = longInteger(offset, 0, "offset", OFFSET_RULE);
            if (value < 0) {
                throw InvalidInput.of("offset", OFFSET_RULE);
            }
            return value;
        });
        Integer l = check.check(() -> requireLimit(integer(limit, defaultLimit, "limit", LIMIT_RULE)));
        check.throwIfInvalid();
        return atOffset(o, l);
    }

    /** Parses raw query parameters (null or empty = default), reporting both when both are wrong. */
    public static PageRequest parse(String page, String limit) {
        return parse(page, limit, DEFAULT_LIMIT);
    }

    /** Parses raw {@code page} and {@code limit} (null or empty = 1 and {@code defaultLimit}). */
    public static PageRequest parse(String page, String limit, int defaultLimit) {
        InputCheck check = new InputCheck();
        Integer p = check.check(() -> requirePage(integer(page, DEFAULT_PAGE, "page", PAGE_RULE)));
        Integer l = check.check(() -> requireLimit(integer(limit, defaultLimit, "limit", LIMIT_RULE)));
        check.throwIfInvalid();
        return new PageRequest(p, l);
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

    private static long longInteger(String raw, long fallback, String field, String rule) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, rule);
        }
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
