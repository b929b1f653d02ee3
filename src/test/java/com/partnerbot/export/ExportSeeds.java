package com.partnerbot.export;

import com.partnerbot.store.AssessmentDao;
import com.partnerbot.store.AssessmentRow;
import com.partnerbot.store.CharterDao;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.PhaseDao;
import com.partnerbot.store.ReminderDao;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;

/**
 * Rows for export tests and the export benchmark, written straight through the DAOs: a partnership and what an
 * export reads of it (assessments, charter versions and signatures, phase runs and gates, reminders).
 */
public final class ExportSeeds {
    private final String team;
    private final PartnershipDao partnerships;
    private final AssessmentDao assessments;
    private final CharterDao charters;
    private final PhaseDao phases;
    private final ReminderDao reminders;
    private String resultJson = "{}";

    public ExportSeeds(Handle h, String team) {
        this.team = team;
        this.partnerships = h.attach(PartnershipDao.class);
        this.assessments = h.attach(AssessmentDao.class);
        this.charters = h.attach(CharterDao.class);
        this.phases = h.attach(PhaseDao.class);
        this.reminders = h.attach(ReminderDao.class);
    }

    /** The stored result of the assessments added from now on (a real one is a few kilobytes of JSON). */
    public ExportSeeds assessmentJson(String json) {
        this.resultJson = json;
        return this;
    }

    public ExportSeeds partnership(String id, String name, String description, Instant createdAt) {
        partnerships.insert(new Partnership(team, id, name, "C-" + id, "U-" + id, description, "U0", createdAt));
        return this;
    }

    public ExportSeeds assessment(
            String partnershipId, int seq, String verdict, String investment, String tier, Instant at) {
        assessments.insert(new AssessmentRow(
                team,
                partnershipId + "-a" + seq,
                partnershipId,
                seq,
                "default",
                "1",
                "U0",
                at,
                verdict,
                investment,
                tier,
                "{}",
                resultJson));
        return this;
    }

    public ExportSeeds charter(String partnershipId, int version, Instant at) {
        charters.insertVersion(new CharterDao.VersionRow(
                team, partnershipId, version, "{}", "U0", null, "Dana", "dana@example.com", "U0", at.toEpochMilli()));
        return this;
    }

    /** A signature on a charter version; {@code side} is {@code us} or {@code partner}. */
    public ExportSeeds signed(String partnershipId, int version, String side, Instant at) {
        charters.insertSignature(new CharterDao.SignatureRow(
                team, partnershipId, version, side, "U0", team, "slack", null, "U0", at.toEpochMilli()));
        return this;
    }

    public ExportSeeds phaseRun(String runId, String partnershipId, int seq, String phaseId, LocalDate start) {
        phases.insertRun(new PhaseDao.RunRow(
                team,
                runId,
                partnershipId,
                seq,
                phaseId,
                start.toString(),
                "criteria",
                "U0",
                start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
        return this;
    }

    public ExportSeeds gate(
            String runId, String partnershipId, String outcomeId, String label, String nextPhaseId, LocalDate date) {
        phases.insertGate(new PhaseDao.GateRow(
                team,
                runId,
                partnershipId,
                "{}",
                nextPhaseId == null ? "end" : "advance",
                nextPhaseId,
                outcomeId,
                label,
                "path",
                date.toString(),
                "U0",
                date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
        return this;
    }

    /** A reminder due at 09:00 UTC on {@code due}, with its status ({@code scheduled}, {@code sent}, ...). */
    public ExportSeeds reminder(
            String id, String partnershipId, String kind, String label, LocalDate due, String status) {
        long dueAt = due.atTime(9, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        reminders.insert(
                team,
                id,
                partnershipId,
                kind,
                "test",
                null,
                id,
                label,
                due.toString(),
                dueAt,
                "UTC",
                null,
                status,
                null,
                dueAt,
                null);
        return this;
    }
}
