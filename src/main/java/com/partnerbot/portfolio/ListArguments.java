package com.partnerbot.portfolio;

import com.partnerbot.playbook.Playbook;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words after {@code /partner list}: a filter, and an order as {@code sort:name|assessed|reminder}. */
public record ListArguments(PortfolioFilter filter, PortfolioSort sort) {
    private static final Pattern SORT = Pattern.compile("(?i)(?:^|\\s)sort:\\s*(\\S*)");

    /** What was typed, read; or the part that could not be, and what it is. */
    public sealed interface Result {
        record Read(ListArguments arguments) implements Result {}

        record Invalid(Problem problem, String given) implements Result {}
    }

    public enum Problem {
        FILTER,
        TIER,
        PHASE,
        SORT
    }

    public static Result parse(String text, Playbook playbook) {
        String rest = text == null ? "" : text;
        PortfolioSort sort = PortfolioSort.NAME;
        Matcher m = SORT.matcher(rest);
        StringBuilder words = new StringBuilder();
        while (m.find()) {
            String given = m.group(1);
            var known = PortfolioSort.of(given);
            if (known.isEmpty()) {
                return new Result.Invalid(Problem.SORT, given);
            }
            sort = known.get();
            m.appendReplacement(words, " ");
        }
        m.appendTail(words);
        PortfolioFilter.Parsed parsed = PortfolioFilter.parse(words.toString(), playbook);
        if (parsed instanceof PortfolioFilter.Parsed.Found found) {
            return new Result.Read(new ListArguments(found.filter(), sort));
        }
        if (parsed instanceof PortfolioFilter.Parsed.UnknownTier u) {
            return new Result.Invalid(Problem.TIER, u.given());
        }
        if (parsed instanceof PortfolioFilter.Parsed.UnknownPhase u) {
            return new Result.Invalid(Problem.PHASE, u.given());
        }
        return new Result.Invalid(Problem.FILTER, ((PortfolioFilter.Parsed.UnknownFilter) parsed).given());
    }
}
