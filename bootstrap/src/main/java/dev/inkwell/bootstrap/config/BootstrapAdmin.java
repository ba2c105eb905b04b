package dev.inkwell.bootstrap.config;

import dev.inkwell.application.port.in.BootstrapAdminUseCase;
import dev.inkwell.domain.error.InvalidInput;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates the configured first ADMIN at start-up (inkwell.bootstrap-admin.email/.password). */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    void onStart(@Observes StartupEvent event, BootstrapAdminUseCase useCase,
                 @ConfigProperty(name = "inkwell.bootstrap-admin.email") Optional<String> email,
                 @ConfigProperty(name = "inkwell.bootstrap-admin.password") Optional<String> password) {
        if (email.isEmpty() || password.isEmpty()) {
            if (email.isPresent() != password.isPresent()) {
                throw new IllegalStateException("set both inkwell.bootstrap-admin.email (INKWELL_BOOTSTRAP_ADMIN_EMAIL)"
                        + " and inkwell.bootstrap-admin.password (INKWELL_BOOTSTRAP_ADMIN_PASSWORD), or neither");
            }
            return;
        }
        boolean created;
        try {
            created = useCase.ensureAdmin(email.get(), password.get());
        } catch (InvalidInput e) {
            throw new IllegalStateException("inkwell.bootstrap-admin.email/.password (INKWELL_BOOTSTRAP_ADMIN_EMAIL,"
                    + " INKWELL_BOOTSTRAP_ADMIN_PASSWORD) are invalid: " + e.getMessage(), e);
        } catch (RuntimeException lostRace) {
            // Instances started together all find no administrator, hash the password and insert:
            // the unique index lets one win. Looking again settles it; a real failure fails again.
            LOG.debugf("creating the bootstrap administrator failed (%s); looking again", lostRace.getMessage());
            created = useCase.ensureAdmin(email.get(), password.get());
            if (!created) {
                LOG.infof("the bootstrap administrator %s was created by another instance", email.get());
            }
        }
        if (created) {
            LOG.infof("created the bootstrap administrator %s", email.get());
        }
    }
}
