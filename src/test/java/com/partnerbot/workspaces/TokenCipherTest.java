package com.partnerbot.workspaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String TOKEN = "xoxb-1234-5678-abcdefghijkl";

    private final TokenCipher cipher = TokenCipher.fromBase64(KEY);

    @Test
    void aSealedTokenOpensForItsInstallationOnly() {
        TokenCipher.Sealed sealed = cipher.seal(TOKEN, "T1");

        assertThat(cipher.open(sealed, "T1")).isEqualTo(TOKEN);
        assertThat(sealed.ciphertext()).doesNotContain("xoxb");
        // The ciphertext carries the 16-byte tag after the token's bytes.
        assertThat(Base64.getDecoder().decode(sealed.ciphertext())).hasSize(TOKEN.length() + 16);
        assertThat(Base64.getDecoder().decode(sealed.nonce())).hasSize(12);
        assertThatThrownBy(() -> cipher.open(sealed, "T2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open with PARTNERBOT_TOKEN_KEY");
    }

    @Test
    void eachSealingHasItsOwnNonce() {
        TokenCipher.Sealed first = cipher.seal(TOKEN, "T1");
        TokenCipher.Sealed second = cipher.seal(TOKEN, "T1");

        assertThat(first.nonce()).isNotEqualTo(second.nonce());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(cipher.open(second, "T1")).isEqualTo(TOKEN);
    }

    @Test
    void anotherKeyAnAlteredByteOrABadNonceDoNotOpen() {
        TokenCipher.Sealed sealed = cipher.seal(TOKEN, "T1");
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[3] ^= 1;
        TokenCipher.Sealed altered = new TokenCipher.Sealed(Base64.getEncoder().encodeToString(bytes), sealed.nonce());

        assertThatThrownBy(() -> TokenCipher.fromBase64(OTHER_KEY).open(sealed, "T1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(altered, "T1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(new TokenCipher.Sealed(sealed.ciphertext(), "AAAA"), "T1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nonce is not 12 bytes");
        assertThatThrownBy(() -> cipher.open(new TokenCipher.Sealed("not base64!", sealed.nonce()), "T1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyMustBeThirtyTwoBytesOfBase64AndIsNeverRepeated() {
        assertThatThrownBy(() -> TokenCipher.fromBase64("not-base64-%%%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is not base64");
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> TokenCipher.fromBase64(short16))
                .hasMessage("decodes to 16 bytes, and an AES-256 key is 32 bytes")
                .message()
                .doesNotContain(short16);
        assertThatThrownBy(() -> TokenCipher.fromBase64(null)).hasMessageContaining("0 bytes");
        assertThat(TokenCipher.fromBase64(" " + KEY + "\n").open(cipher.seal(TOKEN, "T1"), "T1"))
                .isEqualTo(TOKEN);
        assertThat(cipher.toString()).isEqualTo("TokenCipher[AES-256-GCM]");
    }
}
