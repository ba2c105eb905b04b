package dev.inkwell.adapters.rest.shared;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public read of api.md "HTTP caching": its answer carries a strong {@code ETag} (a digest of
 * the exact bytes sent), a conditional request whose {@code If-None-Match} names it gets 304 and
 * no body, and {@code Cache-Control} says whether shared caches may keep it ({@code public,
 * max-age} for an anonymous caller, {@code private} when a token was sent; always {@code Vary:
 * Authorization}). Applied by {@code bootstrap}'s {@code ConditionalReads}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicRead {
}
