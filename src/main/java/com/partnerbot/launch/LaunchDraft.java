package com.partnerbot.launch;

/**
 * A launch plan as a person entered it, not yet checked: the launch date ({@code yyyy-mm-dd}), our launch owner (a
 * Slack user id), the partner's launch owner (a name), the integration pathway, the time zone (e.g.
 * {@code America/New_York}) and the time of day reminders are posted ({@code HH:mm}).
 */
public record LaunchDraft(
        String launchDate,
        String ourOwnerUserId,
        String partnerOwner,
        String integrationPathway,
        String timeZone,
        String remindAt) {
    public static final String LAUNCH_DATE = "launch_date";
    public static final String OUR_OWNER = "our_owner";
    public static final String PARTNER_OWNER = "partner_owner";
    public static final String PATHWAY = "integration_pathway";
    public static final String TIME_ZONE = "time_zone";
    public static final String REMIND_AT = "remind_at";

    public static final int PARTNER_OWNER_MAX = 200;
    public static final int PATHWAY_MAX = 1000;
}
