package com.partnerbot.testing;

import com.partnerbot.store.CharterDao;
import com.partnerbot.store.LaunchDao;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.PhaseDao;
import com.partnerbot.store.ReminderDao;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Rows for portfolio tests, written through the production DAOs: partnerships with an assessment's outcome, reminders
 * in each state, charters and their signatures, phases and gates, recorded activity. Times are epoch based on {@link
 * #NOW}.
 */
public final class PortfolioData {
    public static final Instant NOW = Instant.parse("2026-08-31T09:30:00Z");

    private final Jdbi jdbi;
    private final String teamId;

    public PortfolioData(Jdbi jdbi, String teamId) {
        this.jdbi = jdbi;
        this.teamId = teamId;
    }

    public PortfolioData in(String otherTeam) {
        return new PortfolioData(jdbi, otherTeam);
    }

    /** A partnership named {@code name} (its id is the name), owned by {@code owner}, never assessed. */
    public String partnership(String name, String owner) {
        jdbi.onDemand(PartnershipDao.class)
                .insert(new Partnership(
                        teamId, name, name, channel(name), owner, null, "U1", NOW.minus(Duration.ofDays(400))));
        return name;
    }

    /** The channel of a partnership made here: a Slack-like id that does not repeat the name. */
    public static String channel(String name) {
        return String.format("C%08X", name.hashCode());
    }

    /** The outcome of its newest assessment, answered {@code daysAgo} before {@link #NOW}. */
    public PortfolioData assessed(String id, String verdict, String tier, int daysAgo) {
        jdbi.onDemand(PartnershipDao.class)
                .recordLatestAssessment(
                        teamId,
                        id,
                        verdict,
                        tier,
                        "full",
                        NOW.minus(Duration.ofDays(daysAgo)).toEpochMilli());
        return this;
    }

    /** A reminder waiting, due {@code inDays} after {@link #NOW} (before it when negative). */
    public String scheduled(String id, String kind, int inDays) {
        return reminder(id, kind, NOW.plus(Duration.ofDays(inDays)), null, null);
    }

    /** A reminder posted {@code daysAgo} before {@link #NOW}; {@code expiresAt} may be null. */
    public String sent(String id, String kind, int daysAgo, Instant expiresAt, String sourceId) {
        Instant at = NOW.minus(Duration.ofDays(daysAgo));
        String rid = reminder(id, kind, at, expiresAt, sourceId);
        jdbi.onDemand(ReminderDao.class).markSent(teamId, rid, at.toEpochMilli());
        return rid;
    }

    /** A posted reminder ended {@code status} (done, not_applicable, failed, ...) {@code daysAgo} before now. */
    public String ended(String id, String kind, String status, int daysAgo) {
        String rid = sent(id, kind, daysAgo + 1, null, null);
        jdbi.onDemand(ReminderDao.class)
                .end(
                        teamId,
                        rid,
                        status,
                        null,
                        null,
                        NOW.minus(Duration.ofDays(daysAgo)).toEpochMilli());
        return rid;
    }

    private String reminder(String id, String kind, Instant due, Instant expiresAt, String sourceId) {
        String rid = UUID.randomUUID().toString();
        jdbi.onDemand(ReminderDao.class)
                .insert(
                        teamId,
                        rid,
                        id,
                        kind,
                        "test",
                        sourceId,
                        kind + ":" + rid,
                        kind + " of " + id,
                        due.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                        due.toEpochMilli(),
                        "UTC",
                        expiresAt == null ? null : expiresAt.toEpochMilli(),
                        "scheduled",
                        null,
                        NOW.minus(Duration.ofDays(500)).toEpochMilli(),
                        null);
        return rid;
    }

    /** Version {@code version} of its charter, signed by the sides named ({@code us}, {@code partner}). */
    public PortfolioData charter(String id, int version, String... signedBy) {
        CharterDao dao = jdbi.onDemand(CharterDao.class);
        dao.insertVersion(
                new CharterDao.VersionRow(teamId, id, version, "{}", "U1", "U2", null, null, "U1", NOW.toEpochMilli()));
        for (String side : signedBy) {
            dao.insertSignature(new CharterDao.SignatureRow(
                    teamId, id, version, side, "U1", teamId, "slack", null, "U1", NOW.toEpochMilli()));
        }
        return this;
    }

    /** A run of {@code phase} (the partnership's {@code seq}th), now running; returns the run's id. */
    public String phase(String id, int seq, String phase) {
        String run = id + ":run" + seq;
        jdbi.onDemand(PhaseDao.class)
                .insertRun(new PhaseDao.RunRow(
                        teamId, run, id, seq, phase, "2026-07-01", "criteria", "U1", NOW.toEpochMilli()));
        jdbi.onDemand(PartnershipDao.class).recordCurrentPhase(teamId, id, phase);
        return run;
    }

    /** The gate of a run, with the phase it starts ({@code null}: the phases end). */
    public PortfolioData gate(String id, String run, String next) {
        jdbi.onDemand(PhaseDao.class)
                .insertGate(new PhaseDao.GateRow(
                        teamId,
                        run,
                        id,
                        "{}",
                        next == null ? "end" : "advance",
                        next,
                        null,
                        "label",
                        "path",
                        "2026-08-31",
                        "U1",
                        NOW.toEpochMilli()));
        if (next == null) {
            jdbi.onDemand(PartnershipDao.class).recordCurrentPhase(teamId, id, null);
        }
        return this;
    }

    /** Activity recorded {@code daysAgo} before {@link #NOW}. */
    public PortfolioData activity(String id, int daysAgo) {
        Instant at = NOW.minus(Duration.ofDays(daysAgo));
        jdbi.onDemand(LaunchDao.class)
                .addActivity(
                        teamId,
                        UUID.randomUUID().toString(),
                        id,
                        at.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                        "moved",
                        "U1",
                        at.toEpochMilli());
        return this;
    }
}
