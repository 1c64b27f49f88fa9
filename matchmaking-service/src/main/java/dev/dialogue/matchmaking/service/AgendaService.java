package dev.dialogue.matchmaking.service;

import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.Meeting;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A participant's agenda, as JSON or as an iCalendar file their calendar can subscribe to. */
@ApplicationScoped
public class AgendaService {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Transactional
    public Agenda agenda(String forumId, UUID participantId) {
        Profile.<Profile>findByIdOptional(participantId).filter(profile -> profile.forumId.equals(forumId))
                .orElseThrow(() -> DomainException.notFound("accredited participant", participantId + " in forum " + forumId));
        List<Meeting> meetings = Meeting.list("forumId = ?1 and status = ?2 and (requesterId = ?3 or inviteeId = ?3)"
                + " order by slotStart, tableNo", forumId, MeetingStatus.SCHEDULED, participantId);
        ZoneId zone = B2bSession.<B2bSession>find("forumId", forumId).firstResultOptional()
                .map(session -> ZoneId.of(session.timeZone)).orElse(ZoneId.of("UTC"));
        List<Agenda.Entry> entries = meetings.stream().map(meeting -> {
            UUID counterpartId = meeting.requesterId.equals(participantId) ? meeting.inviteeId : meeting.requesterId;
            Optional<Profile> counterpart = Profile.findByIdOptional(counterpartId);
            return new Agenda.Entry(meeting.id, meeting.slotStart.atZoneSameInstant(zone).toOffsetDateTime(),
                    meeting.slotEnd.atZoneSameInstant(zone).toOffsetDateTime(), meeting.tableNo, counterpartId,
                    counterpart.map(profile -> profile.fullName).orElse("(left the forum)"),
                    counterpart.map(profile -> profile.organisationName).orElse(null), meeting.message);
        }).toList();
        return new Agenda(participantId, forumId, zone.getId(), entries);
    }

    /**
     * RFC 5545. Times carry the forum's TZID with a VTIMEZONE of the offset the forum's zone has at
     * the first meeting: exact for zones without a daylight-saving change during the forum, as
     * China's and Moscow's.
     */
    public String iCalendar(Agenda agenda) {
        ZoneId zone = ZoneId.of(agenda.timeZone());
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Dialogue//Matchmaking//EN");
        line(ics, "CALSCALE:GREGORIAN");
        if (!agenda.meetings().isEmpty()) {
            String offset = agenda.meetings().get(0).startsAt().atZoneSameInstant(zone).getOffset().getId().replace(":", "");
            String rfcOffset = offset.equals("Z") ? "+0000" : offset;
            line(ics, "BEGIN:VTIMEZONE");
            line(ics, "TZID:" + zone.getId());
            line(ics, "BEGIN:STANDARD");
            line(ics, "DTSTART:19700101T000000");
            line(ics, "TZOFFSETFROM:" + rfcOffset);
            line(ics, "TZOFFSETTO:" + rfcOffset);
            line(ics, "END:STANDARD");
            line(ics, "END:VTIMEZONE");
        }
        String stamp = UTC.format(ZonedDateTime.now(ZoneId.of("UTC")));
        for (Agenda.Entry entry : agenda.meetings()) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + entry.meetingId() + "@dialogue.dev");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(entry.startsAt().atZoneSameInstant(zone)));
            line(ics, "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(entry.endsAt().atZoneSameInstant(zone)));
            line(ics, "SUMMARY:" + text("Meeting with " + entry.counterpartName()
                    + (entry.counterpartOrganisation() == null ? "" : " (" + entry.counterpartOrganisation() + ")")));
            line(ics, "LOCATION:" + text("Table " + entry.table()));
            if (entry.message() != null) {
                line(ics, "DESCRIPTION:" + text(entry.message()));
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma, and a line break, as
     * CRLF, LF or a lone CR, as {@code \n}. Any other control character (U+0000 to U+001F but HTAB,
     * and U+007F) is dropped: TEXT has no place for one, and a CR would let a name or a message
     * end the content line and start one of its own (an ATTENDEE, say).
     */
    private static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Content lines end in CRLF and fold at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            ics.append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        ics.append(new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
    }
}
