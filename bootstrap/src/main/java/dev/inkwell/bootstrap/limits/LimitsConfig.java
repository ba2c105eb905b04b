package dev.inkwell.bootstrap.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** {@code inkwell.limits.*}: the abuse limits of api.md; 0 turns a limit off. */
@ConfigMapping(prefix = "inkwell.limits")
public interface LimitsConfig {

    /** Failed logins for one account within 15 minutes that lock it for 15 minutes. */
    @WithName("login-failures")
    @WithDefault("5")
    int loginFailures();

    /** Login attempts per client address and minute. */
    @WithName("login-per-minute")
    @WithDefault("20")
    int loginPerMinute();

    /** Registrations per client address and hour. */
    @WithName("registrations-per-hour")
    @WithDefault("20")
    int registrationsPerHour();

    /** Writes (posts, comments, favorites, follows) per user and minute. */
    @WithName("writes-per-minute")
    @WithDefault("60")
    int writesPerMinute();
}
