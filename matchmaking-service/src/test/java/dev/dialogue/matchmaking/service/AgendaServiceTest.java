package dev.dialogue.matchmaking.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The iCalendar file quotes what participants wrote (their names, organisations, messages) as TEXT. */
class AgendaServiceTest {

    private final AgendaService agendas = new AgendaService();

    @Test
    void aLineBreakOrControlCharacterInATextValueStartsNoContentLineOfItsOwn() {
        OffsetDateTime start = OffsetDateTime.parse("2030-11-20T14:00:00+08:00");
        Agenda agenda = new Agenda(UUID.randomUUID(), "shenzhen-2030", "Asia/Shanghai", List.of(new Agenda.Entry(
                UUID.randomUUID(), start, start.plusMinutes(20), 7, UUID.randomUUID(),
                "Mallory\r\nATTENDEE:mailto:x",
                "Org\rORGANIZER:mailto:y\u0000\u0007\u001b[31m\u007f",
                "Bring\nslides\u000bplease\tnow; a, b\\c")));

        String ics = agendas.iCalendar(agenda);

        assertThat(ics.replace("\r\n", "")).as("no control character but HTAB outside the line ends")
                .doesNotContainPattern("[\\x00-\\x08\\x0A-\\x1F\\x7F]");
        List<String> lines = Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(lines).noneMatch(line -> line.startsWith("ATTENDEE") || line.startsWith("ORGANIZER"));
        assertThat(lines).contains(
                "SUMMARY:Meeting with Mallory\\nATTENDEE:mailto:x (Org\\nORGANIZER:mailto:y[31m)",
                "DESCRIPTION:Bring\\nslidesplease\tnow\\; a\\, b\\\\c");
    }
}
