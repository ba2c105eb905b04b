package dev.inkwell.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * A throw-away RSA key pair written as the PEM files production is given
 * ({@code mp.jwt.verify.publickey.location}, {@code smallrye.jwt.sign.key.location}).
 */
public record TestKeys(Path publicKey, Path privateKey) {

    /** Writes a new key pair to these two files (and their directories). */
    public static TestKeys writeTo(Path publicKey, Path privateKey) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path pub = write(publicKey.toAbsolutePath(), "PUBLIC KEY", pair.getPublic().getEncoded());
            Path priv = write(privateKey.toAbsolutePath(), "PRIVATE KEY", pair.getPrivate().getEncoded());
            return new TestKeys(pub, priv);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, String> configuration() {
        return Map.of("mp.jwt.verify.publickey.location", publicKey.toString(),
                "smallrye.jwt.sign.key.location", privateKey.toString());
    }

    private static Path write(Path file, String type, byte[] der) throws IOException {
        Files.createDirectories(file.getParent());
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n");
        return file;
    }
}
