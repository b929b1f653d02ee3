package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.StubWorkspaces;
import com.partnerbot.workspaces.Installations;
import com.partnerbot.workspaces.TokenCipher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A full flow with failures (which log the most), and no log line may carry a token or the signing secret. */
class SecretsStayOutOfLogsTest {
    @TempDir
    Path dir;

    @Test
    void noLogLineCarriesATokenOrTheSigningSecret() throws Exception {
        ListAppender<ILoggingEvent> appender = listen();
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
            stop(appender);
        }
        assertNoLineContains(appender, SlackStub.BOT_TOKEN, SlackStub.APP_TOKEN, RunningApp.SIGNING_SECRET);
    }

    /**
     * Installs for many workspaces, with every way an install can fail, an uninstall and a stored token that does not
     * open: neither a bot token, nor the client secret, the state secret, the token key or a state is in the log.
     */
    @Test
    void manyWorkspacesLogNoTokenSecretKeyOrState() throws Exception {
        ListAppender<ILoggingEvent> appender = listen();
        List<String> states = new ArrayList<>();
        String token = "xoxb-workspace-secret-token";
        try (RunningApp app = RunningApp.manyWorkspaces(dir)) {
            app.slack.workspaces().code("code-1", token, StubWorkspaces.Workspace.team("T0ONE", "One"), "U1");
            var browser = new ManyWorkspaces.Browser(app);
            browser.openInstallPage();
            states.add(browser.state());
            browser.returnWith("code=code-1&state=" + browser.state() + "x");
            browser.returnWith("error=access_denied&state=" + browser.state());
            browser.returnWithCode("code-unknown");
            browser.openInstallPage();
            states.add(browser.state());
            browser.returnWithCode("code-1");
            app.actAs(ManyWorkspaces.Team.workspace("T0ONE"));
            app.slack.failNext("views.open", "expired_trigger_id");
            app.command("new Acme");
            app.signed.postEvent(app.events, ManyWorkspaces.appUninstalled("T0ONE", null));
            app.command("list");
            app.work.runAll();
            // A token stored under another key: said in the log, without the token.
            app.slack.workspaces().code("code-2", token, StubWorkspaces.Workspace.team("T0TWO", "Two"), "U1");
            new ManyWorkspaces.Browser(app).install("code-2");
            new Installations(
                            app.wiring.database().jdbi(),
                            TokenCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[32])),
                            app.clock)
                    .find(null, "T0TWO");
        } finally {
            stop(appender);
        }
        assertThat(appender.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .contains("The installation in T0TWO cannot be used"));
        List<String> secrets = new ArrayList<>(List.of(
                token,
                ManyWorkspaces.CLIENT_SECRET,
                ManyWorkspaces.STATE_SECRET,
                ManyWorkspaces.TOKEN_KEY,
                RunningApp.SIGNING_SECRET));
        states.forEach(state -> secrets.add(state.substring(0, state.indexOf('.'))));
        assertNoLineContains(appender, secrets.toArray(String[]::new));
    }

    private static ListAppender<ILoggingEvent> listen() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return appender;
    }

    private static void stop(ListAppender<ILoggingEvent> appender) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    }

    private static void assertNoLineContains(ListAppender<ILoggingEvent> appender, String... secrets) {
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            StringBuilder line = new StringBuilder(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                line.append('\n').append(t.getMessage());
            }
            for (String secret : secrets) {
                assertThat(line.toString()).doesNotContain(secret);
            }
        }
    }
}
