package com.partnerbot.charter;

import com.partnerbot.frameworks.PartnershipFacts;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.partnerships.StoredAssessment;
import com.partnerbot.playbook.CharterField;
import com.partnerbot.playbook.CharterSection;
import com.partnerbot.playbook.FactField;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.store.LaunchPlanRow;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The facts the frameworks test, read from the one record a partnership has: its latest assessment's answers, then
 * the charter's fields that {@code records} a fact (a charter's exit criteria replace the assessment's), and how many
 * sides signed the current version.
 */
final class CharterFacts {
    private final Playbook playbook;

    CharterFacts(Playbook playbook) {
        this.playbook = playbook;
    }

    PartnershipFacts facts(
            LocalDate today, Optional<StoredAssessment> assessment, Optional<CharterVersion> charter, int signatures) {
        return facts(today, assessment, charter, signatures, Optional.empty(), Optional.empty());
    }

    /**
     * The facts with the launch plan's on top: its launch date, launch owners and integration pathway replace what
     * the charter says (the plan is what the reminders follow), and the last recorded activity counts the silence.
     */
    PartnershipFacts facts(
            LocalDate today,
            Optional<StoredAssessment> assessment,
            Optional<CharterVersion> charter,
            int signatures,
            Optional<LaunchPlanRow> plan,
            Optional<LocalDate> lastActivity) {
        PartnershipFacts.Builder facts = PartnershipFacts.builder(today)
                .tiersConfigured(playbook.tiers().size())
                .charterSignatures(signatures);
        assessment.ifPresent(a -> {
            QuestionnaireAnswers answers = a.answers();
            facts.leverage(answers.leverage())
                    .exitCriteria(answers.exitCriteria())
                    .valueBySide(answers.valueBySide())
                    .commitments(answers.ourCommitment(), answers.partnerCommitment())
                    .dependencyAnswer(answers.dependencyAnswer())
                    .tier(a.summary().tierId());
        });
        charter.ifPresent(c -> recorded(facts, c));
        plan.ifPresent(p -> facts.launchDate(p.launchDate())
                .launchOwners(p.ourOwnerUserId(), blankToNull(p.partnerOwner()))
                .integrationPathway(blankToNull(p.integrationPathway())));
        lastActivity.ifPresent(facts::lastPostLaunchActivity);
        return facts.build();
    }

    private void recorded(PartnershipFacts.Builder facts, CharterVersion charter) {
        String ourOwner = null;
        String partnerOwner = null;
        for (CharterSection section : playbook.charter().sections()) {
            for (CharterField field : section.fields()) {
                String value = charter.text(field.id());
                if (field.records() == null || value == null) {
                    continue;
                }
                switch (FactField.byName(field.records()).orElseThrow()) {
                    case EXIT_CRITERIA -> facts.exitCriteria(value);
                    case INTEGRATION_PATHWAY -> facts.integrationPathway(value);
                    case SUCCESS_MEASURES -> facts.successMeasures(value);
                    case LAUNCH_OWNER_US -> ourOwner = value;
                    case LAUNCH_OWNER_PARTNER -> partnerOwner = value;
                    case LAUNCH_DATE -> date(value).ifPresent(facts::launchDate);
                    default -> {
                        // The playbook check allows no other fact here.
                    }
                }
            }
        }
        facts.launchOwners(ourOwner, partnerOwner);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
