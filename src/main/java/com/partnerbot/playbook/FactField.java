package com.partnerbot.playbook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The recorded facts of a partnership that conditions may test, by their YAML names. The list is fixed in code
 * because each name needs a value; which facts are tested, and how, is playbook data.
 */
public enum FactField {
    LEVERAGE("leverage"),
    EXIT_CRITERIA("exit_criteria"),
    VALUE_US("value.us"),
    VALUE_PARTNER("value.partner"),
    VALUE_CUSTOMERS("value.customers"),
    OUR_COMMITMENT("our_commitment"),
    PARTNER_COMMITMENT("partner_commitment"),
    COMMITTING_SIDES("committing_sides"),
    TIER("tier"),
    TIERS_CONFIGURED("tiers_configured"),
    LAUNCH_DATE("launch_date"),
    DAYS_SINCE_LAUNCH("days_since_launch"),
    DAYS_SINCE_POST_LAUNCH_ACTIVITY("days_since_post_launch_activity"),
    INTEGRATION_PATHWAY("integration_pathway"),
    LAUNCH_OWNER_US("launch_owner_us"),
    LAUNCH_OWNER_PARTNER("launch_owner_partner"),
    CHARTER_SIGNATURES("charter_signatures"),
    SUCCESS_MEASURES("success_measures"),
    DEPENDENCY_ANSWER("dependency_answer"),
    DEPENDENCY("dependency"),
    VERDICT("verdict"),
    INVESTMENT("investment"),
    VALUE_MISSING("value_missing"),
    SIDES_NOT_COMMITTING("sides_not_committing");

    private final String yamlName;

    FactField(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<FactField> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.yamlName.equals(name)).findFirst();
    }
}
