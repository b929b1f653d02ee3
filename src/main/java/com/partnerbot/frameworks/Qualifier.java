package com.partnerbot.frameworks;

import com.partnerbot.playbook.CommitmentKind;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.Qualification;
import com.partnerbot.playbook.SideReasons;
import com.partnerbot.playbook.ValueSide;
import com.partnerbot.playbook.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Framework 1 and 2: a real partnership needs a commitment from both sides and value named for every side. Only a
 * chosen commitment kind counts, a kind that needs describing only with its note, and a value that is a placeholder
 * ("tbd", "n/a") is no value. How many committing sides make which verdict is the playbook's.
 */
public final class Qualifier {
    public static final String US = "us";
    public static final String PARTNER = "partner";

    private final Playbook playbook;
    private final Placeholders placeholders;

    public Qualifier(Playbook playbook) {
        this.playbook = playbook;
        this.placeholders = new Placeholders(playbook);
    }

    public QualificationResult qualify(
            String ourKind, String ourNote, String partnerKind, String partnerNote, Map<String, String> valueBySide) {
        SideReason us = side(US, ourKind, ourNote);
        SideReason partner = side(PARTNER, partnerKind, partnerNote);
        int committing = (us.commits() ? 1 : 0) + (partner.commits() ? 1 : 0);
        String verdictId = verdictId(committing);
        List<ValueSide> missing = missingValue(valueBySide);
        String valueAdvice = missing.isEmpty()
                ? ""
                : playbook.value()
                        .missingAdvice()
                        .replace(
                                "{sides}",
                                missing.stream().map(ValueSide::label).collect(Collectors.joining(", ")));
        return new QualificationResult(
                verdictId, playbook.qualification().verdicts().byId(verdictId), us, partner, missing, valueAdvice);
    }

    /** The verdict that holds for this many committing sides: the one asking the most that is still met. */
    public String verdictId(int committingSides) {
        Map<String, Verdict> verdicts = playbook.qualification().verdicts().byIdInOrder();
        return verdicts.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().committingSides() != null)
                .filter(e -> e.getValue().committingSides() <= committingSides)
                .max(Comparator.comparingInt(e -> e.getValue().committingSides()))
                .or(() -> verdicts.entrySet().stream()
                        .filter(e -> e.getValue() != null && e.getValue().committingSides() != null)
                        .min(Comparator.comparingInt(e -> e.getValue().committingSides())))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("The playbook's verdicts have no committing_sides"));
    }

    /** The value sides left empty or answered with a placeholder, in the playbook's order. */
    public List<ValueSide> missingValue(Map<String, String> valueBySide) {
        return playbook.value().sides().stream()
                .filter(side -> placeholders.empty(valueBySide.get(side.id())))
                .toList();
    }

    /** Whether a side's answer is a commitment: a kind that commits, described when the kind needs it. */
    public boolean commits(String kindId, String note) {
        return kind(kindId)
                .map(k -> k.commits() && !(k.needsNote() && placeholders.empty(note)))
                .orElse(false);
    }

    private Optional<CommitmentKind> kind(String kindId) {
        return playbook.qualification().commitmentKind(kindId == null ? null : kindId.strip());
    }

    private SideReason side(String sideId, String kindId, String note) {
        Qualification q = playbook.qualification();
        SideReasons templates = q.reasons();
        String sideLabel = playbook.value().sides().stream()
                .filter(s -> s.id().equals(sideId))
                .map(ValueSide::label)
                .findFirst()
                .orElse(sideId);
        String noteText = Text.isBlank(note) ? "" : ", " + note.strip();
        Optional<CommitmentKind> kind = kind(kindId);
        if (kind.isEmpty()) {
            String reason = templates.unanswered().replace("{side}", sideLabel).replace("{note}", noteText);
            return new SideReason(sideId, sideLabel, "", "", false, reason);
        }
        boolean commits = commits(kindId, note);
        String template =
                commits ? templates.commits() : kind.get().commits() ? templates.undescribed() : templates.nothing();
        String reason = template.replace("{side}", sideLabel)
                .replace("{kind}", kind.get().label())
                .replace("{note}", noteText);
        return new SideReason(sideId, sideLabel, kind.get().id(), kind.get().label(), commits, reason);
    }
}
