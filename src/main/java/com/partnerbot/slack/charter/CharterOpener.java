package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterDraft;
import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.Signatory;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/**
 * Opens the charter form while the trigger id is fresh: the current version's texts, or for a first charter what
 * the assessment recorded. Used by {@code /partner charter} and the Edit button.
 */
final class CharterOpener {
    private final CharterService charters;
    private final CharterModal modal;

    CharterOpener(CharterService charters, CharterModal modal) {
        this.charters = charters;
        this.modal = modal;
    }

    /** Slack's error when the form could not open. */
    Optional<String> open(MethodsClient client, String triggerId, CharterState state, Optional<String> responseUrl)
            throws IOException, SlackApiException {
        CharterDraft draft = state.current()
                .map(c -> c.draft())
                .orElseGet(() -> new CharterDraft(charters.startingTexts(state), null, (Signatory) null));
        var metadata = new CharterMetadata(state.partnership().id(), state.version(), responseUrl.orElse(null));
        var view = modal.render(state, draft, metadata, Optional.empty());
        var opened = client.viewsOpen(r -> r.triggerId(triggerId).view(view));
        return opened.isOk() ? Optional.empty() : Optional.of(opened.getError());
    }
}
