package com.partnerbot.portfolio;

/** Where a person left their Home tab's list: its filter and page. */
public record HomeState(PortfolioFilter filter, int page) {
    public static final HomeState START = new HomeState(PortfolioFilter.ALL, 0);
}
