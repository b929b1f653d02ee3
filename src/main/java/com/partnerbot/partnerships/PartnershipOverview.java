package com.partnerbot.partnerships;

import com.partnerbot.store.Partnership;
import java.util.Optional;

/** A partnership with its latest assessment, if it has one: a row of {@code /partner list}. */
public record PartnershipOverview(Partnership partnership, Optional<StoredAssessment> latest) {}
