package dev.inkwell.application.user;

import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.model.UserView.ProfileView;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.User;

/** The one way an account leaves the use cases: as a view, with the e-mail only where it may be seen. */
final class UserViewMapper {

    private UserViewMapper() {
    }

    /** For the user themself, ADMINs and staff lists: with the e-mail. */
    static UserView privateView(User user) {
        return view(user, true);
    }

    static UserView view(User user, boolean withEmail) {
        return new UserView(user.id().value(), withEmail ? user.email().value() : null, user.username().value(),
                user.name().value(), user.role(), user.createdAt(), user.updatedAt(),
                user.profile().map(UserViewMapper::profile).orElse(null), user.audience().followers(),
                user.audience().following());
    }

    private static ProfileView profile(Profile p) {
        return new ProfileView(p.bio(), p.avatar(), p.website());
    }
}
