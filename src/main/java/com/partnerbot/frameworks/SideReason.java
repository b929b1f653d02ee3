package com.partnerbot.frameworks;

/**
 * What one side would lose if the partnership fails. {@code kindId} is empty when the side has not answered or
 * picked a kind the playbook does not know.
 */
public record SideReason(
        String sideId, String sideLabel, String kindId, String kindLabel, boolean commits, String reason) {}
