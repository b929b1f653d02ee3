package com.partnerbot.charter;

import java.time.Instant;

/** A checklist item ticked or unticked by hand: by whom and when. */
public record Tick(int seq, String checklistId, String itemId, boolean ticked, String userId, Instant at) {}
