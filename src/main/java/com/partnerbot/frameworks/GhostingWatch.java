package com.partnerbot.frameworks;

import com.partnerbot.playbook.AntiPattern;
import com.partnerbot.playbook.Condition;
import com.partnerbot.playbook.FactField;
import com.partnerbot.playbook.Playbook;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Framework 10's "ghosting after launch", watched ahead of time: the day silence since launch (or since the last
 * recorded activity, whichever is later) first exceeds the playbook's threshold is the day the warning is due. The
 * threshold is the playbook's: an enabled anti-pattern whose only test is {@code days_since_post_launch_activity
 * above N}. A playbook without one watches nothing.
 */
public final class GhostingWatch {
    /** The key of a watch: the date silence counts from, so one episode is warned about once. */
    public static final String KEY = "ghosting@";

    private final AntiPattern pattern;
    private final int threshold;

    private GhostingWatch(AntiPattern pattern, int threshold) {
        this.pattern = pattern;
        this.threshold = threshold;
    }

    public static Optional<GhostingWatch> of(Playbook playbook) {
        for (AntiPattern p : playbook.antiPatterns()) {
            if (!p.enabled() || p.detect().size() != 1) {
                continue;
            }
            Condition c = p.detect().get(0);
            boolean silence = FactField.byName(c.field()).orElse(null) == FactField.DAYS_SINCE_POST_LAUNCH_ACTIVITY;
            if (silence && c.above() != null && c.above().strip().matches("\\d{1,4}")) {
                return Optional.of(
                        new GhostingWatch(p, Integer.parseInt(c.above().strip())));
            }
        }
        return Optional.empty();
    }

    public int threshold() {
        return threshold;
    }

    public AntiPattern pattern() {
        return pattern;
    }

    /** The date silence counts from: launch day, or the last activity recorded on or after it. */
    public static LocalDate silentSince(LocalDate launch, Optional<LocalDate> lastActivity) {
        return lastActivity.filter(d -> d.isAfter(launch)).orElse(launch);
    }

    /** The warning due the first day silence exceeds the threshold, in the playbook's words. */
    public PlannedReminder next(LocalDate launch, Optional<LocalDate> lastActivity) {
        LocalDate since = silentSince(launch, lastActivity);
        int days = threshold + 1;
        String reason = pattern.reason()
                .replace("{value}", Integer.toString(days))
                .replace("{limit}", Integer.toString(threshold));
        return PlannedReminder.on(ReminderKind.GHOSTING, KEY + since, reason, since.plusDays(days));
    }
}
