package dev.inkwell.bootstrap.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started the service where to try it, and in dev mode how to log in. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "quarkus.http.port") int port,
                 @ConfigProperty(name = "inkwell.bootstrap-admin.email") Optional<String> adminEmail,
                 @ConfigProperty(name = "inkwell.bootstrap-admin.password") Optional<String> adminPassword) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        LOG.infof("Inkwell is up. Swagger UI: http://localhost:%d/q/swagger-ui  (OpenAPI: /q/openapi, health: /q/health)",
                port);
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT && adminEmail.isPresent() && adminPassword.isPresent()) {
            LOG.infof("Dev admin: POST /auth/login {\"email\":\"%s\",\"password\":\"%s\"}, then Authorize with the"
                    + " accessToken", adminEmail.get(), adminPassword.get());
        }
    }
}
