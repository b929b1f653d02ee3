package com.partnerbot.workspaces;

import com.partnerbot.store.InstallationDao;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code state} of Slack's OAuth flow: issued by the install page, checked when Slack sends the browser back.
 * A state is {@code id.signature}, signed with HMAC-SHA256 under the state secret, so one this bot did not issue is
 * refused before the database is asked; its id is stored with its expiry until it is used, so each state works once,
 * and only for {@link #LIFETIME}.
 */
public final class OAuthStates {
    /** How long an install started on the install page may take. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final String ALGORITHM = "HmacSHA256";
    private static final int ID_BYTES = 16;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final Jdbi jdbi;
    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OAuthStates(Jdbi jdbi, String stateSecret, Clock clock) {
        if (stateSecret == null || stateSecret.isBlank()) {
            throw new IllegalArgumentException("a state secret is required");
        }
        this.jdbi = jdbi;
        this.key = new SecretKeySpec(stateSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    /** A new state, stored until it is used or expires; states that expired meanwhile are forgotten. */
    public String issue() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = BASE64.encodeToString(bytes);
        long now = clock.millis();
        jdbi.useExtension(InstallationDao.class, dao -> {
            dao.forgetExpiredStates(now);
            dao.addState(id, now + LIFETIME.toMillis());
        });
        return id + "." + sign(id);
    }

    /**
     * Uses {@code state} up: true only for a state this bot issued, not expired and not used before. It cannot be
     * used again, whatever happens next.
     */
    public boolean use(String state) {
        String[] parts = state == null ? new String[0] : state.split("\\.", -1);
        if (parts.length != 2) {
            return false;
        }
        byte[] given = parts[1].getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(sign(parts[0]).getBytes(StandardCharsets.US_ASCII), given)) {
            return false;
        }
        return jdbi.withExtension(InstallationDao.class, dao -> dao.useState(parts[0], clock.millis())) == 1;
    }

    private String sign(String id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return BASE64.encodeToString(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
