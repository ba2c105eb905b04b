package dev.inkwell.adapters.rest.shared;

import dev.inkwell.application.port.in.Uuids;
import dev.inkwell.domain.error.InvalidInput;
import java.util.UUID;

/** Path and query ids arrive as text so that a malformed one is a 400, not JAX-RS' 404. */
public final class Ids {

    private Ids() {
    }

    public static UUID uuid(String text, String field) {
        return Uuids.parse(field, text);
    }

    public static UUID optionalUuid(String text, String field) {
        return text == null || text.isEmpty() ? null : uuid(text, field);
    }

    public static boolean flag(String text, String field) {
        if (text == null || text.isEmpty() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw InvalidInput.of(field, "must be true or false");
    }
}
