package dev.inkwell.application.fakes;

import java.util.Comparator;
import java.util.UUID;

/**
 * PostgreSQL orders uuids by their bytes, unsigned; {@link UUID#compareTo} compares signed halves
 * and disagrees for half of all random ids. The fakes sort and compare ids like the database.
 */
public final class PostgresOrder {

    public static final Comparator<UUID> UUIDS = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private PostgresOrder() {
    }
}
