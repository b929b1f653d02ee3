package com.partnerbot.frameworks;

import com.partnerbot.playbook.CommitmentKind;
import com.partnerbot.playbook.FactField;
import com.partnerbot.playbook.Playbook;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The value of each named fact: text, a number of days or sides, a date, or null when not recorded. */
final class FactValues {
    private final Playbook playbook;
    private final PartnershipFacts facts;

    FactValues(Playbook playbook, PartnershipFacts facts) {
        this.playbook = playbook;
        this.facts = facts;
    }

    Object value(FactField field) {
        return switch (field) {
            case LEVERAGE -> facts.leverage();
            case EXIT_CRITERIA -> facts.exitCriteria();
            case VALUE_US -> facts.valueBySide().get("us");
            case VALUE_PARTNER -> facts.valueBySide().get("partner");
            case VALUE_CUSTOMERS -> facts.valueBySide().get("customers");
            case OUR_COMMITMENT -> facts.ourCommitment();
            case PARTNER_COMMITMENT -> facts.partnerCommitment();
            case COMMITTING_SIDES -> (long) (commits(facts.ourCommitment()) + commits(facts.partnerCommitment()));
            case TIER -> facts.tier();
            case TIERS_CONFIGURED -> (long) facts.tiersConfigured();
            case LAUNCH_DATE -> facts.launchDate().orElse(null);
            case DAYS_SINCE_LAUNCH ->
                facts.launchDate().map(this::daysUntilToday).orElse(null);
            case DAYS_SINCE_POST_LAUNCH_ACTIVITY -> daysSincePostLaunchActivity();
            case INTEGRATION_PATHWAY -> facts.integrationPathway();
            case LAUNCH_OWNER_US -> facts.ourLaunchOwner();
            case LAUNCH_OWNER_PARTNER -> facts.partnerLaunchOwner();
            case CHARTER_SIGNATURES -> (long) facts.charterSignatures();
            case SUCCESS_MEASURES -> facts.successMeasures();
            case DEPENDENCY_ANSWER -> facts.dependencyAnswer();
        };
    }

    private int commits(String kindId) {
        return playbook.qualification()
                        .commitmentKind(kindId)
                        .map(CommitmentKind::commits)
                        .orElse(false)
                ? 1
                : 0;
    }

    private long daysUntilToday(LocalDate from) {
        return ChronoUnit.DAYS.between(from, facts.today());
    }

    /** Only after launch; with no activity recorded yet, silence is counted from launch day. */
    private Long daysSincePostLaunchActivity() {
        LocalDate launch = facts.launchDate().orElse(null);
        if (launch == null || launch.isAfter(facts.today())) {
            return null;
        }
        LocalDate last =
                facts.lastPostLaunchActivity().filter(d -> !d.isBefore(launch)).orElse(launch);
        return daysUntilToday(last);
    }
}
