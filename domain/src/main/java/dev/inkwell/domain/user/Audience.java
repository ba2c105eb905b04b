package dev.inkwell.domain.user;

/**
 * How many active users follow a user, and how many active users they follow: numbers the
 * database keeps as follows come and go (a soft-deleted user stops counting). The aggregate only
 * carries them; nothing in it changes them.
 */
public record Audience(long followers, long following) {

    public Audience {
        if (followers < 0 || following < 0) {
            throw new IllegalArgumentException("follow counts are never negative");
        }
    }

    public static Audience none() {
        return new Audience(0, 0);
    }
}
