package dev.inkwell.domain.audit;

import dev.inkwell.domain.error.InvalidInput;

public enum EntityType {
    USER, POST, COMMENT, CATEGORY;

    public static EntityType parse(String text) {
        for (EntityType type : values()) {
            if (type.name().equalsIgnoreCase(text)) {
                return type;
            }
        }
        throw InvalidInput.of("entityType", "must be one of USER, POST, COMMENT, CATEGORY");
    }
}
