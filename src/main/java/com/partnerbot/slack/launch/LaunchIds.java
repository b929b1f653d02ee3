package com.partnerbot.slack.launch;

/** The callback and block ids of the launch plan form and the activity form. */
final class LaunchIds {
    private LaunchIds() {}

    static final String VIEW = "launch_plan";
    static final String ACTIVITY_VIEW = "activity";

    static final String DATE_BLOCK = "launch_date";
    static final String OUR_OWNER_BLOCK = "launch_our_owner";
    static final String PARTNER_OWNER_BLOCK = "launch_partner_owner";
    static final String PATHWAY_BLOCK = "launch_pathway";
    static final String TIME_ZONE_BLOCK = "launch_time_zone";
    static final String REMIND_AT_BLOCK = "launch_remind_at";
    static final String ACTIVITY_BLOCK = "activity_note";
}
