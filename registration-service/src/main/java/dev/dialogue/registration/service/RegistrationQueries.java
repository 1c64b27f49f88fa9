package dev.dialogue.registration.service;

import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.registration.domain.Registration;
import dev.dialogue.registration.messaging.ParticipantEvents;
import dev.dialogue.registration.persistence.Seats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What admins and dashboards ask of a forum's registrations: filtered pages and counts. */
@ApplicationScoped
public class RegistrationQueries {

    private static final int MAX_PAGE_SIZE = 200;

    private final EntityManager entityManager;
    private final Seats seats;

    RegistrationQueries(EntityManager entityManager, Seats seats) {
        this.entityManager = entityManager;
        this.seats = seats;
    }

    /** Every filter is optional; each names its field when its value is not one of the codes. */
    public record Filter(String status, String category, String sector, String country) {
    }

    @Transactional
    public RegistrationPage page(String forumId, Filter filter, int page, int size) {
        ForumService.find(forumId);
        if (page < 0) {
            throw DomainException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        List<Object> parameters = new ArrayList<>();
        String where = where(forumId, filter, parameters);
        long total = ((Number) bind(entityManager.createNativeQuery(
                "select count(*) from registration r join organisation o on o.id = r.organisation_id" + where), parameters)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(entityManager.createNativeQuery("select r.id from registration r join organisation o on "
                + "o.id = r.organisation_id" + where + " order by r.registered_at, r.id limit " + size + " offset "
                + (long) page * size), parameters).getResultList();
        List<Registration> registrations = Registration.list("id in ?1", ids);
        Map<UUID, Registration> byId = new LinkedHashMap<>();
        registrations.forEach(registration -> byId.put(registration.id, registration));
        return new RegistrationPage(ids.stream().map(byId::get).map(registration -> RegistrationView.of(registration, seats)).toList(), page, size, total);
    }

    @Transactional
    public RegistrationPage.Stats stats(String forumId) {
        ForumService.find(forumId);
        String from = " from registration r join organisation o on o.id = r.organisation_id where r.forum_id = ?1";
        long total = ((Number) entityManager.createNativeQuery("select count(*)" + from).setParameter(1, forumId)
                .getSingleResult()).longValue();
        return new RegistrationPage.Stats(total,
                counts("select r.status, count(*)" + from + " group by r.status", forumId),
                counts("select r.category, count(*)" + from + " group by r.category", forumId),
                counts("select s.sector, count(*)" + from.replace(" where", ", jsonb_array_elements_text(r.sectors) s(sector) where")
                        + " group by s.sector", forumId),
                counts("select o.country, count(*)" + from + " group by o.country", forumId));
    }

    private Map<String, Long> counts(String sql, String forumId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql + " order by 1").setParameter(1, forumId).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static String where(String forumId, Filter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where r.forum_id = ?1");
        parameters.add(forumId);
        if (filter.status() != null) {
            parameters.add(code("status", filter.status(), RegistrationStatus.values()));
            where.append(" and r.status = ?").append(parameters.size());
        }
        if (filter.category() != null) {
            parameters.add(code("category", filter.category(), ParticipantCategory.values()));
            where.append(" and r.category = ?").append(parameters.size());
        }
        if (filter.sector() != null) {
            parameters.add("[\"" + code("sector", filter.sector(), Sector.values()) + "\"]");
            where.append(" and r.sectors @> cast(?").append(parameters.size()).append(" as jsonb)");
        }
        if (filter.country() != null) {
            if (!filter.country().matches("[A-Z]{2}")) {
                throw DomainException.invalid("country", "must be an ISO 3166-1 alpha-2 code such as RU or CN");
            }
            parameters.add(filter.country());
            where.append(" and o.country = ?").append(parameters.size());
        }
        return where.toString();
    }

    private static String code(String field, String value, Enum<?>[] codes) {
        return Arrays.stream(codes).map(Enum::name).filter(value::equals).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "'" + value + "' is not one of " + Arrays.toString(codes)));
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
