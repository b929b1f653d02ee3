package com.partnerbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameGramsTest {

    @Test
    void everyRunOfThreeOfTheKeyPaddedTwoBeforeAndOneAfterOnceEach() {
        assertThat(NameGrams.of("acme")).containsExactly("  a", " ac", "acm", "cme", "me ");
        assertThat(NameGrams.of("aaaa")).containsExactly("  a", " aa", "aaa", "aa ");
        assertThat(NameGrams.of("a")).containsExactly("  a", " a ");
    }
}
