package com.partnerbot.partnerships;

import com.partnerbot.store.Partnership;
import java.util.List;
import java.util.Optional;

/** What {@code status NAME} found: the partnership with its latest assessment if any, or the closest names. */
public sealed interface PartnershipStatus {

    record Found(Partnership partnership, Optional<StoredAssessment> latest) implements PartnershipStatus {}

    /** No partnership has that name; {@code suggestions} are the closest existing names, possibly none. */
    record Unknown(List<String> suggestions) implements PartnershipStatus {}
}
