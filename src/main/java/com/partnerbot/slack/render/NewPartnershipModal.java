package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.slack.SlackIds;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** The modal that starts a partnership: its name, the channel where it is worked, its owner, one line on it. */
public final class NewPartnershipModal {

    /** What the form starts with; any value may be null. */
    public record Prefill(String name, String channelId, String ownerUserId, String description) {}

    public View render(Prefill prefill, String privateMetadata) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String name = prefill.name();
        boolean nameTooLong = name != null && name.length() > PartnershipDraft.NAME_MAX;
        blocks.add(input(i -> i.blockId(SlackIds.NAME_BLOCK)
                .label(plainText("Partner name"))
                .hint(plainText("The company or product you partner with, as your team calls it."))
                .element(plainTextInput(p -> p.actionId(SlackIds.INPUT_ACTION)
                        .maxLength(PartnershipDraft.NAME_MAX)
                        .initialValue(name == null || name.isBlank() || nameTooLong ? null : name)
                        .placeholder(plainText("e.g. Acme Cloud"))))));
        if (nameTooLong) {
            blocks.add(context(List.of(markdownText("The name you typed has " + name.length()
                    + " characters; names are at most " + PartnershipDraft.NAME_MAX + ". Enter a shorter one."))));
        }
        blocks.add(input(i -> i.blockId(SlackIds.CHANNEL_BLOCK)
                .label(plainText("Channel where it is worked"))
                .hint(plainText("Partnerbot posts verdicts, checklists and reminders here."))
                .element(conversationsSelect(c -> c.actionId(SlackIds.INPUT_ACTION)
                        .defaultToCurrentConversation(prefill.channelId() == null)
                        .initialConversation(prefill.channelId())
                        .filter(ConversationsFilter.builder()
                                .include(List.of("public", "private"))
                                .excludeBotUsers(true)
                                .build())))));
        blocks.add(input(i -> i.blockId(SlackIds.OWNER_BLOCK)
                .label(plainText("Owner"))
                .element(usersSelect(u -> u.actionId(SlackIds.INPUT_ACTION).initialUser(prefill.ownerUserId())))));
        blocks.add(input(i -> i.blockId(SlackIds.DESCRIPTION_BLOCK)
                .label(plainText("One-line description"))
                .optional(true)
                .element(plainTextInput(p -> p.actionId(SlackIds.INPUT_ACTION)
                        .maxLength(PartnershipDraft.DESCRIPTION_MAX)
                        .initialValue(prefill.description())
                        .placeholder(plainText("e.g. Co-sell our analytics add-on to their enterprise accounts"))))));
        return view(v -> v.type("modal")
                .callbackId(SlackIds.NEW_PARTNERSHIP_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text("New partnership")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Save")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .privateMetadata(privateMetadata)
                .blocks(blocks));
    }
}
