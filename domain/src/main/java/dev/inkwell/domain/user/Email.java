package dev.inkwell.domain.user;

import dev.inkwell.domain.error.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, stored and compared lower-cased. */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    private static final String FIELD = "email";
    // local@domain.tld: no spaces, exactly one @, a dot in the domain, no empty labels
    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+$");

    public Email {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(FIELD, "must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw InvalidInput.of(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of(FIELD, "must be a well-formed email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
