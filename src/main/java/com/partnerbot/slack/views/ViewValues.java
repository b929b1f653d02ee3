package com.partnerbot.slack.views;

import com.partnerbot.slack.SlackIds;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.Map;
import java.util.Optional;

/** Reads the submitted values of a modal, tolerating missing state (a forged or foreign payload). */
public final class ViewValues {
    private final Map<String, Map<String, ViewState.Value>> values;

    public ViewValues(View view) {
        this.values = view == null || view.getState() == null || view.getState().getValues() == null
                ? Map.of()
                : view.getState().getValues();
    }

    private Optional<ViewState.Value> value(String blockId) {
        Map<String, ViewState.Value> block = values.get(blockId);
        return block == null ? Optional.empty() : Optional.ofNullable(block.get(SlackIds.INPUT_ACTION));
    }

    public String text(String blockId) {
        return value(blockId).map(ViewState.Value::getValue).orElse(null);
    }

    public String conversation(String blockId) {
        return value(blockId).map(ViewState.Value::getSelectedConversation).orElse(null);
    }

    public String user(String blockId) {
        return value(blockId).map(ViewState.Value::getSelectedUser).orElse(null);
    }

    /** A date picker's date, ISO {@code yyyy-mm-dd}. */
    public String date(String blockId) {
        return value(blockId).map(ViewState.Value::getSelectedDate).orElse(null);
    }

    /** A time picker's time, {@code HH:mm}. */
    public String time(String blockId) {
        return value(blockId).map(ViewState.Value::getSelectedTime).orElse(null);
    }

    public String option(String blockId) {
        return value(blockId)
                .map(ViewState.Value::getSelectedOption)
                .map(o -> o.getValue())
                .orElse(null);
    }
}
