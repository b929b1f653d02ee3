package com.partnerbot.slack;

import com.partnerbot.slack.commands.Subcommand;
import java.util.List;

/**
 * One feature's Slack surface: the {@code /partner} subcommands it answers and the listeners it adds. Each feature
 * builds and registers its own, so the wiring only creates features and no class lists every listener.
 */
public interface Feature {

    /** Its {@code /partner} subcommands, in the order help lists them. */
    default List<Subcommand> subcommands() {
        return List.of();
    }

    /** Adds its forms, buttons, shortcuts and events. */
    void register(Interactions interactions);
}
