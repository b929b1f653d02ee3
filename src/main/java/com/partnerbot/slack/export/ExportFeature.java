package com.partnerbot.slack.export;

import com.partnerbot.export.PartnershipExport;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.commands.Subcommand;
import java.time.Clock;
import java.util.List;

/** {@code /partner export [csv|json]}: the workspace's partnerships as a file in the requester's DM. */
public final class ExportFeature implements Feature {
    private final ExportSubcommand subcommand;

    public ExportFeature(PartnershipExport export, Clock clock, BackgroundWork work) {
        this.subcommand = new ExportSubcommand(export, clock, work);
    }

    @Override
    public List<Subcommand> subcommands() {
        return List.of(subcommand);
    }

    @Override
    public void register(Interactions interactions) {
        // A command only: no forms or buttons.
    }
}
