package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.emailTextInput;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.charter.CharterDraft;
import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.CharterVersion;
import com.partnerbot.charter.Signatory;
import com.partnerbot.playbook.CharterField;
import com.partnerbot.playbook.CharterSection;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The charter form: one input per playbook section (its title, prompt, what it should contain and its limit) and per
 * field, then the two signatories. When a save was overtaken, the person's text stays in the form and the current
 * version is shown above it, so nothing is lost.
 */
final class CharterModal {
    static final String TITLE = "Partnership charter";
    private static final int SHORT_FIELD = 200;

    private final Playbook playbook;

    CharterModal(Playbook playbook) {
        this.playbook = playbook;
    }

    View render(CharterState state, CharterDraft draft, CharterMetadata metadata, Optional<CharterVersion> overtaken) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(List.of(Text.literal(
                "Charter for " + state.partnership().name()
                        + (state.version() == 0
                                ? ": first version"
                                : ": changes make version " + (state.version() + 1)),
                3000))));
        overtaken.ifPresent(current -> overtakenBy(blocks, current));
        for (CharterSection section : playbook.charter().sections()) {
            String hint = section.prompt()
                    + (section.items().isEmpty() ? "" : " Include: " + String.join("; ", section.items()) + ".");
            blocks.add(text(
                    CharterIds.textBlock(section.id()),
                    section.title(),
                    hint,
                    draft.text(section.id()),
                    section.limit(),
                    false,
                    true,
                    blocks));
            for (CharterField field : section.fields()) {
                if (CharterField.DATE.equals(field.kind())) {
                    String initial = draft.text(field.id());
                    blocks.add(input(i -> i.blockId(CharterIds.textBlock(field.id()))
                            .label(plainText(Text.clip(field.label(), 2000)))
                            .optional(field.isOptional())
                            .element(datePicker(
                                    d -> d.actionId(SlackIds.INPUT_ACTION).initialDate(initial)))));
                } else {
                    blocks.add(text(
                            CharterIds.textBlock(field.id()),
                            field.label(),
                            null,
                            draft.text(field.id()),
                            field.limit(),
                            field.isOptional(),
                            field.limit() > SHORT_FIELD,
                            blocks));
                }
            }
        }
        blocks.add(section(s -> s.text(markdownText(
                "*Who signs.* " + Text.escape(playbook.charter().signature().rule())))));
        String ourSigner = draft.ourSignerUserId() != null
                ? draft.ourSignerUserId()
                : state.partnership().ownerUserId();
        blocks.add(input(i -> i.blockId(CharterIds.OUR_SIGNER_BLOCK)
                .label(plainText("Signs for our side"))
                .element(usersSelect(u -> u.actionId(SlackIds.INPUT_ACTION).initialUser(ourSigner)))));
        Signatory partner = draft.partnerSigner();
        blocks.add(input(i -> i.blockId(CharterIds.PARTNER_SIGNER_BLOCK)
                .label(plainText("Signs for the partner, in Slack"))
                .hint(plainText("Someone of the partner's in Slack, e.g. from your shared Slack Connect channel: they"
                        + " click Sign from their own workspace. If they are not in Slack, leave this empty and give"
                        + " their name and email below."))
                .optional(true)
                .element(usersSelect(u -> u.actionId(SlackIds.INPUT_ACTION)
                        .initialUser(partner != null && partner.inSlack() ? partner.userId() : null)))));
        blocks.add(input(i -> i.blockId(CharterIds.PARTNER_NAME_BLOCK)
                .label(plainText("…or outside Slack: their name"))
                .optional(true)
                .element(plainTextInput(p -> p.actionId(SlackIds.INPUT_ACTION)
                        .maxLength(100)
                        .initialValue(partner == null || partner.inSlack() ? null : blankToNull(partner.name()))))));
        blocks.add(input(i -> i.blockId(CharterIds.PARTNER_EMAIL_BLOCK)
                .label(plainText("…and their email"))
                .hint(plainText("The owner records their signature, with its evidence, once they signed."))
                .optional(true)
                .element(emailTextInput(p -> p.actionId(SlackIds.INPUT_ACTION)
                        .initialValue(partner == null || partner.inSlack() ? null : blankToNull(partner.email()))))));
        return view(v -> v.type("modal")
                .callbackId(CharterIds.VIEW)
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .submit(viewSubmit(t -> t.type("plain_text").text("Save charter")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .privateMetadata(metadata.encode())
                .blocks(blocks));
    }

    /** The version that was saved while this form was open, section by section, shown as written. */
    private void overtakenBy(List<LayoutBlock> blocks, CharterVersion current) {
        blocks.add(section(s -> s.text(markdownText(":warning: *The charter changed since you opened it.* <@"
                + current.writtenBy() + "> saved version " + current.version()
                + ", so yours was not saved. Its text is below; yours is kept in the form. Merge what you need and"
                + " save again."))));
        for (CharterSection section : playbook.charter().sections()) {
            List<String> lines = new ArrayList<>();
            lines.add(section.title() + " (version " + current.version() + "):");
            lines.add(Optional.ofNullable(current.text(section.id())).orElse("(empty)"));
            for (CharterField field : section.fields()) {
                Optional.ofNullable(current.text(field.id())).ifPresent(v -> lines.add(field.label() + ": " + v));
            }
            for (String piece : Chunks.of(String.join("\n", lines), 3000)) {
                blocks.add(section(s -> s.text(Text.literal(piece, 3000))));
            }
        }
    }

    private static LayoutBlock text(
            String blockId,
            String label,
            String hint,
            String initial,
            int maxLength,
            boolean optional,
            boolean multiline,
            List<LayoutBlock> before) {
        boolean fits = initial == null || initial.length() <= maxLength;
        if (!fits) {
            // Slack refuses a form whose text is longer than its input allows: shown above it instead, whole.
            for (String piece : Chunks.of(
                    label + " as recorded (" + initial.length() + " characters, at most " + maxLength + " fit):\n"
                            + initial,
                    3000)) {
                before.add(section(s -> s.text(Text.literal(piece, 3000))));
            }
        }
        return input(i -> i.blockId(blockId)
                .label(plainText(Text.clip(label, 2000)))
                .hint(hint == null || hint.isBlank() ? null : plainText(Text.clip(hint, 2000)))
                .optional(optional)
                .element(plainTextInput(p -> p.actionId(SlackIds.INPUT_ACTION)
                        .maxLength(maxLength)
                        .multiline(multiline)
                        .initialValue(fits ? initial : null))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
