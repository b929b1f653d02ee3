package com.partnerbot.partnerships;

import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Creates and finds partnerships of a workspace; each action is one transaction. */
public final class PartnershipService {
    private final Jdbi jdbi;
    private final Clock clock;

    public PartnershipService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public CreateResult create(String teamId, String createdBy, PartnershipDraft draft) {
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            return new CreateResult.Invalid(problems);
        }
        String name = draft.name().strip();
        Partnership partnership = new Partnership(
                teamId,
                UUID.randomUUID().toString(),
                name,
                draft.channelId(),
                draft.ownerUserId(),
                draft.description() == null || draft.description().isBlank()
                        ? null
                        : draft.description().strip(),
                createdBy,
                Instant.ofEpochMilli(clock.millis()));
        try {
            return jdbi.inTransaction(h -> {
                PartnershipDao dao = h.attach(PartnershipDao.class);
                if (dao.findByName(teamId, name).isPresent()) {
                    return duplicate(name);
                }
                dao.insert(partnership);
                return new CreateResult.Created(partnership);
            });
        } catch (UnableToExecuteStatementException e) {
            // Two people creating the same name at once: the unique key refuses the second.
            if (jdbi.withExtension(PartnershipDao.class, dao -> dao.findByName(teamId, name))
                    .isPresent()) {
                return duplicate(name);
            }
            throw e;
        }
    }

    public Optional<Partnership> findByName(String teamId, String name) {
        return jdbi.withExtension(PartnershipDao.class, dao -> dao.findByName(teamId, name));
    }

    public List<Partnership> list(String teamId) {
        return jdbi.withExtension(PartnershipDao.class, dao -> dao.listByTeam(teamId));
    }

    private static CreateResult duplicate(String name) {
        return new CreateResult.Invalid(Map.of(
                PartnershipDraft.NAME,
                "A partnership named \"" + name + "\" already exists here. Pick another name, or run /partner"
                        + " status " + name + "."));
    }
}
