package com.partnerbot.history;

import java.util.List;

/** One page of a partnership's history: its entries, newest first, which page it is and how many entries there are. */
public record HistoryPage(List<HistoryEntry> entries, int index, int total, int size) {
    public HistoryPage {
        entries = List.copyOf(entries);
    }

    /** How many pages the whole history takes; one when it is empty. */
    public int pages() {
        return pages(total, size);
    }

    static int pages(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
