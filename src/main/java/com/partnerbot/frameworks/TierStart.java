package com.partnerbot.frameworks;

import java.time.LocalDate;

/**
 * The tier a partnership is in and the day it began there. A re-assessment that keeps the tier keeps the day, so
 * "evaluate for Tier 2 after 6 months" stays six months after the Tier 1 start.
 */
public record TierStart(String tierId, LocalDate since) {}
