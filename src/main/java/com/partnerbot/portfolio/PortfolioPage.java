package com.partnerbot.portfolio;

import java.util.List;

/**
 * One page of a list, as asked by {@code query}: its rows, its index (the one asked for, clamped to the pages there
 * are, so a button on an old message still shows a page), how many pages and rows there are in all.
 */
public record PortfolioPage(PortfolioQuery query, List<PortfolioRow> rows, int index, int count, int total) {
    public PortfolioPage {
        rows = List.copyOf(rows);
    }

    /** The page index to show for {@code requested} when there are {@code total} rows. */
    static int clamp(int requested, int total, int size) {
        return Math.min(Math.max(0, requested), pages(total, size) - 1);
    }

    /** How many pages {@code total} rows make; an empty list is one empty page. */
    static int pages(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return index > 0;
    }

    public boolean hasNext() {
        return index < count - 1;
    }

    /** Position of the first row of this page among all, counting from 1; 0 when there are none. */
    public int first() {
        return rows.isEmpty() ? 0 : index * query.size() + 1;
    }

    /** Position of the last row of this page among all, counting from 1. */
    public int last() {
        return index * query.size() + rows.size();
    }
}
