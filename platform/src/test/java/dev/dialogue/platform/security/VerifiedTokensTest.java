package dev.dialogue.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final String ISSUER = "dialogue-test";

    private final KeyPair keys = keyPair();
    private final JWTAuthContextInfo verification = verification();
    /** On a whole second, as a token's expiry is. */
    private final SteppedClock clock = new SteppedClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final VerifiedTokens tokens = new VerifiedTokens(clock);

    @Test
    void answersARepeatedTokenFromMemory() throws ParseException {
        String token = mint("admin-1", Instant.now().plus(Duration.ofHours(1)));

        assertThat(tokens.parse(token, verification)).isSameAs(tokens.parse(token, verification));
        assertThat(tokens.parse(token, verification).getName()).isEqualTo("admin-1");
    }

    @Test
    void refusesAnAlteredTokenThoughItsOriginalWasVerified() throws ParseException {
        String token = mint("admin-1", Instant.now().plus(Duration.ofHours(1)));
        tokens.parse(token, verification);
        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThatThrownBy(() -> tokens.parse(altered, verification)).isInstanceOf(ParseException.class);
    }

    /**
     * The token is still valid by the system's time, which the default factory checks it against:
     * a second verification shows as a new principal.
     */
    @Test
    void verifiesATokenAnewOnceItHasExpired() throws ParseException {
        Instant expiry = clock.instant().plusSeconds(30);
        String token = mint("admin-1", expiry);
        JWTCallerPrincipal first = tokens.parse(token, verification);

        clock.set(expiry.minusMillis(1));
        assertThat(tokens.parse(token, verification)).isSameAs(first);

        clock.set(expiry);
        assertThat(tokens.parse(token, verification)).isNotSameAs(first);
    }

    @Test
    void remembersATokenNoLongerThanAMinute() throws ParseException {
        String token = mint("admin-1", clock.instant().plus(Duration.ofHours(1)));
        JWTCallerPrincipal first = tokens.parse(token, verification);

        clock.set(clock.instant().plus(VerifiedTokens.LONGEST).minusMillis(1));
        assertThat(tokens.parse(token, verification)).isSameAs(first);

        clock.set(clock.instant().plusMillis(1));
        assertThat(tokens.parse(token, verification)).isNotSameAs(first);
    }

    @Test
    void holdsNoMoreThanItsBound() throws ParseException {
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        for (int i = 0; i <= VerifiedTokens.MOST; i++) {
            tokens.parse(mint("participant-" + i, expiry), verification);
        }

        assertThat(tokens.size()).isBetween(1, VerifiedTokens.MOST);
    }

    @Test
    void refusesATokenForAnotherAudienceOrNoneEachTimeItComes() throws ParseException {
        verification.setExpectedAudience(Set.of("dialogue"));
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        String ours = mint("admin-1", expiry, "elsewhere", "dialogue");
        String theirs = mint("admin-1", expiry, "elsewhere");
        String nobodys = mint("admin-1", expiry);

        assertThat(tokens.parse(ours, verification).getAudience()).contains("dialogue");
        for (String token : List.of(theirs, nobodys)) {
            assertThatThrownBy(() -> tokens.parse(token, verification)).isInstanceOf(ParseException.class);
            assertThatThrownBy(() -> tokens.parse(token, verification)).as("a refusal is not remembered")
                    .isInstanceOf(ParseException.class);
        }
        assertThat(tokens.size()).isEqualTo(1);
    }

    private String mint(String subject, Instant expiry, String... audience) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups("admin")
                .issuedAt(Instant.now().minusSeconds(10)).expiresAt(expiry);
        if (audience.length > 0) {
            claims.audience(Set.of(audience));
        }
        return claims.sign(keys.getPrivate());
    }

    private JWTAuthContextInfo verification() {
        return new JWTAuthContextInfo((RSAPublicKey) keys.getPublic(), ISSUER);
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time is whatever the test sets. */
    private static final class SteppedClock extends Clock {

        private volatile Instant now;

        SteppedClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the tokens' cache reads only the instant");
        }
    }
}
