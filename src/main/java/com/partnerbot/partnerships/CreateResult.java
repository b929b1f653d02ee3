package com.partnerbot.partnerships;

import com.partnerbot.store.Partnership;
import java.util.Map;

/** The outcome of creating a partnership: stored, or refused with a message per field. */
public sealed interface CreateResult {
    record Created(Partnership partnership) implements CreateResult {}

    record Invalid(Map<String, String> problems) implements CreateResult {}
}
