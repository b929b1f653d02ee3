package com.partnerbot.portfolio;

/**
 * A page of a workspace's partnerships as {@code userId} asks for it ({@code mine} means theirs): filtered, sorted,
 * the page index counting from 0 (clamped to the pages there are), {@code size} to a page.
 */
public record PortfolioQuery(
        String teamId, String userId, PortfolioFilter filter, PortfolioSort sort, int page, int size) {
    public PortfolioQuery {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
    }
}
