package dev.inkwell.application.port.out;

import dev.inkwell.domain.user.UserId;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What a signed-in viewer has to do with what a screen shows: which of its posts they favorited
 * and which of its people they follow. One statement for a whole screen, asked only for a
 * signed-in viewer; the reads themselves stay the same for everyone (and cacheable).
 */
public interface ViewerRelations {

    Relations of(UserId viewer, Collection<UUID> posts, Collection<UUID> users);

    record Relations(Set<UUID> favorited, Set<UUID> followed) {

        public Relations {
            favorited = Set.copyOf(favorited);
            followed = Set.copyOf(followed);
        }

        public static Relations none() {
            return new Relations(Set.of(), Set.of());
        }
    }
}
