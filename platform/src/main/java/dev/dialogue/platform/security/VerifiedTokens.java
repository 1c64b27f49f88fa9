package dev.dialogue.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies a bearer token once, then answers from memory until the earlier of its expiry and a
 * minute later. A client sends the same token with every request, and checking its signature and
 * parsing its JSON again each time cost about a sixth of a cheap request's CPU and a hundred
 * kilobytes of garbage. A token that differs by one character is
 * verified anew; the minute bounds how long a token outlives a rotation of the verification key.
 * Keyed by the token alone: a service has one verification configuration (key, issuer, audience),
 * and a token is remembered only after the default factory has checked it against all of it; a
 * refused token is checked again each time it comes. The time is the platform's {@link Clock}; the
 * default factory checks a token's expiry against the system's.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    static final int MOST = 1_000;
    static final Duration LONGEST = Duration.ofMinutes(1);

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    private record Verified(JWTCallerPrincipal principal, long untilMillis) {
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        long now = clock.millis();
        Verified known = verified.get(token);
        if (known != null && now < known.untilMillis()) {
            return known.principal();
        }
        JWTCallerPrincipal principal = verifier.parse(token, authContextInfo);
        if (verified.size() >= MOST) {
            verified.values().removeIf(entry -> entry.untilMillis() <= now);
            if (verified.size() >= MOST) {
                verified.clear();
            }
        }
        long expiry = principal.getExpirationTime() * 1_000;
        verified.put(token, new Verified(principal, Math.min(expiry, now + LONGEST.toMillis())));
        return principal;
    }

    int size() {
        return verified.size();
    }
}
