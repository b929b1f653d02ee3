package com.partnerbot.workspaces;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts bot tokens at rest with AES-256-GCM from the JDK: a fresh 12-byte random nonce per token, a 128-bit tag,
 * and the installation's key as associated data, so a ciphertext copied onto another installation's row does not
 * open. The key comes from {@code PARTNERBOT_TOKEN_KEY} (32 bytes, base64) and appears in no message or log.
 */
public final class TokenCipher {
    public static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    /** A token as stored: ciphertext (with its tag) and nonce, both base64. */
    public record Sealed(String ciphertext, String nonce) {}

    private final SecretKeySpec key;
    private final SecureRandom random;

    private TokenCipher(byte[] key, SecureRandom random) {
        this.key = new SecretKeySpec(key, "AES");
        this.random = random;
    }

    /**
     * The cipher for a base64 key; {@link IllegalArgumentException} when it is not base64 or not 32 bytes, its
     * message saying which without repeating the value.
     */
    public static TokenCipher fromBase64(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "decodes to " + key.length + " bytes, and an AES-256 key is " + KEY_BYTES + " bytes");
        }
        return new TokenCipher(key, new SecureRandom());
    }

    /** Encrypts {@code token} for the installation {@code boundTo}. */
    public Sealed seal(String token, String boundTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, boundTo);
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return new Sealed(
                    Base64.getEncoder().encodeToString(sealed),
                    Base64.getEncoder().encodeToString(nonce));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * Decrypts the token of the installation {@code boundTo}; {@link IllegalStateException} when it does not open
     * (another key, another installation's row, or altered bytes).
     */
    public String open(Sealed sealed, String boundTo) {
        try {
            byte[] nonce = Base64.getDecoder().decode(sealed.nonce());
            if (nonce.length != NONCE_BYTES) {
                throw new IllegalStateException("the stored nonce is not " + NONCE_BYTES + " bytes");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, boundTo);
            byte[] token = cipher.doFinal(Base64.getDecoder().decode(sealed.ciphertext()));
            return new String(token, StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the stored token does not open with PARTNERBOT_TOKEN_KEY (another key, or altered data)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String boundTo) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "TokenCipher[AES-256-GCM]";
    }
}
