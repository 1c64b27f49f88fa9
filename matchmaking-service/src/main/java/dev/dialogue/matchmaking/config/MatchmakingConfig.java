package dev.dialogue.matchmaking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.lang.reflect.Proxy;
import java.time.Duration;

@ConfigMapping(prefix = "dialogue.matchmaking")
public interface MatchmakingConfig {

    Weights weights();

    /** Meetings one participant may have in one B2B session. */
    @WithDefault("12")
    int meetingsPerSession();

    /** How often requests past their time are expired (set in application.properties: the job reads it too). */
    Duration expiryInterval();

    /** What each reason adds to a match's score. */
    interface Weights {

        /** The defaults below, read from where they are written: for tests and benchmarks that run without a configuration. */
        static Weights defaults() {
            return (Weights) Proxy.newProxyInstance(Weights.class.getClassLoader(), new Class<?>[] {Weights.class},
                    (proxy, method, arguments) -> {
                        WithDefault value = method.getAnnotation(WithDefault.class);
                        if (value == null) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        return Double.valueOf(value.value());
                    });
        }
        /** Per sector both work in. */
        @WithDefault("3")
        double sharedSector();

        /** Per interest one offers and the other seeks, either way round. */
        @WithDefault("5")
        double complementaryInterest();

        /** Russia and China: the forum's purpose. */
        @WithDefault("4")
        double crossBorder();

        @WithDefault("1")
        double commonLanguage();

        /** Added (so usually negative) when the two share no language. */
        @WithDefault("-1")
        double interpreterNeeded();

        /** Investor and young entrepreneur, SEZ and company, … */
        @WithDefault("2")
        double categoryFit();
    }
}
