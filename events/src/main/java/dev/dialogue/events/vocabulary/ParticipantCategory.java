package dev.dialogue.events.vocabulary;

/** Who a participant is at the forum. */
public enum ParticipantCategory {
    DIPLOMAT,
    GOVERNMENT_OFFICIAL,
    INVESTOR,
    COMPANY_REPRESENTATIVE,
    INDUSTRY_EXPERT,
    BUSINESS_ASSOCIATION,
    YOUNG_ENTREPRENEUR,
    MEDIA,
    ORGANISER
}
