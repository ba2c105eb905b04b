package dev.inkwell.application.fakes;

import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.PlainPassword;
import java.util.ArrayList;
import java.util.List;

/** Reversible "hashing" that records which hashes were checked. */
public class FakePasswordHasher implements PasswordHasher {

    public static final PasswordHash DECOY = new PasswordHash("hashed:<decoy>");
    public final List<PasswordHash> checked = new ArrayList<>();
    public int hashes;

    @Override
    public PasswordHash hash(PlainPassword password) {
        hashes++;
        return new PasswordHash("hashed:" + password.value());
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        checked.add(hash);
        return hash.value().equals("hashed:" + candidate);
    }

    @Override
    public PasswordHash decoy() {
        return DECOY;
    }
}
