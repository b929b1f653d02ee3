package com.partnerbot.history;

import com.partnerbot.charter.Signature;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.history.HistoryEntry.Change;
import com.partnerbot.history.HistoryEntry.Ending;
import com.partnerbot.history.HistoryEntry.Outcome;
import com.partnerbot.playbook.ChecklistItem;
import com.partnerbot.playbook.Checklists;
import com.partnerbot.playbook.InvestmentLevel;
import com.partnerbot.playbook.Phase;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.Tier;
import com.partnerbot.playbook.Verdict;
import com.partnerbot.store.HistoryDao;
import com.partnerbot.store.ReminderRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A partnership's history a page at a time: counted and cut in SQL ({@link HistoryDao}), so a long record costs no
 * more than a short one, then labelled with the playbook's words. Ids the playbook no longer has are shown as they
 * are.
 */
public final class History {
    private final Jdbi jdbi;
    private final Playbook playbook;

    public History(Jdbi jdbi, Playbook playbook) {
        this.jdbi = jdbi;
        this.playbook = playbook;
    }

    /**
     * Page {@code requested} (from 0) of {@code size} entries, newest first. A page past the end (a button on an old
     * message after the history changed cannot say less) gives the last one; before the start, the first.
     */
    public HistoryPage page(String teamId, String partnershipId, int requested, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
        return jdbi.withExtension(HistoryDao.class, dao -> {
            int total = dao.count(teamId, partnershipId);
            int index = Math.min(Math.max(0, requested), HistoryPage.pages(total, size) - 1);
            List<HistoryEntry> entries = dao.page(teamId, partnershipId, size, index * size).stream()
                    .map(this::entry)
                    .toList();
            return new HistoryPage(entries, index, total, size);
        });
    }

    HistoryEntry entry(HistoryDao.Row row) {
        Instant at = Instant.ofEpochMilli(row.at());
        return switch (row.kind()) {
            case "assessed" -> assessed(at, row);
            case "charter_written" -> new HistoryEntry.CharterWritten(at, row.who(), row.seq());
            case "signed" ->
                new HistoryEntry.Signed(
                        at,
                        row.who(),
                        row.seq(),
                        Signature.Side.of(row.t1()),
                        Signature.Method.of(row.t2()),
                        Optional.ofNullable(row.t3()),
                        Optional.ofNullable(row.t4()));
            case "ticked" ->
                new HistoryEntry.Ticked(
                        at, row.who(), Checklists.title(row.t1()), itemText(row.t1(), row.t2()), row.n() == 1);
            case "phase_started" ->
                new HistoryEntry.PhaseStarted(at, row.who(), phase(row.t1()), LocalDate.parse(row.t2()));
            case "gate" -> new HistoryEntry.GateRun(at, row.who(), phase(row.t1()), row.t2(), "end".equals(row.t3()));
            case "reminder_sent" -> new HistoryEntry.ReminderSent(at, ReminderKind.of(row.t1()), row.t2());
            case "reminder_ended" ->
                new HistoryEntry.ReminderEnded(
                        at,
                        Optional.ofNullable(row.who()),
                        ReminderKind.of(row.t1()),
                        row.t2(),
                        ending(row.t3()),
                        Optional.ofNullable(row.t4()),
                        LocalDate.parse(row.t5()));
            case "activity" -> new HistoryEntry.ActivityLogged(at, row.who(), LocalDate.parse(row.t2()), row.t1());
            default -> throw new IllegalStateException("unknown history row " + row.kind());
        };
    }

    private HistoryEntry.Assessed assessed(Instant at, HistoryDao.Row row) {
        Outcome now = outcome(row.t1(), row.t2(), row.t3());
        if (row.n() == null) {
            return new HistoryEntry.Assessed(at, row.who(), row.seq(), now, true, List.of());
        }
        Outcome before = outcome(row.t4(), row.t5(), row.t6());
        List<Change> changes = new ArrayList<>();
        change(changes, "Verdict", Optional.of(before.verdict()), Optional.of(now.verdict()));
        change(changes, "Tier", before.tier(), now.tier());
        change(changes, "Investment", before.investment(), now.investment());
        return new HistoryEntry.Assessed(at, row.who(), row.seq(), now, false, changes);
    }

    private static void change(List<Change> changes, String what, Optional<String> before, Optional<String> after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(what, before, after));
        }
    }

    private Outcome outcome(String verdictId, String tierId, String investmentId) {
        String verdict = Optional.ofNullable(playbook.qualification().verdicts().byId(verdictId))
                .map(Verdict::label)
                .orElse(verdictId);
        Optional<String> tier = Optional.ofNullable(tierId)
                .map(id -> playbook.tier(id).map(Tier::label).orElse(id));
        Optional<String> investment = Optional.ofNullable(investmentId)
                .map(id ->
                        playbook.investmentLevel(id).map(InvestmentLevel::label).orElse(id));
        return new Outcome(verdict, tier, investment);
    }

    private String itemText(String checklistId, String itemId) {
        return playbook.checklists().all().getOrDefault(checklistId, List.of()).stream()
                .filter(i -> i.id().equals(itemId))
                .map(ChecklistItem::text)
                .findFirst()
                .orElse(itemId);
    }

    private String phase(String phaseId) {
        return playbook.phase(phaseId).map(Phase::label).orElse(phaseId);
    }

    private static Ending ending(String status) {
        return switch (status) {
            case ReminderRow.DONE -> Ending.DONE;
            case ReminderRow.NOT_APPLICABLE -> Ending.NOT_APPLICABLE;
            case ReminderRow.CANCELLED -> Ending.CANCELLED;
            case ReminderRow.MISSED -> Ending.MISSED;
            case ReminderRow.FAILED -> Ending.FAILED;
            // Still waiting, or posted, with someone's name on its last change: put off to a later day.
            default -> Ending.SNOOZED;
        };
    }
}
