package dev.dialogue.dashboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

    @Test
    void readsWhatJavaTimeReadsInEveryFormTheContractsWrite() {
        List<String> texts = List.of("2025-11-01T10:00:00Z", "2025-11-01T10:00:00.5Z", "2025-11-01T10:00:00.123456Z",
                "2025-11-01T10:00:00.123456789Z", "2025-11-01t10:00:00z", "2025-11-01T18:00:00+08:00", "2025-11-01T05:30:00.25-04:30",
                "2024-02-29T23:59:59.999999+14:00", "0001-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z");
        for (String text : texts) {
            assertThat(Rfc3339.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text.toUpperCase()).toInstant());
        }
    }

    @Test
    void readsAnyInstantAsJavaTimeWritesIt() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 5_000_000_000L), random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 900);
            String text = OffsetDateTime.ofInstant(instant, offset).toString();
            assertThat(Rfc3339.parse(text)).as(text).isEqualTo(instant);
        }
    }

    @Test
    void leavesOtherFormsToJavaTimeWhichReadsOrRefusesThem() {
        assertThat(Rfc3339.parse("2025-11-01T10:00Z")).isEqualTo(Instant.parse("2025-11-01T10:00:00Z"));
        assertThat(Rfc3339.parse("+12025-11-01T10:00:00Z")).isEqualTo(OffsetDateTime.parse("+12025-11-01T10:00:00Z").toInstant());
        for (String wrong : List.of("2025-02-29T10:00:00Z", "2025-13-01T10:00:00Z", "2025-11-01T24:00:00Z", "2025-11-01T10:00:00",
                "2025-11-01T10:00:00.1234567890Z", "2025-11-01T10:00:00+19:00", "2025-11-0１T10:00:00Z",
                "2025-11-01 10:00:00Z", "yesterday")) {
            assertThatThrownBy(() -> Rfc3339.parse(wrong)).as(wrong).isInstanceOf(DateTimeException.class);
        }
    }
}
