package com.partnerbot.slack.launch;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.timePicker;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.launch.LaunchDraft;
import com.partnerbot.launch.LaunchState;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The launch plan as a form: the launch date, our launch owner, the partner's, the integration pathway, and the
 * time zone and time of day the channel's reminders follow.
 */
final class LaunchModal {
    static final String TITLE = "Launch plan";

    View render(LaunchState state, LaunchDraft draft, LaunchMetadata metadata, Optional<String> notice) {
        List<LayoutBlock> blocks = new ArrayList<>();
        notice.ifPresent(n -> blocks.add(section(s -> s.text(markdownText(n)))));
        blocks.add(section(s -> s.text(Text.literal(state.partnership().name(), 3000))));
        blocks.add(context(List.of(markdownText("Its stages and weekly check-ins are posted to <#"
                + state.partnership().channelId() + "> at the time below, in this time zone. "
                + (state.plan().isPresent()
                        ? "Changing the date moves the reminders not sent yet."
                        : "A date in the past posts only the current stage.")))));
        blocks.add(input(i -> i.blockId(LaunchIds.DATE_BLOCK)
                .label(plainText("Launch date"))
                .element(datePicker(d -> d.actionId(SlackIds.INPUT_ACTION).initialDate(draft.launchDate())))));
        blocks.add(input(i -> i.blockId(LaunchIds.OUR_OWNER_BLOCK)
                .label(plainText("Our launch owner"))
                .hint(plainText("Partners rarely promote on their own: someone on our side owns the launch."))
                .element(usersSelect(
                        u -> u.actionId(SlackIds.INPUT_ACTION).initialUser(blankToNull(draft.ourOwnerUserId()))))));
        blocks.add(input(i -> i.blockId(LaunchIds.PARTNER_OWNER_BLOCK)
                .label(plainText("The partner's launch owner"))
                .optional(true)
                .element(plainTextInput(t -> t.actionId(SlackIds.INPUT_ACTION)
                        .maxLength(LaunchDraft.PARTNER_OWNER_MAX)
                        .initialValue(blankToNull(draft.partnerOwner()))
                        .placeholder(plainText("Name, and email if they are not in Slack"))))));
        blocks.add(input(i -> i.blockId(LaunchIds.PATHWAY_BLOCK)
                .label(plainText("Integration pathway"))
                .optional(true)
                .hint(plainText("How a customer uses both products together on launch day: docs, setup, support."))
                .element(plainTextInput(t -> t.actionId(SlackIds.INPUT_ACTION)
                        .multiline(true)
                        .maxLength(LaunchDraft.PATHWAY_MAX)
                        .initialValue(blankToNull(draft.integrationPathway()))))));
        blocks.add(input(i -> i.blockId(LaunchIds.TIME_ZONE_BLOCK)
                .label(plainText("Time zone of the reminders"))
                .hint(plainText("A name such as America/New_York or Europe/Berlin: 09:00 stays 09:00 across"
                        + " daylight-saving changes."))
                .element(plainTextInput(t ->
                        t.actionId(SlackIds.INPUT_ACTION).maxLength(64).initialValue(blankToNull(draft.timeZone()))))));
        blocks.add(input(i -> i.blockId(LaunchIds.REMIND_AT_BLOCK)
                .label(plainText("Time of day of the reminders"))
                .element(timePicker(t -> t.actionId(SlackIds.INPUT_ACTION)
                        .initialTime(draft.remindAt() == null ? "09:00" : draft.remindAt())))));
        return view(v -> v.type("modal")
                .callbackId(LaunchIds.VIEW)
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .submit(viewSubmit(t -> t.type("plain_text").text("Save plan")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .privateMetadata(metadata.encode())
                .blocks(blocks));
    }

    static View notice(String title, String mrkdwn) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(t -> t.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(mrkdwn))))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
