package com.partnerbot.slack.portfolio;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.portfolio.PortfolioFilter;
import com.partnerbot.portfolio.PortfolioSort;
import java.util.Optional;

/**
 * The block and action ids of {@code /partner list} and the Home tab, and the values their buttons carry: a page
 * button keeps the filter and order it was shown with, so an older message or view pages through what it shows.
 */
public final class PortfolioIds {
    private PortfolioIds() {}

    public static final String LIST_PAGER_BLOCK = "list_pager";
    public static final String LIST_PREVIOUS_ACTION = "list_previous";
    public static final String LIST_NEXT_ACTION = "list_next";

    public static final String HOME_FILTER_BLOCK = "home_filter";
    public static final String HOME_FILTER_ACTION = "home_filter";
    public static final String HOME_PAGER_BLOCK = "home_pager";
    public static final String HOME_PREVIOUS_ACTION = "home_previous";
    public static final String HOME_NEXT_ACTION = "home_next";

    /** What a page button asks for: a filter, an order and a page index. */
    public record PageValue(PortfolioFilter filter, PortfolioSort sort, int page) {
        /** {@code filter|sort|page}, e.g. {@code tier:tier_1|assessed|2}. */
        public String encode() {
            return filter.token() + "|" + sort.id() + "|" + page;
        }

        /**
         * Reads a button's value; a value from an older version or a forged one, or a tier or phase the playbook no
         * longer has, reads as the first page of everything by name.
         */
        public static PageValue decode(String value, Playbook playbook) {
            String[] parts = value == null ? new String[0] : value.split("\\|", -1);
            Optional<PortfolioFilter> filter =
                    parts.length == 3 ? PortfolioFilter.fromToken(parts[0], playbook) : Optional.empty();
            Optional<PortfolioSort> sort = parts.length == 3 ? PortfolioSort.of(parts[1]) : Optional.empty();
            if (filter.isEmpty() || sort.isEmpty()) {
                return new PageValue(PortfolioFilter.ALL, PortfolioSort.NAME, 0);
            }
            try {
                return new PageValue(filter.get(), sort.get(), Math.max(0, Integer.parseInt(parts[2].strip())));
            } catch (NumberFormatException e) {
                return new PageValue(filter.get(), sort.get(), 0);
            }
        }
    }
}
