package dev.dialogue.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialogue.platform.domain.DomainException;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The caller is the verified token's subject, whatever names the token carries besides. */
class CallerTest {

    private static final String ISSUER = "dialogue-test";
    private static final String RULE = "a participant sees only their own agenda";

    private final KeyPair keys = keyPair();
    private final UUID anna = UUID.randomUUID();
    private final UUID zhang = UUID.randomUUID();

    @Test
    void isTheSubjectThoughUpnAndPreferredUsernameNameAnother() throws ParseException {
        JWTCallerPrincipal token = verify(anna.toString(),
                claims -> claims.upn(zhang.toString()).preferredUserName(zhang.toString()), Roles.PARTICIPANT);
        Caller caller = caller(token);

        assertThat(token.getName()).as("what SecurityContext.getUserPrincipal().getName() answers").isEqualTo(zhang.toString());
        assertThat(caller.subject()).isEqualTo(anna.toString());
        assertThat(caller.participantId()).isEqualTo(anna);
        assertThatCode(() -> caller.selfOr(anna, RULE, Roles.ADMIN)).doesNotThrowAnyException();
        assertForbidden(() -> caller.selfOr(zhang, RULE, Roles.ADMIN), RULE);
    }

    @Test
    void aTrustedRoleActsForAnyoneButIsNoParticipant() throws ParseException {
        Caller admin = caller(verify("admin-1", UnaryOperator.identity(), Roles.ADMIN));

        assertThat(admin.isInRole(Roles.ADMIN)).isTrue();
        assertThat(admin.isInRole(Roles.PARTICIPANT)).isFalse();
        assertThatCode(() -> admin.selfOr(zhang, RULE, Roles.ADMIN, Roles.STAFF)).doesNotThrowAnyException();
        assertForbidden(() -> admin.selfOr(zhang, RULE, Roles.STAFF), RULE);
        assertForbidden(admin::participantId, Caller.NOT_A_PARTICIPANT);
    }

    @Test
    void aSubjectThatIsNotAParticipantIdNamesNoParticipant() throws ParseException {
        Caller partner = caller(verify("sh-youth-foundation", claims -> claims.upn(anna.toString()), Roles.PARTNER));
        Caller shortened = caller(verify("0-0-0-0-1", UnaryOperator.identity(), Roles.PARTICIPANT));

        assertThat(partner.partnerId()).isEqualTo("sh-youth-foundation");
        assertForbidden(partner::participantId, Caller.NOT_A_PARTICIPANT);
        assertForbidden(() -> partner.selfOr(anna, RULE), RULE);
        assertForbidden(shortened::participantId, Caller.NOT_A_PARTICIPANT);
        assertForbidden(() -> shortened.selfOr(UUID.fromString("0-0-0-0-1"), RULE), RULE);
    }

    @Test
    void aParticipantIdInCapitalsIsTheSameParticipant() throws ParseException {
        Caller caller = caller(verify(anna.toString().toUpperCase(), UnaryOperator.identity(), Roles.PARTICIPANT));

        assertThat(caller.participantId()).isEqualTo(anna);
        assertThatCode(() -> caller.selfOr(anna, RULE)).doesNotThrowAnyException();
    }

    @Test
    void aTokenWithoutSubjectNamesNobody() throws ParseException {
        Caller caller = caller(verify(null, claims -> claims.upn(anna.toString()), Roles.PARTNER, Roles.PARTICIPANT));

        assertForbidden(caller::subject, Caller.NO_SUBJECT);
        assertForbidden(caller::partnerId, Caller.NO_SUBJECT);
        assertForbidden(caller::participantId, Caller.NOT_A_PARTICIPANT);
        assertForbidden(() -> caller.selfOr(anna, RULE), RULE);
    }

    private static void assertForbidden(ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
            assertThat(refusal.getMessage()).isEqualTo(detail);
        });
    }

    private static Caller caller(JWTCallerPrincipal token) {
        return new Caller(token, QuarkusSecurityIdentity.builder().setPrincipal(token).addRoles(token.getGroups()).build());
    }

    /** Signed and verified as a service does it, so the claims are read as in production. */
    private JWTCallerPrincipal verify(String subject, UnaryOperator<JwtClaimsBuilder> more, String... roles)
            throws ParseException {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).groups(Set.of(roles)).issuedAt(Instant.now())
                .expiresAt(Instant.now().plus(Duration.ofHours(1)));
        if (subject != null) {
            claims.subject(subject).upn(subject);
        }
        String token = more.apply(claims).sign(keys.getPrivate());
        return new VerifiedTokens(Clock.systemUTC()).parse(token, new JWTAuthContextInfo((RSAPublicKey) keys.getPublic(), ISSUER));
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
