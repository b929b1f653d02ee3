package com.partnerbot.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How suggestions are ordered when several names are close, and where a fragment starts to count. */
class NameSuggestionsOrderTest {

    @Test
    void twoCharactersAreAlreadyAFragmentSoANameContainingThemComesFirst() {
        // "xab" contains "ab"; "ac" is one typo away. As a fragment, containing wins over the typo.
        assertThat(NameSuggestions.closest("ab", List.of("ac", "xab"))).containsExactly("xab", "ac");
    }

    @Test
    void oneCharacterIsNoFragmentOnlyTyposCount() {
        assertThat(NameSuggestions.closest("a", List.of("abc", "ba", "xyzw"))).containsExactly("ba", "abc");
    }

    @Test
    void namesEquallyCloseAreInAlphabeticalOrderWhateverTheirCase() {
        assertThat(NameSuggestions.closest("corp", List.of("Zeta corp", "beta corp", "Meta corp")))
                .containsExactly("beta corp", "Meta corp", "Zeta corp");
    }

    @Test
    void aNameTheTypedTextStartsWithComesBeforeOneThatContainsIt() {
        assertThat(NameSuggestions.closest("acme cloud", List.of("my acme cloud", "Acme")))
                .containsExactly("Acme", "my acme cloud");
    }
}
