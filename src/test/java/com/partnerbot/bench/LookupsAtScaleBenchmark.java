package com.partnerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.e2e.RunningApp;
import com.partnerbot.history.History;
import com.partnerbot.partnerships.NameSuggestions;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.LaunchDao;
import com.partnerbot.store.Partnership;
import com.partnerbot.testing.PartnerNames;
import com.partnerbot.testing.Payloads;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive paths that depend on how many partnerships a workspace has, at 10,000 partnerships
 * ({@code -Dbench.partnerships=N} for another count), on a real SQLite file: {@code /partner status} with a typo, a
 * page of {@code /partner history} of a partnership with a long record, and the acknowledgement of {@code /partner
 * new} (which opens its modal through the Slack stub first) next to {@code /partner help}'s. Each is timed over signed
 * HTTP and, for the first two, in process, with the way suggestions were made before (every name read and measured)
 * for comparison. {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=LookupsAtScaleBenchmark}.
 */
@Tag("benchmark")
class LookupsAtScaleBenchmark {
    private static final int PARTNERSHIPS = Integer.getInteger("bench.partnerships", 10_000);
    private static final int RECORD = 300;
    private static final int WARMUP = 50;
    private static final int MEASURED = 300;
    private static final String TEAM = "T0STUB";

    @TempDir
    Path dir;

    /** The {@code i}th name with its fourth letter left out. */
    private static String typo(int i) {
        String name = PartnerNames.name(1 + (i * 37) % PARTNERSHIPS);
        return name.substring(0, 3) + name.substring(4);
    }

    private static void time(String what, IntConsumer run) {
        for (int i = 0; i < WARMUP; i++) {
            run.accept(i);
        }
        long[] micros = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            run.accept(WARMUP + i);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Questionnaires.report(what + " at " + PARTNERSHIPS + " partnerships", micros);
    }

    @Test
    void statusTypoHistoryPageAndNewAcknowledgement() throws Exception {
        try (RunningApp app = RunningApp.http(dir)) {
            var jdbi = app.wiring.database().jdbi();
            PartnerNames.insert(jdbi, TEAM, PartnerNames.names(PARTNERSHIPS));
            String lastStep = Questionnaires.answerUpToTheLastStep(app, "Long Record Ltd");
            app.signed.postInteraction(
                    app.events,
                    Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, lastStep, "U1")
                            .text(SlackIds.EXIT_BLOCK, "End if no joint deal by week 8")
                            .json());
            Partnership longRecord =
                    app.partnerships().findByName(TEAM, "Long Record Ltd").orElseThrow();
            LaunchDao activity = jdbi.onDemand(LaunchDao.class);
            for (int i = 0; i < RECORD; i++) {
                activity.addActivity(
                        TEAM,
                        "a" + i,
                        longRecord.id(),
                        "2026-09-01",
                        "Call " + i,
                        "U2",
                        Instant.parse("2026-09-01T10:00:00Z").plusSeconds(i).toEpochMilli());
            }
            var partnerships = new PartnershipService(jdbi, app.clock);
            assertThat(partnerships.suggestions(TEAM, typo(0))).first().isEqualTo(PartnerNames.name(1));

            time("/partner status with a typo, ack over HTTP", i -> assertThat(app.signed
                            .postCommand(app.events, "/partner", "status " + typo(i), "U1", "C1")
                            .body())
                    .contains("Did you mean"));
            time("suggestions for a typo, in process", i -> partnerships.suggestions(TEAM, typo(i)));
            time(
                    "suggestions for a typo as before (every name read and measured), in process",
                    i -> NameSuggestions.closest(
                            typo(i),
                            partnerships.list(TEAM).stream()
                                    .map(Partnership::name)
                                    .toList()));

            var history = new History(jdbi, PlaybookLoader.loadDefault());
            time("/partner history (first page of " + (RECORD + 1) + " entries), ack over HTTP", i -> assertThat(
                            app.signed
                                    .postCommand(app.events, "/partner", "history Long Record Ltd", "U1", "C1")
                                    .body())
                    .contains("page 1 of"));
            time("history page query, first page, in process", i -> history.page(TEAM, longRecord.id(), 0, 10));
            time("history page query, last page, in process", i -> history.page(TEAM, longRecord.id(), 30, 10));

            time(
                    "/partner help, ack over HTTP",
                    i -> app.signed.postCommand(app.events, "/partner", "help", "U1", "C1"));
            time("/partner new (draft insert, then views.open), ack over HTTP", i -> assertThat(app.signed
                            .postCommand(app.events, "/partner", "new Partner " + i, "U1", "C1")
                            .statusCode())
                    .isEqualTo(200));
        }
    }
}
