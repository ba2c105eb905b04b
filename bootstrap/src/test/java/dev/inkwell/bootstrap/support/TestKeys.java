package dev.inkwell.bootstrap.support;

import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Base64;

/** Writes a throw-away RSA key pair as the PEM files production is given. */
public final class TestKeys {

    private TestKeys() {
    }

    public static void writePair(Path publicKey, Path privateKey) {
        try {
            KeyPair pair = KeyUtils.generateKeyPair(2048);
            write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
            write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n");
    }
}
