package dev.dialogue.registration.service;

import java.util.List;
import java.util.Map;

/** One page of a forum's registrations, in the order they arrived. */
public record RegistrationPage(List<RegistrationView> items, int page, int size, long total) {

    /** Counts of a forum's registrations, for dashboards. */
    public record Stats(long total, Map<String, Long> byStatus, Map<String, Long> byCategory,
            Map<String, Long> bySector, Map<String, Long> byCountry) {
    }
}
