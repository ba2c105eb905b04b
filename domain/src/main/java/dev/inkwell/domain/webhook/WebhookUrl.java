package dev.inkwell.domain.webhook;

import dev.inkwell.domain.error.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a webhook is delivered: an absolute {@code http} or {@code https} URL with a host, at most
 * 2,048 characters, without credentials in it (they would be shown to every ADMIN in the list) and
 * without a fragment (never sent). Whether its host may be reached is the delivering side's
 * question (private targets, api.md).
 */
public record WebhookUrl(URI value) {

    public static final int MAX_LENGTH = 2048;

    public WebhookUrl {
        Objects.requireNonNull(value, "value");
    }

    public static WebhookUrl of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw invalid("must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("must not have a fragment");
        }
        return new WebhookUrl(uri);
    }

    private static InvalidInput invalid(String message) {
        return InvalidInput.of("url", message);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
