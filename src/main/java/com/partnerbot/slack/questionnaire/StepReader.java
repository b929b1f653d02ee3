package com.partnerbot.slack.questionnaire;

import com.partnerbot.frameworks.Placeholders;
import com.partnerbot.frameworks.TreeEvaluator;
import com.partnerbot.frameworks.TreeResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.playbook.CommitmentKind;
import com.partnerbot.playbook.Node;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.ValueSide;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.views.ViewValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one step's fields into the answers and says what is wrong with them, by block id, for Slack to show under
 * each field. Text longer than a field allows is refused, never cut.
 */
public final class StepReader {
    private final Playbook playbook;
    private final PartnershipService partnerships;
    private final TreeEvaluator trees = new TreeEvaluator();
    private final Placeholders placeholders;

    public StepReader(Playbook playbook, PartnershipService partnerships) {
        this.playbook = playbook;
        this.partnerships = partnerships;
        this.placeholders = new Placeholders(playbook);
    }

    /** The answers with this step's fields taken from the form, whether or not they are valid. */
    public QuestionnaireAnswers read(Step step, ViewValues v, QuestionnaireAnswers a) {
        return switch (step) {
            case BASICS ->
                a.withBasics(
                        v.text(SlackIds.NAME_BLOCK),
                        v.conversation(SlackIds.CHANNEL_BLOCK),
                        v.user(SlackIds.OWNER_BLOCK),
                        v.text(SlackIds.DESCRIPTION_BLOCK));
            case QUALIFICATION ->
                a.toBuilder()
                        .qualification(
                                v.option(SlackIds.OUR_KIND_BLOCK),
                                v.text(SlackIds.OUR_NOTE_BLOCK),
                                v.option(SlackIds.PARTNER_KIND_BLOCK),
                                v.text(SlackIds.PARTNER_NOTE_BLOCK),
                                v.text(SlackIds.DEPENDENCY_BLOCK))
                        .dependency(v.option(SlackIds.DEPENDENCY_KIND_BLOCK), v.text(SlackIds.DEPENDENCY_BLOCK))
                        .build();
            case VALUE -> {
                Map<String, String> value = new LinkedHashMap<>();
                for (ValueSide side : playbook.value().sides()) {
                    String text = v.text(SlackIds.VALUE_BLOCK_PREFIX + side.id());
                    if (text != null) {
                        value.put(side.id(), text);
                    }
                }
                yield a.toBuilder()
                        .valueBySide(QuestionnaireAnswers.nonBlank(value))
                        .build();
            }
            case LEVERAGE_AND_TIER -> {
                Map<String, String> tier = new LinkedHashMap<>();
                for (Node node : playbook.tree(Playbook.TIER_TREE).nodes()) {
                    String answer = v.option(SlackIds.TIER_BLOCK_PREFIX + node.id());
                    if (answer != null) {
                        tier.put(node.id(), answer);
                    }
                }
                yield a.toBuilder()
                        .leverage(v.option(SlackIds.LEVERAGE_BLOCK))
                        .tierAnswers(tier)
                        .build();
            }
            case EXIT -> a.toBuilder().exitCriteria(v.text(SlackIds.EXIT_BLOCK)).build();
        };
    }

    /** What is wrong with this step's answers, by block id; empty when the step can be left. */
    public Map<String, String> problems(Step step, String teamId, QuestionnaireAnswers a) {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (step) {
            case BASICS -> {
                Map<String, String> blocks = Map.of(
                        PartnershipDraft.NAME, SlackIds.NAME_BLOCK,
                        PartnershipDraft.CHANNEL, SlackIds.CHANNEL_BLOCK,
                        PartnershipDraft.OWNER, SlackIds.OWNER_BLOCK,
                        PartnershipDraft.DESCRIPTION, SlackIds.DESCRIPTION_BLOCK);
                partnerships.nameProblems(teamId, a.basics()).forEach((f, m) -> errors.put(blocks.get(f), m));
            }
            case QUALIFICATION -> {
                commitment(errors, SlackIds.OUR_KIND_BLOCK, a.ourCommitment(), "what we would lose");
                commitment(errors, SlackIds.PARTNER_KIND_BLOCK, a.partnerCommitment(), "what the partner would lose");
                described(errors, SlackIds.OUR_NOTE_BLOCK, a.ourCommitment(), a.ourCommitmentNote());
                described(errors, SlackIds.PARTNER_NOTE_BLOCK, a.partnerCommitment(), a.partnerCommitmentNote());
                tooLong(errors, SlackIds.OUR_NOTE_BLOCK, a.ourCommitmentNote(), Limits.NOTE);
                tooLong(errors, SlackIds.PARTNER_NOTE_BLOCK, a.partnerCommitmentNote(), Limits.NOTE);
                if (a.dependency() == null
                        || playbook.qualification()
                                .dependencyAnswer(a.dependency())
                                .isEmpty()) {
                    errors.put(
                            SlackIds.DEPENDENCY_KIND_BLOCK,
                            "Pick what the partner says happens to them without us: it shows the leverage.");
                }
                tooLong(errors, SlackIds.DEPENDENCY_BLOCK, a.dependencyAnswer(), Limits.DEPENDENCY);
            }
            case VALUE ->
                a.valueBySide()
                        .forEach((side, text) ->
                                tooLong(errors, SlackIds.VALUE_BLOCK_PREFIX + side, text, Limits.VALUE));
            case LEVERAGE_AND_TIER -> {
                if (a.leverage() == null || playbook.leverageType(a.leverage()).isEmpty()) {
                    errors.put(SlackIds.LEVERAGE_BLOCK, "Pick the leverage you have with this partner.");
                }
                TreeResult tier = trees.evaluate(playbook.tree(Playbook.TIER_TREE), a.tierAnswers());
                tier.missingNodeId()
                        .ifPresent(node -> errors.put(
                                SlackIds.TIER_BLOCK_PREFIX + node, "Answer this one: your earlier answers lead here."));
            }
            case EXIT -> tooLong(errors, SlackIds.EXIT_BLOCK, a.exitCriteria(), Limits.EXIT);
        }
        return errors;
    }

    private void commitment(Map<String, String> errors, String blockId, String kind, String what) {
        if (kind == null || playbook.qualification().commitmentKind(kind).isEmpty()) {
            errors.put(blockId, "Pick " + what + " if this partnership fails (\"Nothing\" is an answer).");
        }
    }

    /** A kind that needs describing ("another commitment") says nothing without its note. */
    private void described(Map<String, String> errors, String noteBlock, String kindId, String note) {
        playbook.qualification()
                .commitmentKind(kindId)
                .filter(CommitmentKind::needsNote)
                .filter(kind -> placeholders.empty(note))
                .ifPresent(kind -> errors.put(
                        noteBlock,
                        "Say what the commitment is: \u201c" + kind.label() + "\u201d counts only when described."));
    }

    private static void tooLong(Map<String, String> errors, String blockId, String text, int max) {
        if (text != null && text.strip().length() > max) {
            errors.put(
                    blockId,
                    "Keep this to " + max + " characters (it has "
                            + text.strip().length() + ").");
        }
    }
}
