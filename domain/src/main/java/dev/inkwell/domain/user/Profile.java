package dev.inkwell.domain.user;

import dev.inkwell.domain.error.InputCheck;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.shared.TextRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The optional public profile of a user. Every part may be null. */
public record Profile(String bio, String avatar, String website) {

    public static final int MAX_BIO = 1000;
    public static final int MAX_URL = 2048;

    public Profile {
        InputCheck check = new InputCheck();
        check.check(() -> requireBio(bio));
        check.check(() -> requireHttpUrl("avatar", avatar));
        check.check(() -> requireHttpUrl("website", website));
        check.throwIfInvalid();
    }

    public static Profile empty() {
        return new Profile(null, null, null);
    }

    public boolean isEmpty() {
        return bio == null && avatar == null && website == null;
    }

    /** This profile with the given parts replaced; a null argument keeps the current part. */
    public Profile merge(String newBio, String newAvatar, String newWebsite) {
        return new Profile(newBio != null ? newBio : bio,
                newAvatar != null ? newAvatar : avatar,
                newWebsite != null ? newWebsite : website);
    }

    private static String requireBio(String bio) {
        return bio == null ? null : TextRules.atMost("bio", bio, MAX_BIO);
    }

    private static String requireHttpUrl(String field, String url) {
        if (url == null) {
            return null;
        }
        if (url.length() > MAX_URL) {
            throw InvalidInput.of(field, "must be at most " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                throw InvalidInput.of(field, "must be an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw InvalidInput.of(field, "must be an absolute http(s) URL");
        }
        return url;
    }
}
