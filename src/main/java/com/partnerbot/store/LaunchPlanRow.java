package com.partnerbot.store;

import java.time.Instant;
import java.time.LocalDate;

/** A partnership's launch plan as stored; {@code remindAt} is the local time of day, {@code HH:mm}. */
public record LaunchPlanRow(
        String teamId,
        String partnershipId,
        int version,
        LocalDate launchDate,
        String ourOwnerUserId,
        String partnerOwner,
        String integrationPathway,
        String timeZone,
        String remindAt,
        String updatedBy,
        Instant updatedAt) {}
