package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.ChecklistState;
import com.partnerbot.charter.Signatory;
import com.partnerbot.charter.Signature;
import com.partnerbot.partnerships.AssessmentSummary;
import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.partnerships.StoredAssessment;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.commands.StatusSubcommand;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code /partner status} shows of the charter: where it stands (none, draft, waiting for someone, signed on a
 * date), the checklists' progress, and the warnings as they are now that the charter records launch owners, an
 * integration pathway and exit criteria.
 */
public final class CharterStatus implements StatusSubcommand.Addition {
    private final CharterService charters;

    CharterStatus(CharterService charters) {
        this.charters = charters;
    }

    @Override
    public PartnershipStatus refresh(String teamId, PartnershipStatus status) {
        if (!(status instanceof PartnershipStatus.Found found) || found.latest().isEmpty()) {
            return status;
        }
        Optional<CharterState> state =
                charters.state(teamId, found.partnership().id());
        if (state.isEmpty()) {
            return status;
        }
        StoredAssessment a = found.latest().get();
        List<AssessmentSummary.Flag> now = state.get().warnings().stream()
                .map(w -> new AssessmentSummary.Flag(w.id(), w.title(), w.reason()))
                .toList();
        StoredAssessment refreshed = new StoredAssessment(
                a.id(),
                a.partnershipId(),
                a.seq(),
                a.playbookId(),
                a.playbookVersion(),
                a.answeredBy(),
                a.answeredAt(),
                a.answers(),
                a.summary().withWarnings(now));
        return new PartnershipStatus.Found(found.partnership(), Optional.of(refreshed));
    }

    @Override
    public List<LayoutBlock> blocks(String teamId, PartnershipStatus status) {
        if (!(status instanceof PartnershipStatus.Found found) || found.latest().isEmpty()) {
            return List.of();
        }
        Optional<CharterState> state =
                charters.state(teamId, found.partnership().id());
        if (state.isEmpty()) {
            return List.of();
        }
        List<String> progress = new ArrayList<>();
        for (ChecklistState list : state.get().checklists()) {
            progress.add(Text.escape(list.title()) + " " + ChecklistBlocks.progress(list));
        }
        String text = "*Charter:* " + describe(state.get()) + "\n*Checklists:* " + String.join(" · ", progress);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Text.clip(text, 3000)))));
        // Names people typed are shown as typed, in plain_text.
        if (state.get().stage() == CharterState.Stage.NONE) {
            blocks.add(context(List.of(Text.literal(
                    "Write it with " + SlackIds.COMMAND + " charter "
                            + found.partnership().name(),
                    3000))));
        } else {
            Signatory partner = state.get().current().orElseThrow().partnerSigner();
            if (!partner.inSlack()) {
                blocks.add(context(List.of(Text.literal(
                        "The partner's signatory, outside Slack: " + partner.name() + " (" + partner.email() + ")",
                        3000))));
            }
        }
        return blocks;
    }

    String describe(CharterState state) {
        return switch (state.stage()) {
            case NONE -> "none yet";
            case DRAFT -> "draft, version " + state.version() + ": waiting for " + waiting(state);
            case WAITING -> "version " + state.version() + ", waiting for " + waiting(state);
            case SIGNED ->
                "signed by both sides on "
                        + state.signatures().stream()
                                .map(Signature::signedAt)
                                .max(java.util.Comparator.naturalOrder())
                                .map(CharterMessage::date)
                                .orElse("")
                        + " (version " + state.version() + ")";
        };
    }

    private static String waiting(CharterState state) {
        return String.join(
                "; ", state.waitingFor().stream().map(s -> who(state, s)).toList());
    }

    /** A signatory by mention; one outside Slack is named in a plain_text block of its own. */
    private static String who(CharterState state, Signature.Side side) {
        var charter = state.current().orElseThrow();
        if (side == Signature.Side.US) {
            return "<@" + charter.ourSignerUserId() + "> (our side)";
        }
        return charter.partnerSigner().inSlack()
                ? "<@" + charter.partnerSigner().userId() + "> (the partner's side)"
                : "the partner's signatory, outside Slack";
    }
}
