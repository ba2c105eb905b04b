package dev.inkwell.application.user;

import dev.inkwell.domain.user.User;

public record LoginResult(String accessToken, long expiresInSeconds, User user) {
}
