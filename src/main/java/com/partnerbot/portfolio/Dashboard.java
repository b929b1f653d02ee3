package com.partnerbot.portfolio;

/**
 * The Home tab's content for one person: the program's overview, their own partnerships (as owner), and the page of
 * the list they chose.
 */
public record Dashboard(TeamOverview team, PortfolioPage mine, PortfolioPage list) {}
