package com.partnerbot.charter;

import java.time.Instant;
import java.util.Optional;

/**
 * One side's signature on one version. {@code userTeamId} is the signer's own workspace (another one for a partner in
 * a Slack Connect channel); a signature outside Slack carries its evidence and who recorded it.
 */
public record Signature(
        int version,
        Side side,
        Optional<String> userId,
        Optional<String> userTeamId,
        Method method,
        Optional<String> evidence,
        String recordedBy,
        Instant signedAt) {

    public enum Side {
        US,
        PARTNER;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Side of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public enum Method {
        SLACK,
        OUTSIDE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Method of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
