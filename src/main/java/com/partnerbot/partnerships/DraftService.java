package com.partnerbot.partnerships;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerbot.store.DraftDao;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Questionnaires in progress. A draft belongs to the person who opened it; drafts left untouched for a week are
 * removed when the same workspace opens a new one.
 */
public final class DraftService {
    static final Duration ABANDONED_AFTER = Duration.ofDays(7);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public DraftService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void open(String teamId, String draftId, String userId, String partnershipId, QuestionnaireAnswers answers) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            DraftDao dao = h.attach(DraftDao.class);
            dao.deleteStale(teamId, now - ABANDONED_AFTER.toMillis());
            dao.insert(teamId, draftId, userId, partnershipId, write(answers), now);
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
