package com.partnerbot.playbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks frameworks 1 and 2: the qualification questions, commitment kinds, verdicts and value sides. */
final class QualificationValidator {
    /** Us and the partner: the sides that can commit. */
    private static final int COMMITTING_SIDES = 2;

    private final Playbook playbook;
    private final Checks checks;

    QualificationValidator(Playbook playbook, Checks checks) {
        this.playbook = playbook;
        this.checks = checks;
    }

    static Set<String> sideIds(Playbook playbook) {
        return playbook.value() == null
                ? Set.of()
                : playbook.value().sides().stream()
                        .filter(Objects::nonNull)
                        .map(ValueSide::id)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet());
    }

    void validate() {
        qualification();
        value();
    }

    private void qualification() {
        Qualification q = playbook.qualification();
        if (!checks.present("qualification", q)) {
            return;
        }
        checks.text("qualification.loss_question", q.lossQuestion(), SlackLimits.INPUT_LABEL, "an input label");
        checks.text(
                "qualification.dependency_question", q.dependencyQuestion(), SlackLimits.INPUT_LABEL, "an input label");
        checks.fits("qualification.dependency_help", q.dependencyHelp(), SlackLimits.SECTION_TEXT, "a section");
        dependencyAnswers(q.dependencyAnswers());
        checks.text(
                "qualification.exit_criteria_question",
                q.exitCriteriaQuestion(),
                SlackLimits.INPUT_LABEL,
                "an input label");
        List<CommitmentKind> kinds = q.commitmentKinds();
        checks.notEmpty("qualification.commitment_kinds", kinds);
        checks.unique("qualification.commitment_kinds", kinds, CommitmentKind::id, "id");
        checks.atMost("qualification.commitment_kinds", kinds, SlackLimits.OPTIONS, "a select menu");
        for (int i = 0; i < kinds.size(); i++) {
            String path = "qualification.commitment_kinds[" + i + "]";
            if (checks.entry(path, kinds.get(i))) {
                checks.text(path + ".id", kinds.get(i).id(), SlackLimits.ID, "an id");
                checks.text(path + ".label", kinds.get(i).label(), SlackLimits.OPTION_TEXT, "an option");
            }
        }
        if (!kinds.isEmpty() && kinds.stream().filter(Objects::nonNull).noneMatch(k -> !k.commits())) {
            checks.add("qualification.commitment_kinds", "needs a kind with commits: false (\"nothing\")");
        }
        SideReasons reasons = q.reasons();
        if (checks.present("qualification.reasons", reasons)) {
            checks.text("qualification.reasons.commits", reasons.commits(), SlackLimits.SECTION_TEXT, "a section");
            checks.text("qualification.reasons.nothing", reasons.nothing(), SlackLimits.SECTION_TEXT, "a section");
            checks.text(
                    "qualification.reasons.unanswered", reasons.unanswered(), SlackLimits.SECTION_TEXT, "a section");
            checks.text(
                    "qualification.reasons.undescribed", reasons.undescribed(), SlackLimits.SECTION_TEXT, "a section");
        }
        Verdicts verdicts = q.verdicts();
        if (checks.present("qualification.verdicts", verdicts)) {
            verdict("qualification.verdicts.real", verdicts.real());
            verdict("qualification.verdicts.one_sided", verdicts.oneSided());
            verdict("qualification.verdicts.handshake", verdicts.handshake());
            committingSides(verdicts);
        }
    }

    private void verdict(String path, Verdict verdict) {
        if (checks.present(path, verdict)) {
            checks.text(path + ".label", verdict.label(), SlackLimits.HEADER_TEXT, "a header");
            checks.text(path + ".advice", verdict.advice(), SlackLimits.SECTION_TEXT, "a section");
            checks.text(path + ".next_step", verdict.nextStep(), SlackLimits.SECTION_TEXT, "a section");
            if (checks.present(path + ".standing", verdict.standing())
                    && !Standing.ORDER.contains(verdict.standing())) {
                checks.add(
                        path + ".standing",
                        "standing \"" + verdict.standing() + "\": use " + String.join(", ", Standing.ORDER));
            }
        }
    }

    /** Every count of committing sides (0, 1 or 2) must land on exactly one verdict. */
    private void committingSides(Verdicts verdicts) {
        Map<Integer, String> seen = new HashMap<>();
        boolean zero = false;
        for (Map.Entry<String, Verdict> entry : verdicts.byIdInOrder().entrySet()) {
            String path = "qualification.verdicts." + entry.getKey() + ".committing_sides";
            Verdict verdict = entry.getValue();
            if (verdict == null || !checks.present(path, verdict.committingSides())) {
                continue;
            }
            int sides = verdict.committingSides();
            if (sides < 0 || sides > COMMITTING_SIDES) {
                checks.add(path, sides + " is not a number of sides from 0 to " + COMMITTING_SIDES);
                continue;
            }
            zero |= sides == 0;
            String first = seen.putIfAbsent(sides, entry.getKey());
            if (first != null) {
                checks.add(path, "repeated committing_sides " + sides + " (first used by " + first + ")");
            }
        }
        if (!seen.isEmpty() && !zero) {
            checks.add("qualification.verdicts", "needs a verdict with committing_sides: 0, for when no side commits");
        }
    }

    private void dependencyAnswers(List<DependencyAnswer> answers) {
        String path = "qualification.dependency_answers";
        checks.notEmpty(path, answers);
        checks.unique(path, answers, DependencyAnswer::id, "id");
        checks.atMost(path, answers, SlackLimits.OPTIONS, "a select menu");
        for (int i = 0; i < answers.size(); i++) {
            String at = path + "[" + i + "]";
            if (checks.entry(at, answers.get(i))) {
                checks.text(at + ".id", answers.get(i).id(), SlackLimits.ID, "an id");
                checks.text(at + ".label", answers.get(i).label(), SlackLimits.OPTION_TEXT, "an option");
            }
        }
    }

    private void value() {
        ValueProposition value = playbook.value();
        if (!checks.present("value", value)) {
            return;
        }
        checks.notEmpty("value.sides", value.sides());
        checks.unique("value.sides", value.sides(), ValueSide::id, "id");
        checks.atMost("value.sides", value.sides(), SlackLimits.MODAL_INPUTS, "one modal");
        for (int i = 0; i < value.sides().size(); i++) {
            String path = "value.sides[" + i + "]";
            ValueSide side = value.sides().get(i);
            if (checks.entry(path, side)) {
                checks.text(path + ".id", side.id(), SlackLimits.ID, "an id");
                checks.text(path + ".label", side.label(), SlackLimits.OPTION_TEXT, "an option");
                checks.text(path + ".question", side.question(), SlackLimits.INPUT_LABEL, "an input label");
            }
        }
        checks.text("value.missing_advice", value.missingAdvice(), SlackLimits.SECTION_TEXT, "a section");
        checks.texts("value.decision_criteria", value.decisionCriteria(), SlackLimits.SECTION_TEXT, "a section");
    }
}
