package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /partner new} stores its draft with one insert before the modal opens; questionnaires left for a week are
 * removed by the hourly sweep, not by the next person who opens one.
 */
class AbandonedDraftsEndToEndTest {
    @TempDir
    Path dir;

    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.http(dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private int drafts() {
        return app.wiring.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM questionnaire_draft")
                .mapTo(Integer.class)
                .one());
    }

    @Test
    void aQuestionnaireLeftForAWeekIsRemovedByTheSweepAndSaysSoWhenSubmitted() throws Exception {
        var abandoned = QuestionnaireDriver.open(app, "new Acme");
        assertThat(abandoned.view().path("title").path("text").asText()).isNotBlank();
        assertThat(drafts()).isEqualTo(1);

        app.clock.advance(Duration.ofDays(7).plusMinutes(1));
        var fresh = QuestionnaireDriver.open(app, "new Globex");
        // Opening one no longer clears the old ones on the way.
        assertThat(drafts()).isEqualTo(2);

        app.work.tick();

        assertThat(drafts()).isEqualTo(1);
        abandoned.basics("Acme", "C1", "U1");
        assertThat(abandoned.lastBody().toString()).contains("no longer open");
        fresh.basics("Globex", "C1", "U1");
        assertThat(fresh.view().toString()).contains("Step 2 of 5");
    }
}
