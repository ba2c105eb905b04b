package dev.inkwell.bootstrap.config;

import dev.inkwell.domain.slug.SlugPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;

/** The domain's slug policy as a bean; its random fallback ("post-3f9a0c1e") needs a source of randomness. */
public class SlugPolicyProducer {

    @Produces
    @Singleton
    SlugPolicy slugPolicy() {
        return new SlugPolicy(new SecureRandom());
    }
}
