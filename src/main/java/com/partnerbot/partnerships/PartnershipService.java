package com.partnerbot.partnerships;

import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.PartnershipNameDao;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
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
        try {
            return jdbi.inTransaction(h -> createIn(h, teamId, createdBy, draft));
        } catch (UnableToExecuteStatementException e) {
            return raced(teamId, draft, e);
        }
    }

    /** Checks, then creates, within the caller's transaction: for actions that store more than the partnership. */
    CreateResult createIn(Handle h, String teamId, String createdBy, PartnershipDraft draft) {
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            return new CreateResult.Invalid(problems);
        }
        String name = draft.name().strip();
        PartnershipDao dao = h.attach(PartnershipDao.class);
        if (dao.findByName(teamId, name).isPresent()) {
            return duplicate(name);
        }
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
        dao.insert(partnership);
        return new CreateResult.Created(partnership);
    }

    /** The problems with a name before anything is stored: empty, too long, or taken in this workspace. */
    public Map<String, String> nameProblems(String teamId, PartnershipDraft draft) {
        Map<String, String> problems = new java.util.LinkedHashMap<>(draft.problems());
        if (!problems.containsKey(PartnershipDraft.NAME)
                && findByName(teamId, draft.name()).isPresent()) {
            problems.putAll(((CreateResult.Invalid) duplicate(draft.name().strip())).problems());
        }
        return problems;
    }

    /**
     * Two people creating the same name at once: the unique key refuses the second, which then gets the same
     * answer as a duplicate found by the check.
     */
    CreateResult raced(String teamId, PartnershipDraft draft, UnableToExecuteStatementException e) {
        if (draft.name() != null && findByName(teamId, draft.name()).isPresent()) {
            return duplicate(draft.name().strip());
        }
        throw e;
    }

    public Optional<Partnership> findById(String teamId, String id) {
        return jdbi.withExtension(PartnershipDao.class, dao -> dao.findById(teamId, id));
    }

    public Optional<Partnership> findByName(String teamId, String name) {
        return jdbi.withExtension(PartnershipDao.class, dao -> dao.findByName(teamId, name));
    }

    /**
     * The closest existing names to {@code typed}, a name that matches none (see {@link NameSuggestions}), ranked
     * from a bounded set of candidates, whatever the number of partnerships.
     */
    public List<String> suggestions(String teamId, String typed) {
        Set<String> candidates =
                jdbi.withExtension(PartnershipNameDao.class, dao -> NameCandidates.read(dao, teamId, typed));
        return NameSuggestions.closest(typed, List.copyOf(candidates));
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
