package com.partnerbot.slack.launch;

/** The callback and block ids of the launch plan form and the activity form. */
public final class LaunchIds {
    private LaunchIds() {}

    public static final String VIEW = "launch_plan";
    public static final String ACTIVITY_VIEW = "activity";

    public static final String DATE_BLOCK = "launch_date";
    public static final String OUR_OWNER_BLOCK = "launch_our_owner";
    public static final String PARTNER_OWNER_BLOCK = "launch_partner_owner";
    public static final String PATHWAY_BLOCK = "launch_pathway";
    public static final String TIME_ZONE_BLOCK = "launch_time_zone";
    public static final String REMIND_AT_BLOCK = "launch_remind_at";
    public static final String ACTIVITY_BLOCK = "activity_note";
}
