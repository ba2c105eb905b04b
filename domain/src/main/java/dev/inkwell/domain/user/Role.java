package dev.inkwell.domain.user;

import dev.inkwell.domain.error.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

public enum Role {
    USER, MODERATOR, ADMIN;

    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.name().equals(text)) {
                return role;
            }
        }
        throw InvalidInput.of("role", "must be one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
