package dev.inkwell.bootstrap.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An RSA key pair for dev mode and tests, so that neither needs key set-up. Never used in
 * production, where the keys must be configured (see {@code ProductionConfigGuard}).
 */
public record ThrowAwayKeys(Path privateKey, Path publicKey) {

    /** Reuses the pair in {@code dir} when there is one (tokens then survive dev restarts). */
    public static ThrowAwayKeys in(Path dir) {
        Path priv = dir.resolve("privateKey.pem").toAbsolutePath();
        Path pub = dir.resolve("publicKey.pem").toAbsolutePath();
        if (Files.isRegularFile(priv) && Files.isRegularFile(pub)) {
            return new ThrowAwayKeys(priv, pub);
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return new ThrowAwayKeys(priv, pub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
