package dev.dialogue.infra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A development key pair and the tokens it signs (RS256), for tests and the local run. The pair is
 * made fresh in the work directory at every start; production verifies with its OIDC provider's key.
 */
public final class DevTokens {

    public static final String ISSUER = "dialogue-local";
    /** The audience the services verify ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "dialogue";

    private final PrivateKey privateKey;
    private final Path publicKeyFile;

    private DevTokens(PrivateKey privateKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
    }

    /** A fresh key pair; a second one mints tokens the services must refuse. */
    public static DevTokens create(Path workDir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(workDir);
            Path publicKey = workDir.resolve("jwt-public.pem");
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new DevTokens(pair.getPrivate(), publicKey);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PEM file services verify tokens with ({@code mp.jwt.verify.publickey.location}). */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** A token for the subject with the roles, valid for twelve hours. */
    public String mint(String subject, String... roles) {
        return mint(subject, Duration.ofHours(12), roles);
    }

    public String mint(String subject, Duration validity, String... roles) {
        return claims(subject, validity, roles).sign(privateKey);
    }

    /**
     * A token for the subject with the roles whose claims differ from the usual: each entry sets a
     * claim, and a null value leaves the claim out. For tests of what the services must ignore or
     * refuse: a {@code upn} naming someone else, no {@code aud} or another one.
     */
    public String mintWithClaims(String subject, Map<String, ?> claims, String... roles) {
        JwtClaimsBuilder token = claims(subject, Duration.ofHours(12), roles);
        claims.forEach((name, value) -> {
            if (value == null) {
                token.remove(name);
            } else {
                token.claim(name, value);
            }
        });
        return token.sign(privateKey);
    }

    private static JwtClaimsBuilder claims(String subject, Duration validity, String... roles) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(validity);
        // A negative validity makes an already expired token, issued an hour before it expired.
        Instant issuedAt = expiresAt.isBefore(now) ? expiresAt.minus(Duration.ofHours(1)) : now;
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }
}
