package com.partnerbot.slack.launch;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.launch.ActivityLog;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.Partnership;
import com.slack.api.model.view.View;
import java.util.List;

/** "What moved this week?": one line, recorded as the partnership's activity and shown in its channel. */
final class ActivityModal {

    View render(Partnership p, LaunchMetadata metadata) {
        return view(v -> v.type("modal")
                .callbackId(LaunchIds.ACTIVITY_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text("Log activity")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Log it")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .privateMetadata(metadata.encode())
                .blocks(List.of(
                        section(t -> t.text(Text.literal(p.name(), 3000))),
                        context(List.of(markdownText("It is posted to <#" + p.channelId()
                                + "> and keeps the partnership from counting as ghosted."))),
                        input(i -> i.blockId(LaunchIds.ACTIVITY_BLOCK)
                                .label(plainText("What moved this week?"))
                                .element(plainTextInput(t -> t.actionId(SlackIds.INPUT_ACTION)
                                        .maxLength(ActivityLog.NOTE_MAX)
                                        .placeholder(plainText("A customer went live, a joint deal, a fix"))))))));
    }
}
