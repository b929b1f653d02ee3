package com.partnerbot.slack.render;

import java.util.List;

/**
 * One page of a list. The index asked for is clamped, so a button on an old message still shows a page after
 * the list got shorter.
 */
public record Page<T>(List<T> items, int index, int count, int total, int size) {
    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> all, int requested, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
        int count = Math.max(1, (all.size() + size - 1) / size);
        int index = Math.min(Math.max(0, requested), count - 1);
        int from = index * size;
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), index, count, all.size(), size);
    }

    public boolean hasPrevious() {
        return index > 0;
    }

    public boolean hasNext() {
        return index < count - 1;
    }

    /** Position of the first item of this page among all, counting from 1; 0 when there are none. */
    public int first() {
        return items.isEmpty() ? 0 : index * size + 1;
    }

    /** Position of the last item of this page among all, counting from 1. */
    public int last() {
        return index * size + items.size();
    }
}
