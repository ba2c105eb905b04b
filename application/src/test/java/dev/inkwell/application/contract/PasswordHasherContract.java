package dev.inkwell.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.PlainPassword;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordHasher} promises; run against the fake and against bcrypt. */
public abstract class PasswordHasherContract extends PortContract {

    @Test
    void a_hash_matches_its_password_and_no_other() {
        PasswordHash hash = passwordHasher().hash(new PlainPassword("correct horse"));
        assertThat(passwordHasher().matches("correct horse", hash)).isTrue();
        assertThat(passwordHasher().matches("correct horsE", hash)).isFalse();
        assertThat(passwordHasher().matches("", hash)).isFalse();
    }

    @Test
    void the_decoy_matches_no_password_a_user_could_have() {
        assertThat(passwordHasher().matches("correct horse", passwordHasher().decoy())).isFalse();
        assertThat(passwordHasher().matches("", passwordHasher().decoy())).isFalse();
    }
}
