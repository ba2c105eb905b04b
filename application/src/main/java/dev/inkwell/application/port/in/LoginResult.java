package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.UserView;

public record LoginResult(String accessToken, long expiresInSeconds, UserView user) {
}
