package dev.dialogue.agreement.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestedTitleTest {

    @Test
    void twoOrdinaryNamesAreKeptWhole() {
        assertThat(AgreementSuggestions.suggestedTitle("Cooperation agreement: ", "ОЭЗ «Технополис Москва»", " and ",
                "山东鲁耐信息技术集团")).isEqualTo("Cooperation agreement: ОЭЗ «Технополис Москва» and 山东鲁耐信息技术集团");
    }

    /** Two names of 500 characters each, as registration allows, still make a title the event may carry. */
    @Test
    void namesAsLongAsRegistrationAllowsAreShortenedToFitTheLimit() {
        String title = AgreementSuggestions.suggestedTitle("Соглашение о сотрудничестве: ", "Т".repeat(500), " и ",
                "𠀀".repeat(500));

        assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(500);
        assertThat(title).startsWith("Соглашение о сотрудничестве: ТТТ").contains("… и 𠀀𠀀").endsWith("…");
    }
}
