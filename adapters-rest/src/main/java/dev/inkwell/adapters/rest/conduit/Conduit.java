package dev.inkwell.adapters.rest.conduit;

import dev.inkwell.domain.error.InvalidInput;
import io.vertx.core.http.HttpServerRequest;

/** What the RealWorld adapter's resources share. */
final class Conduit {

    static final String PREFIX = "/api";
    static final String TAG = "RealWorld (Conduit) API";
    static final String UNAUTHORIZED = "ConduitUnauthorized";
    static final String FORBIDDEN = "ConduitForbidden";
    static final String NOT_FOUND = "ConduitNotFound";
    static final String UNPROCESSABLE = "ConduitUnprocessable";
    /** RealWorld's default page. */
    static final int DEFAULT_LIMIT = 20;

    private Conduit() {
    }

    /** A body part the spec requires: absent is a 422 on it. */
    static <T> T required(T part, String field) {
        if (part == null) {
            throw InvalidInput.of(field, "can't be blank");
        }
        return part;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The token the caller authenticated with, echoed in the user shape ({@code Token x} or {@code Bearer x}). */
    static String token(HttpServerRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return null;
        }
        int space = header.indexOf(' ');
        return space < 0 ? header : header.substring(space + 1).strip();
    }
}
