package dev.inkwell.bootstrap.webhooks;

import dev.inkwell.application.port.out.WebhookTargets;
import dev.inkwell.domain.webhook.WebhookUrl;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SSRF guard of api.md "Webhooks": a target's host is resolved and every address it resolves
 * to is checked ({@link PrivateAddresses}); one private address refuses the host, unless
 * {@code inkwell.webhooks.allow-private-targets=true}. The dispatcher then connects to the address
 * checked here (not to a second lookup of the name), so a DNS answer that changes between the
 * check and the connection (rebinding) cannot lead it inside.
 */
@ApplicationScoped
public class WebhookTargetGuard implements WebhookTargets {

    private final boolean allowPrivate;

    public WebhookTargetGuard(@ConfigProperty(name = "inkwell.webhooks.allow-private-targets", defaultValue = "false")
                              boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Where to connect for {@code url}, or why not: exactly one of the two is set. */
    public record Resolution(InetAddress address, String refusal) {
    }

    @Override
    public Optional<String> refusal(WebhookUrl url) {
        return Optional.ofNullable(resolve(url.value()).refusal());
    }

    /** Resolves the URL's host (a blocking lookup: never call it on an event loop). */
    public Resolution resolve(URI url) {
        String host = url.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new Resolution(null, "host " + host + " does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (PrivateAddresses.isPrivate(address)) {
                    return new Resolution(null, "host " + host + " resolves to " + address.getHostAddress()
                            + ", a loopback, link-local or private address (refused unless"
                            + " inkwell.webhooks.allow-private-targets=true)");
                }
            }
        }
        return new Resolution(addresses[0], null);
    }
}
