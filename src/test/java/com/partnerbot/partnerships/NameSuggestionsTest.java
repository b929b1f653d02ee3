package com.partnerbot.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggestionsTest {
    private static final List<String> NAMES =
            List.of("Acme Cloud", "Acme Payments", "Globex", "Initech", "Umbrella Analytics", "Acme");

    @Test
    void prefixesComeFirstWhateverTheCase() {
        assertThat(NameSuggestions.closest("acme c", NAMES)).containsExactly("Acme Cloud", "Acme");
        assertThat(NameSuggestions.closest("ACME", NAMES)).containsExactly("Acme", "Acme Cloud", "Acme Payments");
    }

    @Test
    void aNameTypedLongerThanAnExistingOneSuggestsIt() {
        assertThat(NameSuggestions.closest("Globex Corporation", NAMES)).containsExactly("Globex");
    }

    @Test
    void substringsAreSuggested() {
        assertThat(NameSuggestions.closest("analytics", NAMES)).containsExactly("Umbrella Analytics");
    }

    @Test
    void typosWithinAFewEditsAreSuggested() {
        assertThat(NameSuggestions.closest("Globx", NAMES)).containsExactly("Globex");
        assertThat(NameSuggestions.closest("initek", NAMES)).containsExactly("Initech");
    }

    @Test
    void atMostThreeClosestFirst() {
        List<String> many = List.of("Acme A", "Acme B", "Acme C", "Acme D", "Acme");
        assertThat(NameSuggestions.closest("acme", many)).containsExactly("Acme", "Acme A", "Acme B");
    }

    @Test
    void nothingCloseSuggestsNothing() {
        assertThat(NameSuggestions.closest("Hooli", NAMES)).isEmpty();
        assertThat(NameSuggestions.closest("  ", NAMES)).isEmpty();
        assertThat(NameSuggestions.closest("Acme", List.of())).isEmpty();
    }

    @Test
    void editDistanceCountsEachChange() {
        assertThat(NameSuggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NameSuggestions.distance("", "abc")).isEqualTo(3);
        assertThat(NameSuggestions.distance("same", "same")).isZero();
    }
}
