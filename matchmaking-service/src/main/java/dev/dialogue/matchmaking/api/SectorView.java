package dev.dialogue.matchmaking.api;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;

public record SectorView(Sector code, LocalizedText label) {

    public static SectorView of(Sector sector) {
        return new SectorView(sector, sector.label());
    }
}
