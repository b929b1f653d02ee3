package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.CharterVersion;
import com.partnerbot.charter.ChecklistState;
import com.partnerbot.charter.Signatory;
import com.partnerbot.charter.Signature;
import com.partnerbot.playbook.CharterField;
import com.partnerbot.playbook.CharterSection;
import com.partnerbot.playbook.Checklists;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The charter's one living message in the partnership's channel: its sections as written, who has signed and who is
 * awaited, the playbook's signature test in its own words, the checklist before starting with each item's state, and
 * the buttons. Text people wrote is shown in plain_text, whole: a long section takes several blocks.
 */
final class CharterMessage {
    private static final int TEXT_MAX = 3000;

    private final Playbook playbook;
    private final ChecklistBlocks checklists = new ChecklistBlocks();

    CharterMessage(Playbook playbook) {
        this.playbook = playbook;
    }

    Messenger.Message render(CharterState state) {
        return new Messenger.Message(state.partnership().channelId(), fallback(state), blocks(state, true));
    }

    /** The notification text: the partnership and where the signatures stand, escaped once. */
    String fallback(CharterState state) {
        return Text.escape("Charter for " + state.partnership().name() + ", version " + state.version() + ": "
                + (state.stage() == CharterState.Stage.SIGNED
                        ? "signed by both sides"
                        : "waiting for " + state.waitingFor().size() + " signature(s)"));
    }

    List<LayoutBlock> blocks(CharterState state, boolean withButtons) {
        CharterVersion charter = state.current().orElseThrow();
        String pid = state.partnership().id();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(
                h -> h.text(Text.literal("Charter: " + state.partnership().name(), 150))));
        blocks.add(context(List.of(markdownText("Version " + charter.version() + " by <@" + charter.writtenBy()
                + "> on " + date(charter.writtenAt())))));
        for (CharterSection section : playbook.charter().sections()) {
            blocks.add(section(s -> s.text(markdownText("*" + Text.escape(section.title()) + "*"))));
            List<String> lines = new ArrayList<>();
            String text = charter.text(section.id());
            if (text != null) {
                lines.add(text);
            }
            for (CharterField field : section.fields()) {
                String value = charter.text(field.id());
                if (value != null) {
                    lines.add(field.label() + ": " + value);
                }
            }
            if (lines.isEmpty()) {
                blocks.add(context(List.of(markdownText("_Not written yet._"))));
            }
            for (String piece : Chunks.of(String.join("\n", lines), TEXT_MAX)) {
                blocks.add(section(s -> s.text(Text.literal(piece, TEXT_MAX))));
            }
        }
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText(Text.clip(signatures(state), TEXT_MAX)))));
        blocks.add(context(List.of(markdownText(Text.clip(
                "*Signature test:* "
                        + Text.escape(playbook.charter().signature().rule()),
                TEXT_MAX)))));
        state.checklist(Checklists.BEFORE_STARTING).ifPresent(list -> blocks.addAll(checklists.render(pid, list)));
        List<String> others = new ArrayList<>();
        for (ChecklistState list : state.checklists()) {
            if (!list.id().equals(Checklists.BEFORE_STARTING)) {
                others.add(Text.escape(list.title()) + ": " + ChecklistBlocks.progress(list));
            }
        }
        if (!others.isEmpty()) {
            blocks.add(context(List.of(markdownText(Text.clip(String.join("  ·  ", others), TEXT_MAX)))));
        }
        if (withButtons) {
            blocks.add(actions(a -> a.blockId(CharterIds.ACTIONS_BLOCK).elements(buttons(state))));
        }
        return blocks;
    }

    private List<BlockElement> buttons(CharterState state) {
        String value = CharterIds.versionValue(state.partnership().id(), state.version());
        List<BlockElement> buttons = new ArrayList<>();
        if (state.stage() != CharterState.Stage.SIGNED) {
            buttons.add(button(b -> b.actionId(CharterIds.SIGN_ACTION)
                    .text(plainText("Sign"))
                    .style("primary")
                    .value(value)));
        }
        buttons.add(button(
                b -> b.actionId(CharterIds.EDIT_ACTION).text(plainText("Edit")).value(value)));
        buttons.add(button(b -> b.actionId(CharterIds.CHECKLIST_ACTION)
                .text(plainText("Checklist"))
                .value(value)));
        Signatory partner = state.current().orElseThrow().partnerSigner();
        if (!partner.inSlack() && state.signature(Signature.Side.PARTNER).isEmpty()) {
            buttons.add(button(b -> b.actionId(CharterIds.ATTEST_ACTION)
                    .text(plainText("Record their signature"))
                    .value(value)));
        }
        return buttons;
    }

    /** "Signed by both sides" with names and dates, or who is awaited: mrkdwn, names people typed escaped once. */
    String signatures(CharterState state) {
        StringBuilder text = new StringBuilder();
        if (state.stage() == CharterState.Stage.SIGNED) {
            text.append(":white_check_mark: *Signed by both sides*");
        } else {
            List<String> waiting = state.waitingFor().stream()
                    .map(side -> signatory(state, side))
                    .toList();
            text.append(":hourglass_flowing_sand: *Waiting for:* ").append(String.join("; ", waiting));
        }
        for (Signature signature : state.signatures()) {
            text.append("\n• ").append(signatory(state, signature.side())).append(": signed on ");
            text.append(date(signature.signedAt()));
            if (signature.method() == Signature.Method.OUTSIDE) {
                text.append(", outside Slack, recorded by <@")
                        .append(signature.recordedBy())
                        .append(">: ")
                        .append(Text.escape(signature.evidence().orElse("")));
            }
        }
        return text.toString();
    }

    /** "<@U1> (our side)" or "<@U9>, Northwind" or "Dana Reyes (dana@northwind.example), Northwind". */
    String signatory(CharterState state, Signature.Side side) {
        CharterVersion charter = state.current().orElseThrow();
        if (side == Signature.Side.US) {
            return "<@" + charter.ourSignerUserId() + "> (our side)";
        }
        Signatory partner = charter.partnerSigner();
        String who = partner.inSlack()
                ? "<@" + partner.userId() + ">"
                : Text.escape(partner.name()) + " (" + Text.escape(partner.email()) + ", outside Slack)";
        return who + ", " + Text.escape(state.partnership().name());
    }

    static String date(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
