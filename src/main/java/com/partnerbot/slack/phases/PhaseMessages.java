package com.partnerbot.slack.phases;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.phases.GateRecord;
import com.partnerbot.phases.PhaseChange;
import com.partnerbot.phases.PhaseRun;
import com.partnerbot.phases.PhaseService;
import com.partnerbot.phases.PhaseState;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.Partnership;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The posts to the partnership's channel: a phase started (its window, when its gate review is due, its success
 * criteria), and a gate's outcome with its path, the playbook's advice and the phase it starts. Whoever acted is told
 * privately if a post cannot be made.
 */
final class PhaseMessages implements PhaseService.Announcer {
    private static final int HEADER_MAX = 150;

    private final DecisionTree tree;

    PhaseMessages(DecisionTree tree) {
        this.tree = tree;
    }

    @Override
    public List<OutboxMessage> announce(PhaseState state, PhaseChange change) {
        Partnership p = state.partnership();
        if (change instanceof PhaseChange.Started started) {
            return List.of(
                    post(p, started.userId(), started(p, started.run(), started.userId()), "the start of a phase"));
        }
        var gated = (PhaseChange.Gated) change;
        return List.of(post(p, gated.userId(), gated(p, gated), "the gate's outcome"));
    }

    private static OutboxMessage post(Partnership p, String userId, Messenger.Message message, String about) {
        return Messenger.outgoing(
                Kind.DECISION, message, new Messenger.Requester(userId, Optional.empty()), about + " for " + p.name());
    }

    Messenger.Message started(Partnership p, PhaseRun run, String userId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(Text.literal(
                "🚦 " + p.name() + ": " + run.phase().label() + " starts on " + run.startDate(),
                PhaseBlocks.SECTION_MAX))));
        blocks.addAll(runBlocks(run));
        blocks.add(context(List.of(markdownText("Started by <@" + userId + ">"))));
        return new Messenger.Message(
                p.channelId(),
                Text.escape(p.name() + ": " + run.phase().label() + " starts on " + run.startDate()),
                blocks);
    }

    Messenger.Message gated(Partnership p, PhaseChange.Gated change) {
        PhaseRun run = change.gated();
        GateRecord gate = change.gate();
        String title = run.phase().label() + " gate: " + gate.label();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Text.clip(title, HEADER_MAX)))));
        blocks.add(section(s -> s.text(Text.literal(p.name(), PhaseBlocks.SECTION_MAX))));
        StringBuilder body = new StringBuilder(":vertical_traffic_light: *" + Text.escape(gate.label()) + "*");
        body.append("\n_Why:_ ").append(Text.path(gate.pathExplanation()));
        gate.outcomeId()
                .flatMap(tree::outcome)
                .map(Outcome::advice)
                .filter(a -> !a.isBlank())
                .ifPresent(a -> body.append("\n").append(Text.escape(a)));
        blocks.add(section(s -> s.text(markdownText(Text.clip(body.toString(), PhaseBlocks.SECTION_MAX)))));
        if (change.next().isPresent()) {
            PhaseRun next = change.next().get();
            blocks.add(section(s -> s.text(markdownText(
                    "*" + Text.escape(next.phase().label()) + " starts today, " + next.startDate() + ".*"))));
            blocks.addAll(runBlocks(next));
        } else {
            blocks.add(section(s -> s.text(markdownText(
                    "The partnership's phases end here; no more gate reminders." + " Record what you learned."))));
        }
        blocks.add(context(
                List.of(markdownText("Gate of " + Text.escape(run.phase().label()) + " (started " + run.startDate()
                        + ") run by <@" + gate.decidedBy() + "> on " + gate.gateDate()))));
        return new Messenger.Message(
                p.channelId(),
                Text.escape(p.name() + ": " + title) + " (" + Text.path(gate.pathExplanation()) + ")",
                blocks);
    }

    /** A run's window, gate review date and success criteria. */
    private static List<LayoutBlock> runBlocks(PhaseRun run) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String when = run.hasGate()
                ? "Window " + run.phase().duration() + ", to " + run.windowEnd() + ". Gate review due " + run.gateDue()
                        + "; overdue after " + run.windowEnd() + "."
                : "Window " + run.phase().duration() + (run.phase().ongoing() ? ", ongoing" : "")
                        + ": no gate closes it.";
        blocks.add(section(s -> s.text(markdownText(when))));
        blocks.add(context(List.of(markdownText("*Success criteria:*"))));
        blocks.add(section(s -> s.text(Text.literal(run.successCriteria(), PhaseBlocks.SECTION_MAX))));
        return blocks;
    }
}
