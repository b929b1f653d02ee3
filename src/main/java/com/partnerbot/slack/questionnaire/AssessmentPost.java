package com.partnerbot.slack.questionnaire;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.AssessmentBlocks;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** The verdict as posted to the partnership's channel: the assessment, what changed since the last one, buttons. */
public final class AssessmentPost {
    private final AssessmentBlocks blocks;
    private final AssessmentChanges changes;

    public AssessmentPost(AssessmentBlocks blocks, AssessmentChanges changes) {
        this.blocks = blocks;
        this.changes = changes;
    }

    public Messenger.Message render(AssessmentService.Result.Recorded r) {
        var p = r.partnership();
        List<LayoutBlock> message = new ArrayList<>(blocks.summary(p, r.current()));
        r.previous().ifPresent(previous -> {
            List<String> lines = changes.between(previous, r.current());
            String text = lines.isEmpty()
                    ? "*Since assessment #" + previous.seq()
                            + ":* no change in the verdict, leverage, tier or warnings."
                    : "*Since assessment #" + previous.seq() + ":*\n• "
                            + String.join(
                                    "\n• ", lines.stream().map(Text::escape).toList());
            message.add(message.size() - 1, section(s -> s.text(markdownText(Text.clip(text, 3000)))));
        });
        message.add(actions(
                a -> a.blockId("assessment_actions").elements(List.of(button(b -> b.actionId(SlackIds.REASSESS_ACTION)
                        .text(plainText("Re-assess"))
                        .value(p.id()))))));
        return new Messenger.Message(p.channelId(), blocks.fallback(p, r.current()), message);
    }
}
