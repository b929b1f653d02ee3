package com.partnerbot.history;

import com.partnerbot.charter.Signature;
import com.partnerbot.frameworks.ReminderKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One entry of a partnership's record, with when; names and labels are the playbook's. */
public sealed interface HistoryEntry {
    Instant at();

    /** What an assessment concluded: the verdict, and the tier and investment level when it gave them. */
    record Outcome(String verdict, Optional<String> tier, Optional<String> investment) {}

    /** One of the outcome's parts that differs from the assessment before: "Tier: none → Tier 1". */
    record Change(String what, Optional<String> before, Optional<String> after) {}

    /** {@code changes} is empty for the first assessment, and for one that changed none of the outcome's parts. */
    record Assessed(Instant at, String by, int seq, Outcome outcome, boolean first, List<Change> changes)
            implements HistoryEntry {
        public Assessed {
            changes = List.copyOf(changes);
        }
    }

    record CharterWritten(Instant at, String by, int version) implements HistoryEntry {}

    /** {@code by} recorded it; for a signature in Slack it is the signer. */
    record Signed(
            Instant at,
            String by,
            int version,
            Signature.Side side,
            Signature.Method method,
            Optional<String> userTeamId,
            Optional<String> evidence)
            implements HistoryEntry {}

    record Ticked(Instant at, String by, String checklistTitle, String itemText, boolean ticked)
            implements HistoryEntry {}

    record PhaseStarted(Instant at, String by, String phase, LocalDate startDate) implements HistoryEntry {}

    /** A gate run: the phase it closed and its outcome; {@code ended} when the partnership's phases ended with it. */
    record GateRun(Instant at, String by, String phase, String outcome, boolean ended) implements HistoryEntry {}

    record ReminderSent(Instant at, ReminderKind kind, String label) implements HistoryEntry {}

    /** How a reminder ended, or was put off. */
    enum Ending {
        DONE,
        NOT_APPLICABLE,
        CANCELLED,
        /** Put off to {@code due}: snoozed by {@code by}. */
        SNOOZED,
        /** Not posted in its time (the bot was not running). */
        MISSED,
        /** Its post could not be made; {@code reason} is Slack's error. */
        FAILED
    }

    record ReminderEnded(
            Instant at,
            Optional<String> by,
            ReminderKind kind,
            String label,
            Ending ending,
            Optional<String> reason,
            LocalDate due)
            implements HistoryEntry {}

    record ActivityLogged(Instant at, String by, LocalDate date, String note) implements HistoryEntry {}
}
