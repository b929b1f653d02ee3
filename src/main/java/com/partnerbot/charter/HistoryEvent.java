package com.partnerbot.charter;

import java.time.Instant;
import java.util.Optional;

/** One entry of a partnership's record: an assessment, a charter version, a signature or a tick, with who and when. */
public sealed interface HistoryEvent {
    Instant at();

    /** Who did it. */
    String userId();

    record Assessed(Instant at, String userId, int seq, String verdict) implements HistoryEvent {}

    record Written(Instant at, String userId, int version) implements HistoryEvent {}

    /** {@code userId} recorded it; for a signature in Slack it is the signer. */
    record Signed(
            Instant at,
            String userId,
            int version,
            Signature.Side side,
            Signature.Method method,
            Optional<String> userTeamId,
            Optional<String> evidence)
            implements HistoryEvent {}

    record Ticked(Instant at, String userId, String checklistTitle, String itemText, boolean ticked)
            implements HistoryEvent {}
}
