package dev.dialogue.events.vocabulary;

public enum OrganisationKind {
    SEZ,
    COMPANY,
    INVESTOR,
    GOVERNMENT,
    DIPLOMATIC_MISSION,
    BUSINESS_ASSOCIATION,
    FOUNDATION,
    UNIVERSITY,
    MEDIA,
    OTHER
}
