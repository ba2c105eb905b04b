package dev.inkwell.adapters.rest.user;

import dev.inkwell.adapters.rest.user.UserResponses.Details;
import dev.inkwell.adapters.rest.user.UserResponses.PrivateUser;
import dev.inkwell.application.port.model.UserDetails;
import dev.inkwell.application.port.model.UserView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Views to response bodies. The e-mail is in a view only where the caller may see it. */
@Mapper
public interface UserResponseMapper {

    PrivateUser toPrivate(UserView user);

    @Mapping(target = ".", source = "user")
    @Mapping(target = "following", source = "following")
    Details toDetails(UserDetails details);
}
