package com.partnerbot.store;

import java.time.Instant;

/** One partnership as stored: the basics a team gives when it starts working a partner. */
public record Partnership(
        String teamId,
        String id,
        String name,
        String channelId,
        String ownerUserId,
        String description,
        String createdBy,
        Instant createdAt) {}
