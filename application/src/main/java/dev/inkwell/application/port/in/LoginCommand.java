package dev.inkwell.application.port.in;

/** Raw credentials: they are checked, not validated, so that every failure looks the same. */
public record LoginCommand(String email, String password) {

    @Override
    public String toString() {
        return "LoginCommand[email=" + email + ", password=****]";
    }
}
