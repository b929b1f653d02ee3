package com.partnerbot.export;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.Verdict;
import com.partnerbot.store.ExportRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of an export, in order, the same for CSV and JSON: each a name and how a row gives its value (a
 * {@code String}, an {@code Integer}, or null when there is nothing to say). The playbook's labels stand beside its
 * ids; an id the playbook no longer has (it was edited since) keeps its id and has no label.
 */
public final class ExportColumns {

    /** One column: its name (the CSV header, the JSON key) and its value for a row. */
    private record Column(String name, Function<ExportRow, Object> value) {}

    // charter_state and phase_state: none yet; a charter drafted or signed by both; a phase running or ended.
    static final String NONE = "none";
    static final String DRAFT = "draft";
    static final String SIGNED = "signed";
    static final String RUNNING = "running";
    static final String ENDED = "ended";

    // charter_awaiting: the sides whose signature a draft still waits for.
    static final String BOTH = "both";
    static final String US = "us";
    static final String PARTNER = "partner";

    private final List<Column> columns;

    public ExportColumns(Playbook playbook) {
        Map<String, String> verdicts = new HashMap<>();
        playbook.qualification().verdicts().byIdInOrder().forEach((id, v) -> verdicts.put(id, label(v)));
        Map<String, String> tiers = new HashMap<>();
        playbook.tiers().forEach(t -> tiers.put(t.id(), t.label()));
        Map<String, String> investments = new HashMap<>();
        playbook.investmentLevels().forEach(l -> investments.put(l.id(), l.label()));
        Map<String, String> phases = new HashMap<>();
        playbook.phases().forEach(p -> phases.put(p.id(), p.label()));
        this.columns = List.of(
                new Column("partnership_id", ExportRow::partnershipId),
                new Column("name", ExportRow::name),
                new Column("channel_id", ExportRow::channelId),
                new Column("owner_user_id", ExportRow::ownerUserId),
                new Column("description", ExportRow::description),
                new Column("created_at", r -> instant(r.createdAt())),
                new Column("assessments", r -> r.assessments() == null ? 0 : r.assessments()),
                new Column("last_assessed_at", r -> instant(r.assessedAt())),
                new Column("verdict", ExportRow::verdict),
                new Column("verdict_label", r -> labelOf(verdicts, r.verdict())),
                new Column("tier", ExportRow::tier),
                new Column("tier_label", r -> labelOf(tiers, r.tier())),
                new Column("investment", ExportRow::investment),
                new Column("investment_label", r -> labelOf(investments, r.investment())),
                new Column("charter_state", ExportColumns::charterState),
                new Column("charter_version", ExportRow::charterVersion),
                new Column("charter_awaiting", ExportColumns::charterAwaiting),
                new Column("charter_signed_at", ExportColumns::charterSignedAt),
                new Column("phase_state", ExportColumns::phaseState),
                new Column("phase", r -> running(r) ? r.phaseId() : null),
                new Column("phase_label", r -> running(r) ? labelOf(phases, r.phaseId()) : null),
                new Column("phase_since", r -> running(r) ? r.phaseSince() : null),
                new Column("last_gate_outcome_id", ExportRow::gateOutcomeId),
                new Column("last_gate_outcome", ExportRow::gateOutcome),
                new Column("last_gate_date", ExportRow::gateDate),
                new Column("next_reminder_date", ExportRow::reminderDate),
                new Column("next_reminder_at", r -> instant(r.reminderAt())),
                new Column("next_reminder_kind", ExportRow::reminderKind),
                new Column("next_reminder_label", ExportRow::reminderLabel));
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** {@link #NONE} before a charter is written, {@link #SIGNED} when both sides signed its current version. */
    static String charterState(ExportRow r) {
        if (r.charterVersion() == null) {
            return NONE;
        }
        return r.usSignedAt() != null && r.partnerSignedAt() != null ? SIGNED : DRAFT;
    }

    /** The sides a draft waits for: {@link #BOTH}, {@link #US} or {@link #PARTNER}; null when none is awaited. */
    static String charterAwaiting(ExportRow r) {
        if (!DRAFT.equals(charterState(r))) {
            return null;
        }
        if (r.usSignedAt() == null && r.partnerSignedAt() == null) {
            return BOTH;
        }
        return r.usSignedAt() == null ? US : PARTNER;
    }

    /** When the current version got its second signature. */
    static String charterSignedAt(ExportRow r) {
        return SIGNED.equals(charterState(r)) ? instant(Math.max(r.usSignedAt(), r.partnerSignedAt())) : null;
    }

    /** {@link #NONE} before any phase, {@link #ENDED} when the latest run's gate closed it, else {@link #RUNNING}. */
    static String phaseState(ExportRow r) {
        if (r.phaseRunId() == null) {
            return NONE;
        }
        return r.phaseRunId().equals(r.gateRunId()) ? ENDED : RUNNING;
    }

    private static boolean running(ExportRow r) {
        return RUNNING.equals(phaseState(r));
    }

    private static String label(Verdict v) {
        return v == null ? null : v.label();
    }

    private static String labelOf(Map<String, String> labels, String id) {
        return id == null ? null : labels.get(id);
    }

    private static String instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    /** A row's values in column order. */
    List<Object> values(ExportRow row) {
        return columns.stream().map(c -> c.value().apply(row)).toList();
    }
}
