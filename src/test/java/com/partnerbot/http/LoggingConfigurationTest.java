package com.partnerbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The production logging configuration ({@code logback.xml}): LOG_LEVEL moves the app's own logs, nothing else. */
class LoggingConfigurationTest {

    private static LoggerContext production(String logLevel) throws Exception {
        URL config = LoggingConfigurationTest.class.getResource("/logback.xml");
        assertThat(config).isNotNull();
        LoggerContext context = new LoggerContext();
        if (logLevel != null) {
            context.putProperty("LOG_LEVEL", logLevel);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(config);
        return context;
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEBUG", "INFO", "WARN", "ERROR"})
    void logLevelSetsTheAppsOwnLevel(String level) throws Exception {
        LoggerContext context = production(level);
        assertThat(context.getLogger("com.partnerbot.http.BoltRoute").getEffectiveLevel())
                .isEqualTo(Level.toLevel(level));
        context.stop();
    }

    @Test
    void atDebugLibrariesStayAtWarnAndThoseThatPrintBodiesAtError() throws Exception {
        LoggerContext context = production("DEBUG");
        for (String library : new String[] {
            "com.slack.api.bolt.App",
            "com.slack.api.methods.impl.MethodsClientImpl",
            "com.slack.api.socket_mode.SocketModeClient",
            "org.eclipse.jetty.server.Server",
            "io.javalin.Javalin",
            "org.java_websocket.WebSocketImpl",
            "org.jdbi.v3.core.Jdbi",
            "com.zaxxer.hikari.HikariDataSource"
        }) {
            assertThat(context.getLogger(library).getEffectiveLevel())
                    .as(library)
                    .isEqualTo(Level.WARN);
        }
        assertThat(context.getLogger("com.slack.api.bolt.util.SlackRequestParser")
                        .getEffectiveLevel())
                .isEqualTo(Level.ERROR);
        assertThat(context.getLogger("com.slack.api.bolt.socket_mode.SocketModeApp")
                        .getEffectiveLevel())
                .isEqualTo(Level.ERROR);
        context.stop();
    }

    @Test
    void withoutLogLevelTheAppLogsAtInfo() throws Exception {
        LoggerContext context = production(null);
        // Unset here, the variable comes from the environment; where that sets none, INFO.
        assertThat(context.getLogger("com.partnerbot.app.Wiring").getEffectiveLevel())
                .isEqualTo(Level.toLevel(System.getenv("LOG_LEVEL"), Level.INFO));
        context.stop();
    }
}
