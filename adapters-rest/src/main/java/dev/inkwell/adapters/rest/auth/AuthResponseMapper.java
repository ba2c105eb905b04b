package dev.inkwell.adapters.rest.auth;

import dev.inkwell.adapters.rest.user.UserResponseMapper;
import dev.inkwell.application.port.in.LoginResult;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = UserResponseMapper.class)
public interface AuthResponseMapper {

    @Mapping(target = "tokenType", constant = "Bearer")
    @Mapping(target = "expiresIn", source = "expiresInSeconds")
    AuthResponses.Login toResponse(LoginResult result);
}
