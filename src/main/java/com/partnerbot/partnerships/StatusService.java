package com.partnerbot.partnerships;

import com.partnerbot.store.Partnership;
import java.util.Optional;

/** Finds a partnership by the name a person typed, whatever its case, with its latest assessment. */
public final class StatusService {
    private final PartnershipService partnerships;
    private final AssessmentService assessments;

    public StatusService(PartnershipService partnerships, AssessmentService assessments) {
        this.partnerships = partnerships;
        this.assessments = assessments;
    }

    public PartnershipStatus status(String teamId, String name) {
        Optional<Partnership> found = partnerships.findByName(teamId, name);
        if (found.isPresent()) {
            Partnership p = found.get();
            return new PartnershipStatus.Found(p, assessments.latest(teamId, p.id()));
        }
        return new PartnershipStatus.Unknown(partnerships.suggestions(teamId, name));
    }
}
