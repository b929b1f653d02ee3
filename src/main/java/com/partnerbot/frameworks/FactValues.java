package com.partnerbot.frameworks;

import com.partnerbot.playbook.FactField;
import com.partnerbot.playbook.InvestmentLevel;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.ValueSide;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The value of each named fact: text, a number of days or sides, a date, or null when not recorded. Value and exit
 * criteria answers that are placeholders ("tbd") are not recorded; commitments are judged as the verdict judges
 * them.
 */
final class FactValues {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_.]+)}");

    private final Playbook playbook;
    private final PartnershipFacts facts;
    private final Qualifier qualifier;
    private final Placeholders placeholders;

    FactValues(Playbook playbook, PartnershipFacts facts) {
        this.playbook = playbook;
        this.facts = facts;
        this.qualifier = new Qualifier(playbook);
        this.placeholders = new Placeholders(playbook);
    }

    Object value(FactField field) {
        return switch (field) {
            case LEVERAGE -> facts.leverage();
            case EXIT_CRITERIA -> placeholders.orNull(facts.exitCriteria());
            case VALUE_US -> placeholders.orNull(facts.valueBySide().get("us"));
            case VALUE_PARTNER -> placeholders.orNull(facts.valueBySide().get("partner"));
            case VALUE_CUSTOMERS -> placeholders.orNull(facts.valueBySide().get("customers"));
            case OUR_COMMITMENT -> facts.ourCommitment();
            case PARTNER_COMMITMENT -> facts.partnerCommitment();
            case COMMITTING_SIDES -> (long) committingSides();
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
            case DEPENDENCY -> facts.dependency();
            case VERDICT -> qualifier.verdictId(committingSides());
            case INVESTMENT -> investment();
            case VALUE_MISSING ->
                labels(qualifier.missingValue(facts.valueBySide()).stream()
                        .map(ValueSide::label)
                        .toList());
            case SIDES_NOT_COMMITTING -> sidesNotCommitting();
        };
    }

    /** A text with each {fact_name} replaced by that fact's value (nothing when not recorded). */
    String fill(String template) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = FactField.byName(m.group(1)).map(this::value).orElse(null);
            String text = value == null ? "" : value.toString().strip();
            m.appendReplacement(
                    out, Matcher.quoteReplacement(FactField.byName(m.group(1)).isPresent() ? text : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private int committingSides() {
        return (qualifier.commits(facts.ourCommitment(), facts.ourCommitmentNote()) ? 1 : 0)
                + (qualifier.commits(facts.partnerCommitment(), facts.partnerCommitmentNote()) ? 1 : 0);
    }

    /** The investment level the leverage earns, before anything bounds it. */
    private String investment() {
        return playbook.leverageType(
                        facts.leverage() == null ? null : facts.leverage().strip())
                .flatMap(t -> playbook.investmentLevel(t.investment()))
                .map(InvestmentLevel::id)
                .orElse(null);
    }

    private String sidesNotCommitting() {
        List<String> sides = new ArrayList<>();
        if (!qualifier.commits(facts.ourCommitment(), facts.ourCommitmentNote())) {
            sides.add(sideLabel(Qualifier.US));
        }
        if (!qualifier.commits(facts.partnerCommitment(), facts.partnerCommitmentNote())) {
            sides.add(sideLabel(Qualifier.PARTNER));
        }
        return labels(sides);
    }

    private String sideLabel(String sideId) {
        return playbook.value().sides().stream()
                .filter(s -> s.id().equals(sideId))
                .map(ValueSide::label)
                .findFirst()
                .orElse(sideId);
    }

    private static String labels(List<String> labels) {
        return labels.isEmpty() ? null : labels.stream().collect(Collectors.joining(", "));
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
