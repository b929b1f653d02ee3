package com.partnerbot.frameworks;

import com.partnerbot.playbook.CommitmentKind;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.Qualification;
import com.partnerbot.playbook.SideReasons;
import com.partnerbot.playbook.ValueSide;
import com.partnerbot.playbook.Verdicts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Framework 1 and 2: a real partnership needs a commitment from both sides and value named for every side.
 * Only a chosen commitment kind counts; a note alone cannot be judged.
 */
public final class Qualifier {
    public static final String US = "us";
    public static final String PARTNER = "partner";

    private final Playbook playbook;

    public Qualifier(Playbook playbook) {
        this.playbook = playbook;
    }

    public QualificationResult qualify(
            String ourKind, String ourNote, String partnerKind, String partnerNote, Map<String, String> valueBySide) {
        SideReason us = side(US, ourKind, ourNote);
        SideReason partner = side(PARTNER, partnerKind, partnerNote);
        int committing = (us.commits() ? 1 : 0) + (partner.commits() ? 1 : 0);
        String verdictId = committing == 2 ? Verdicts.REAL : committing == 1 ? Verdicts.ONE_SIDED : Verdicts.HANDSHAKE;
        List<ValueSide> missing = playbook.value().sides().stream()
                .filter(side -> Text.isBlank(valueBySide.get(side.id())))
                .toList();
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

    private SideReason side(String sideId, String kindId, String note) {
        Qualification q = playbook.qualification();
        SideReasons templates = q.reasons();
        String sideLabel = playbook.value().sides().stream()
                .filter(s -> s.id().equals(sideId))
                .map(ValueSide::label)
                .findFirst()
                .orElse(sideId);
        String noteText = Text.isBlank(note) ? "" : ", " + note.strip();
        Optional<CommitmentKind> kind = q.commitmentKind(kindId == null ? null : kindId.strip());
        if (kind.isEmpty()) {
            String reason = templates.unanswered().replace("{side}", sideLabel).replace("{note}", noteText);
            return new SideReason(sideId, sideLabel, "", "", false, reason);
        }
        String template = kind.get().commits() ? templates.commits() : templates.nothing();
        String reason = template.replace("{side}", sideLabel)
                .replace("{kind}", kind.get().label())
                .replace("{note}", noteText);
        return new SideReason(
                sideId,
                sideLabel,
                kind.get().id(),
                kind.get().label(),
                kind.get().commits(),
                reason);
    }
}
