package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.ChecklistState;
import com.partnerbot.slack.commands.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /partner checklist NAME [CHECKLIST]}: one of the playbook's checklists for a partnership, with checkboxes
 * for what is ticked by hand. A last word naming a checklist (e.g. {@code before_launching}) picks it.
 */
final class ChecklistSubcommand implements Subcommand {
    private final PartnershipLookup lookup;
    private final ChecklistMessage checklist;

    ChecklistSubcommand(PartnershipLookup lookup, ChecklistMessage checklist) {
        this.lookup = lookup;
        this.checklist = checklist;
    }

    @Override
    public String name() {
        return "checklist";
    }

    @Override
    public String usage() {
        return "checklist NAME [CHECKLIST]";
    }

    @Override
    public String purpose() {
        return "A partnership's checklist (before starting, before launching, ...): what the record ticks, and"
                + " checkboxes for the rest.";
    }

    @Override
    public String example() {
        return "/partner checklist Acme Cloud before_launching";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx) {
        String name = args;
        String wanted = null;
        int space = args.lastIndexOf(' ');
        if (space > 0) {
            String last = args.substring(space + 1).toLowerCase(Locale.ROOT).replace('-', '_');
            if (lookup.isChecklist(last)) {
                name = args.substring(0, space).strip();
                wanted = last;
            }
        }
        PartnershipLookup.Found found = lookup.find(ctx.getTeamId(), name(), example(), name);
        if (found.state().isEmpty()) {
            return found.answer(ctx);
        }
        CharterState state = found.state().get();
        Optional<ChecklistState> list =
                wanted == null ? Optional.of(ChecklistMessage.firstOpen(state)) : state.checklist(wanted);
        ChecklistState shown = list.orElseThrow();
        return ctx.ack(r -> r.responseType("ephemeral")
                .text(checklist.fallback(state, shown))
                .blocks(checklist.render(state, shown)));
    }
}
