package dev.dialogue.dashboard.messaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;

/**
 * RFC 3339 timestamps, as the event contracts write them, read without java.time's formatter: a
 * replay reads one or two per event, and the formatter's parsing made most of the garbage the
 * replay's collector had to deal with. The form {@code 2025-11-01T10:00:00[.fraction](Z|±hh:mm)}
 * is read here; anything else goes to {@link OffsetDateTime#parse}, which reads or refuses it.
 */
final class Rfc3339 {

    private static final int[] NANOS_PER_DIGIT = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private Rfc3339() {
    }

    /** @throws DateTimeException if the text is no RFC 3339 timestamp */
    static Instant parse(String text) {
        Instant instant = plain(text);
        return instant != null ? instant : OffsetDateTime.parse(text).toInstant();
    }

    /** The instant of a timestamp in the plain form, or null for any other text. */
    private static Instant plain(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) != 'T' && text.charAt(10) != 't')
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            if (at == start || at - start > NANOS_PER_DIGIT.length) {
                return null;
            }
            nanos = digits(text, start, at - start) * NANOS_PER_DIGIT[at - start - 1];
        }
        int offsetSeconds;
        if (at == length - 1 && (text.charAt(at) == 'Z' || text.charAt(at) == 'z')) {
            offsetSeconds = 0;
        } else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
            int hours = digits(text, at + 1, 2);
            int minutes = digits(text, at + 4, 2);
            if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
                return null;
            }
            offsetSeconds = (text.charAt(at) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year)) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds, nanos);
    }

    /** The decimal number the characters spell, or -1 if one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Reads JSON strings into instants with {@link #parse}. */
    static final class InstantDeserializer extends StdScalarDeserializer<Instant> {

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            try {
                return parse(parser.getText());
            } catch (DateTimeException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(), "not an RFC 3339 timestamp");
            }
        }
    }
}
