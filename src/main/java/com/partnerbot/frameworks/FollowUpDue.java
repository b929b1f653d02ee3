package com.partnerbot.frameworks;

import java.time.LocalDate;

/** A follow-up of a decision with its date, e.g. "Evaluate for Tier 2" six months after today. */
public record FollowUpDue(String id, String label, LocalDate due) {}
