package com.partnerbot.frameworks;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What a partnership has recorded, as anti-patterns and checklists see it. Text fields may be null or blank
 * (not recorded); {@code today} anchors the day counts. Build one with {@link #builder(LocalDate)}.
 */
public record PartnershipFacts(
        String leverage,
        String exitCriteria,
        Map<String, String> valueBySide,
        String ourCommitment,
        String ourCommitmentNote,
        String partnerCommitment,
        String partnerCommitmentNote,
        String tier,
        int tiersConfigured,
        Optional<LocalDate> launchDate,
        Optional<LocalDate> lastPostLaunchActivity,
        String integrationPathway,
        String ourLaunchOwner,
        String partnerLaunchOwner,
        int charterSignatures,
        String successMeasures,
        String dependencyAnswer,
        String dependency,
        LocalDate today) {

    public PartnershipFacts {
        valueBySide = valueBySide == null ? Map.of() : Map.copyOf(valueBySide);
        launchDate = launchDate == null ? Optional.empty() : launchDate;
        lastPostLaunchActivity = lastPostLaunchActivity == null ? Optional.empty() : lastPostLaunchActivity;
    }

    public static Builder builder(LocalDate today) {
        return new Builder(today);
    }

    /** Fills the facts a caller has; the rest stay unrecorded. */
    public static final class Builder {
        private final LocalDate today;
        private String leverage;
        private String exitCriteria;
        private Map<String, String> valueBySide = Map.of();
        private String ourCommitment;
        private String ourCommitmentNote;
        private String partnerCommitment;
        private String partnerCommitmentNote;
        private String tier;
        private int tiersConfigured;
        private LocalDate launchDate;
        private LocalDate lastPostLaunchActivity;
        private String integrationPathway;
        private String ourLaunchOwner;
        private String partnerLaunchOwner;
        private int charterSignatures;
        private String successMeasures;
        private String dependencyAnswer;
        private String dependency;

        private Builder(LocalDate today) {
            this.today = today;
        }

        public Builder leverage(String value) {
            leverage = value;
            return this;
        }

        public Builder exitCriteria(String value) {
            exitCriteria = value;
            return this;
        }

        public Builder valueBySide(Map<String, String> value) {
            valueBySide = value;
            return this;
        }

        public Builder commitments(String ours, String partners) {
            ourCommitment = ours;
            partnerCommitment = partners;
            return this;
        }

        /** The notes with the commitment kinds: a kind that needs describing counts only with its note. */
        public Builder commitmentNotes(String ours, String partners) {
            ourCommitmentNote = ours;
            partnerCommitmentNote = partners;
            return this;
        }

        public Builder tier(String value) {
            tier = value;
            return this;
        }

        public Builder tiersConfigured(int value) {
            tiersConfigured = value;
            return this;
        }

        public Builder launchDate(LocalDate value) {
            launchDate = value;
            return this;
        }

        public Builder lastPostLaunchActivity(LocalDate value) {
            lastPostLaunchActivity = value;
            return this;
        }

        public Builder integrationPathway(String value) {
            integrationPathway = value;
            return this;
        }

        public Builder launchOwners(String ours, String partners) {
            ourLaunchOwner = ours;
            partnerLaunchOwner = partners;
            return this;
        }

        public Builder charterSignatures(int value) {
            charterSignatures = value;
            return this;
        }

        public Builder successMeasures(String value) {
            successMeasures = value;
            return this;
        }

        /** The note with the partner's answer to "what happens to you?". */
        public Builder dependencyAnswer(String value) {
            dependencyAnswer = value;
            return this;
        }

        /** The id of the partner's answer to "what happens to you?", one of the playbook's. */
        public Builder dependency(String value) {
            dependency = value;
            return this;
        }

        public PartnershipFacts build() {
            return new PartnershipFacts(
                    leverage,
                    exitCriteria,
                    valueBySide,
                    ourCommitment,
                    ourCommitmentNote,
                    partnerCommitment,
                    partnerCommitmentNote,
                    tier,
                    tiersConfigured,
                    Optional.ofNullable(launchDate),
                    Optional.ofNullable(lastPostLaunchActivity),
                    integrationPathway,
                    ourLaunchOwner,
                    partnerLaunchOwner,
                    charterSignatures,
                    successMeasures,
                    dependencyAnswer,
                    dependency,
                    today);
        }
    }
}
