package com.partnerbot.partnerships;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerbot.store.DraftDao;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Questionnaires in progress. A draft belongs to the person who opened it. Opening one is a single insert, made
 * while Slack's trigger is fresh; drafts left untouched for a week are removed by {@link #removeAbandoned}, which the
 * application runs every {@link #SWEEP_EVERY}, away from any request.
 */
public final class DraftService {
    static final Duration ABANDONED_AFTER = Duration.ofDays(7);
    public static final Duration SWEEP_EVERY = Duration.ofHours(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public DraftService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void open(String teamId, String draftId, String userId, String partnershipId, QuestionnaireAnswers answers) {
        String written = write(answers);
        jdbi.useExtension(
                DraftDao.class, dao -> dao.insert(teamId, draftId, userId, partnershipId, written, clock.millis()));
    }

    /** Removes the drafts nobody touched for {@link #ABANDONED_AFTER}, one workspace at a time; returns how many. */
    public int removeAbandoned() {
        long before = clock.millis() - ABANDONED_AFTER.toMillis();
        return jdbi.withExtension(DraftDao.class, dao -> {
            int removed = 0;
            for (String teamId : dao.workspacesWithStale(before)) {
                removed += dao.deleteStale(teamId, before);
            }
            return removed;
        });
    }

    /** Saves a step's answers; false when the draft is gone (finished, abandoned, or someone else's). */
    public boolean save(String teamId, String draftId, String userId, QuestionnaireAnswers answers) {
        return jdbi.withExtension(
                        DraftDao.class, dao -> dao.update(teamId, draftId, userId, write(answers), clock.millis()))
                > 0;
    }

    /** Removes a draft whose modal never opened. */
    public void discard(String teamId, String draftId) {
        jdbi.useExtension(DraftDao.class, dao -> dao.delete(teamId, draftId));
    }

    public Optional<QuestionnaireAnswers> load(String teamId, String draftId, String userId) {
        return jdbi.withExtension(DraftDao.class, dao -> dao.answers(teamId, draftId, userId))
                .map(this::read);
    }

    private String write(QuestionnaireAnswers answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private QuestionnaireAnswers read(String raw) {
        try {
            return json.readValue(raw, QuestionnaireAnswers.class);
        } catch (JsonProcessingException e) {
            return QuestionnaireAnswers.empty();
        }
    }
}
