package dev.inkwell.application.port.in;

public interface BootstrapAdminUseCase {

    /**
     * Creates the configured administrator unless an active user already has that e-mail.
     * @return true when an account was created
     */
    boolean ensureAdmin(String email, String password);
}
