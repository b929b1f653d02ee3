package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.PlaybookLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own playbook changes what the bot asks: the modal's wording comes from the file, not the code. */
class TeamPlaybookEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void theQuestionnaireAsksInTheTeamsOwnWords() throws Exception {
        String yaml = PlaybookLoader.defaultYaml()
                .replace(
                        "loss_question: \"If this partnership fails, what does each side lose?\"",
                        "loss_question: \"Walk-away cost for each side?\"")
                .replace("label: Dedicated engineering team", "label: Engineers assigned full time");
        try (RunningApp app = RunningApp.http(dir, PlaybookLoader.parse(yaml, "ours.yml"))) {
            var q = QuestionnaireDriver.open(app, "new Acme").basics("Acme", "C1", "U1");
            assertThat(q.view().toString())
                    .contains("Walk-away cost for each side?")
                    .contains("Engineers assigned full time")
                    .doesNotContain("If this partnership fails");
        }
    }
}
