package com.partnerbot.store;

import java.time.Instant;

/**
 * One stored program decision. {@code answersJson} holds the answers on the path taken, by node id; the outcome's
 * label and the path explanation are kept in the words of the playbook used at the time.
 */
public record ProgramDecisionRow(
        String teamId,
        String id,
        String treeKey,
        String answersJson,
        String outcomeId,
        String outcomeLabel,
        String pathExplanation,
        String channelId,
        String decidedBy,
        Instant decidedAt,
        String playbookId,
        String playbookVersion) {}
