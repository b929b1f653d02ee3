package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.partnerships.AssessmentSummary;
import com.partnerbot.partnerships.StoredAssessment;
import com.partnerbot.playbook.Standing;
import com.partnerbot.playbook.Verdicts;
import com.partnerbot.store.Partnership;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An assessment as blocks: the verdict with each side's reason and the partner's answer to "what happens to you?",
 * the investment and the tier with the path that chose them (and what the tier gives and requires), dated
 * follow-ups, warnings and the next step. Used by the channel post and by status.
 */
public final class AssessmentBlocks {
    private static final int SECTION_MAX = 3000;
    private static final int HEADER_MAX = 150;
    private static final int FIELD_MAX = 2000;
    private static final int FIELDS_MAX = 10;

    public List<LayoutBlock> summary(Partnership p, StoredAssessment a) {
        AssessmentSummary s = a.summary();
        List<LayoutBlock> blocks = new ArrayList<>();
        // The name is the person's, so the header (plain_text) shows it as typed.
        blocks.add(header(h -> h.text(Text.literal(p.name() + ": " + verdictLine(s), HEADER_MAX))));

        StringBuilder verdict = new StringBuilder(icon(s) + " *" + Text.escape(verdictLine(s)) + "*");
        if (s.verdictAdvice() != null) {
            verdict.append("\n").append(Text.escape(s.verdictAdvice()));
        }
        blocks.add(text(verdict.toString()));
        // What each side would lose carries the notes people typed: plain_text fields, one per side.
        if (!s.sideReasons().isEmpty()) {
            List<TextObject> sides = s.sideReasons().stream()
                    .limit(FIELDS_MAX)
                    .map(reason -> (TextObject) Text.literal(reason, FIELD_MAX))
                    .toList();
            blocks.add(section(b -> b.fields(sides)));
        }
        dependency(s).ifPresent(blocks::add);

        if (!s.missingValueSides().isEmpty()
                && s.valueAdvice() != null
                && !s.valueAdvice().isBlank()) {
            blocks.add(text(":warning: *Value is missing for " + Text.escape(String.join(", ", s.missingValueSides()))
                    + ".* " + Text.escape(s.valueAdvice())));
        }

        String investment = investment(s);
        if (!investment.isEmpty()) {
            blocks.add(text(investment));
        }
        String tier = tier(s);
        if (!tier.isEmpty()) {
            blocks.add(text(tier));
        }

        if (!s.warnings().isEmpty()) {
            StringBuilder warnings = new StringBuilder("*Watch out*");
            for (AssessmentSummary.Flag w : s.warnings()) {
                warnings.append("\n:warning: *")
                        .append(Text.escape(w.title()))
                        .append("*: ")
                        .append(Text.escape(w.reason()));
            }
            blocks.add(text(warnings.toString()));
        }

        if (s.nextStep() != null && !s.nextStep().isBlank()) {
            blocks.add(text(":point_right: *Next step:* " + Text.escape(s.nextStep())));
        }
        blocks.add(context(List.of(markdownText("Assessment #" + a.seq() + " by <@" + a.answeredBy() + "> on "
                + a.answeredAt().atZone(ZoneOffset.UTC).toLocalDate() + " · playbook "
                + Text.escape(a.playbookId()) + " " + Text.escape(a.playbookVersion())))));
        return blocks;
    }

    /** The partner's answer to "what happens to you?" and its note, as typed: plain_text. */
    private static Optional<LayoutBlock> dependency(AssessmentSummary s) {
        if (s.dependency() == null && s.dependencyNote() == null) {
            return Optional.empty();
        }
        String question = s.dependencyQuestion() == null ? "Without us" : s.dependencyQuestion();
        String answer = s.dependency() == null
                ? s.dependencyNote()
                : s.dependency() + (s.dependencyNote() == null ? "" : ": " + s.dependencyNote());
        return Optional.of(section(b -> b.text(Text.literal(question + "\n" + answer, SECTION_MAX))));
    }

    private static String investment(AssessmentSummary s) {
        StringBuilder plan = new StringBuilder();
        if (s.investmentWithheld()) {
            plan.append("*Investment:* ").append(Text.escape(s.investmentAdvice()));
            plan.append("\n_Why:_ ").append(Text.path(s.leverageExplain()));
        } else if (s.investment() != null) {
            plan.append("*Investment:* ").append(Text.escape(s.investment()));
            plan.append("\n_Why:_ ").append(Text.path(s.leverageExplain()));
            if (s.investmentAdvice() != null) {
                plan.append("\n").append(Text.escape(s.investmentAdvice()));
            }
        }
        return plan.toString();
    }

    private static String tier(AssessmentSummary s) {
        StringBuilder plan = new StringBuilder();
        if (s.tier() == null) {
            if (s.tierWithheld() != null) {
                plan.append("*Recommended tier:* none, ").append(Text.escape(s.tierWithheld()));
            }
            return plan.toString();
        }
        plan.append("*Recommended tier:* ").append(Text.escape(s.tier()));
        plan.append("\n_Why:_ ").append(Text.path(s.tierExplain()));
        if (s.tierAdvice() != null) {
            plan.append("\n").append(Text.escape(s.tierAdvice()));
        }
        if (s.tierSummary() != null) {
            plan.append("\n").append(Text.escape(s.tierSummary()));
        }
        list(plan, "It gives the partner", s.tierGives());
        list(plan, "It requires", s.tierRequires());
        for (String warning : s.tierWarnings()) {
            plan.append("\n:warning: ").append(Text.escape(warning));
        }
        for (AssessmentSummary.Due due : s.followUps()) {
            plan.append("\n:calendar: ")
                    .append(Text.escape(due.label()))
                    .append(" on ")
                    .append(due.due());
        }
        return plan.toString();
    }

    private static void list(StringBuilder text, String title, List<String> items) {
        if (!items.isEmpty()) {
            text.append("\n*").append(title).append(":*");
            items.forEach(item -> text.append("\n• ").append(Text.escape(item)));
        }
    }

    /**
     * The notification line, "Acme Cloud: Real partnership", escaped once: Slack reads a message's text as mrkdwn, so
     * a name like {@code <!channel>} would ping. ({@code *} and {@code _} have no escape in mrkdwn; the blocks, which
     * are what people read, show the name as typed.)
     */
    public String fallback(Partnership p, StoredAssessment a) {
        return Text.escape(p.name() + ": " + verdictLine(a.summary()));
    }

    /** The verdict, with the headline of what put it at risk when that is worse than the verdict itself. */
    public static String verdictLine(AssessmentSummary s) {
        return s.headline() == null || s.headline().isBlank() ? s.verdict() : s.verdict() + " — " + s.headline();
    }

    /** The header's colour: by the stored standing, or by the verdict for assessments stored before it. */
    public static String icon(AssessmentSummary s) {
        if (s.standing() == null) {
            return icon(s.verdictId());
        }
        return switch (s.standing()) {
            case Standing.OK -> ":large_green_circle:";
            case Standing.AT_RISK -> ":large_yellow_circle:";
            case Standing.STOP -> ":red_circle:";
            default -> ":white_circle:";
        };
    }

    public static String icon(String verdictId) {
        return switch (verdictId == null ? "" : verdictId) {
            case Verdicts.REAL -> ":large_green_circle:";
            case Verdicts.ONE_SIDED -> ":large_yellow_circle:";
            case Verdicts.HANDSHAKE -> ":red_circle:";
            default -> ":white_circle:";
        };
    }

    private static LayoutBlock text(String mrkdwn) {
        return section(s -> s.text(markdownText(Text.clip(mrkdwn, SECTION_MAX))));
    }
}
