package dev.dialogue.events.vocabulary;

/** A text in Russian, Chinese and English side by side; any of them may be absent, not all. */
public record LocalizedText(String ru, String zh, String en) {

    public static LocalizedText of(String ru, String zh, String en) {
        return new LocalizedText(ru, zh, en);
    }

    /** The first text present, in the order English, Russian, Chinese: for logs and sorting. */
    public String any() {
        return en != null ? en : ru != null ? ru : zh;
    }
}
