package dev.dialogue.registration.persistence;

import dev.dialogue.registration.domain.Registration;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Who is registered for a forum under which email, and which partner registered them, fetched in
 * one query for all the people a request or a batch of them names, and kept current as they register. Emails compare without
 * letter case, as the database's unique index does; should the two ever disagree, that index
 * still refuses the duplicate.
 */
public final class RegisteredEmails {

    /** A registration found under an email; {@code partnerId} is the partner that made it, null for an organiser. */
    public record Registered(UUID id, String partnerId) {
    }

    private final Map<String, Registered> registrations = new HashMap<>();

    private RegisteredEmails() {
    }

    /**
     * @param emailsByForum the emails to look up, by forum id. One query per forum, each email an
     *     index lookup (the array's lower case taken first, so the index on lower(email) serves it).
     */
    public static RegisteredEmails lookUp(Map<String, ? extends Collection<String>> emailsByForum) {
        RegisteredEmails registered = new RegisteredEmails();
        Session session = Registration.getEntityManager().unwrap(Session.class);
        emailsByForum.forEach((forumId, emails) -> session.doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select id, email, registered_by_partner from registration
                    where forum_id = ? and lower(email) = any(array(select lower(wanted) from unnest(?) as wanted))""")) {
                query.setString(1, forumId);
                query.setArray(2, connection.createArrayOf("text", emails.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        registered.add(forumId, rows.getString(2),
                                new Registered(rows.getObject(1, UUID.class), rows.getString(3)));
                    }
                }
            }
        }));
        return registered;
    }

    public static RegisteredEmails lookUp(String forumId, String email) {
        return lookUp(Map.of(forumId, List.of(email)));
    }

    public Optional<Registered> find(String forumId, String email) {
        return Optional.ofNullable(registrations.get(key(forumId, email)));
    }

    public void add(String forumId, String email, Registered registration) {
        registrations.putIfAbsent(key(forumId, email), registration);
    }

    private static String key(String forumId, String email) {
        return forumId + " " + normalised(email);
    }

    private static String normalised(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
