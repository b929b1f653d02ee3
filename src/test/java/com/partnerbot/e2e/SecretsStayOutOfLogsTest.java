package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.SlackStub;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A full flow with failures (which log the most), and no log line may carry a token or the signing secret. */
class SecretsStayOutOfLogsTest {
    @TempDir
    Path dir;

    @Test
    void noLogLineCarriesATokenOrTheSigningSecret() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
        try (RunningApp app = RunningApp.http(dir)) {
            app.command("help");
            app.command("nonsense");
            app.slack.failNext("views.open", "expired_trigger_id");
            app.command("new Acme");
            app.slack.rateLimitNext("chat.postMessage", 1).channel("C9", "private", true, false);
            app.interaction(Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, "{broken", "U1")
                    .text(SlackIds.NAME_BLOCK, "Acme")
                    .json());
            QuestionnaireDriver.open(app, "new Acme")
                    .basics("Acme", "C9", "U1")
                    .qualification("nothing", "nothing", "x")
                    .value("a", "", "")
                    .leverageAndTier("co_marketing", java.util.Map.of("self_serve", "yes"))
                    .exit("");
            app.work.runAll();
        } finally {
            root.detachAppender(appender);
        }
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null
                            ? ""
                            : event.getThrowableProxy().getMessage());
            assertThat(line)
                    .doesNotContain(SlackStub.BOT_TOKEN)
                    .doesNotContain(SlackStub.APP_TOKEN)
                    .doesNotContain(RunningApp.SIGNING_SECRET);
        }
    }
}
