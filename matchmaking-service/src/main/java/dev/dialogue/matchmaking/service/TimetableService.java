package dev.dialogue.matchmaking.service;

import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.Meeting;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The per-table timetable organisers print and put on each table. */
@ApplicationScoped
public class TimetableService {

    @Transactional
    public Timetable timetable(String forumId) {
        List<B2bSession> sessions = B2bSession.inForum(forumId);
        if (sessions.isEmpty()) {
            throw DomainException.notFound("B2B session", "in forum " + forumId);
        }
        ZoneId zone = ZoneId.of(sessions.get(0).timeZone);
        Map<String, Meeting> byPlace = new HashMap<>();
        for (Meeting meeting : Meeting.<Meeting>list("forumId = ?1 and status = ?2", forumId, MeetingStatus.SCHEDULED)) {
            byPlace.put(place(meeting.sessionId, meeting.slotStart, meeting.tableNo), meeting);
        }
        Map<UUID, Profile> people = new HashMap<>();
        Profile.<Profile>list("forumId", forumId).forEach(profile -> people.put(profile.participantId, profile));
        List<Timetable.Session> timetable = new ArrayList<>();
        for (B2bSession session : sessions) {
            List<Timetable.Table> tables = new ArrayList<>();
            for (int table = 1; table <= session.tables; table++) {
                List<Timetable.Slot> slots = new ArrayList<>();
                for (OffsetDateTime start : session.slotStarts()) {
                    Meeting meeting = byPlace.get(place(session.id, start, table));
                    slots.add(new Timetable.Slot(local(start, zone), local(start.plusMinutes(session.slotMinutes), zone),
                            meeting == null ? null : meeting.id, meeting == null ? List.of()
                            : List.of(person(meeting.requesterId, people), person(meeting.inviteeId, people))));
                }
                tables.add(new Timetable.Table(table, slots));
            }
            timetable.add(new Timetable.Session(session.id, local(session.startsAt, zone), local(session.endsAt, zone), tables));
        }
        return new Timetable(forumId, zone.getId(), timetable);
    }

    private static String place(UUID sessionId, OffsetDateTime start, int table) {
        return sessionId + "|" + start.toInstant() + "|" + table;
    }

    private static Timetable.Person person(UUID participantId, Map<UUID, Profile> people) {
        Profile profile = people.get(participantId);
        return profile == null ? new Timetable.Person(participantId, null, null)
                : new Timetable.Person(participantId, profile.fullName, profile.organisationName);
    }

    private static OffsetDateTime local(OffsetDateTime time, ZoneId zone) {
        return time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
