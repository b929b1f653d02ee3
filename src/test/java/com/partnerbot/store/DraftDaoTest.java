package com.partnerbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.testing.QueryPlans;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnEachDatabase
class DraftDaoTest {
    @Parameter
    TestDatabases.Kind kind;

    @Test
    void abandonedDraftsAreFoundThroughAnIndexNotByReadingEveryDraft(@TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            assertThat(QueryPlans.of(
                            db.dataSource(), "DELETE FROM questionnaire_draft WHERE team_id = ? AND updated_at < ?"))
                    .containsExactly(
                            "SEARCH questionnaire_draft USING INDEX questionnaire_draft_updated (team_id=? AND updated_at<?)");
            assertThat(QueryPlans.of(
                            db.dataSource(), "SELECT DISTINCT team_id FROM questionnaire_draft WHERE updated_at < ?"))
                    .allMatch(step -> !step.startsWith("SCAN questionnaire_draft")
                            || step.contains("COVERING INDEX questionnaire_draft_updated"));
        }
    }
}
