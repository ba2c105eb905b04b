package dev.inkwell.application.port.in;

import dev.inkwell.domain.error.InvalidInput;
import java.util.UUID;

/** Ids arrive as text; a malformed one is a 400 on the field that carried it. */
public final class Uuids {

    private Uuids() {
    }

    public static UUID parse(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInput.of(field, "must be a UUID");
        }
    }
}
