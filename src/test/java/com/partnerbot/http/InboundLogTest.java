package com.partnerbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class InboundLogTest {

    @Test
    void boltsTokenCheckIsATokenProblemNamedBySlacksErrorCode() {
        var revoked = new IllegalArgumentException("The token is invalid (auth.test error: token_revoked)");
        assertThat(InboundLog.classify(revoked)).isEqualTo(InboundLog.Failure.TOKEN);
        assertThat(InboundLog.reason(revoked)).isEqualTo("token_revoked");

        var unreachable = new IllegalArgumentException(
                "The token is invalid (error: Failed to connect to slack.com/1.2.3.4:443)");
        assertThat(InboundLog.classify(unreachable)).isEqualTo(InboundLog.Failure.TOKEN);
        assertThat(InboundLog.reason(unreachable)).isEqualTo("Failed to connect to slack.com/1.2.3.4:443");

        assertThat(InboundLog.classify(new ConnectException("refused"))).isEqualTo(InboundLog.Failure.TOKEN);
        assertThat(InboundLog.reason(new IOException("x"))).isEqualTo("IOException");
    }

    @Test
    void aTokenQuotedInAMessageIsNeverRepeated() {
        var quoted =
                new IllegalArgumentException("The token is invalid (error: bad xoxb-123-456-abcDEF and xapp-1-A-2)");
        assertThat(InboundLog.reason(quoted))
                .doesNotContain("xoxb-123")
                .doesNotContain("xapp-1")
                .contains("[token]");
    }

    @Test
    void unreadableBodiesAreMalformedAndOurOwnFaultsAreNot() {
        assertThat(InboundLog.classify(new JsonSyntaxException("x"))).isEqualTo(InboundLog.Failure.MALFORMED);
        assertThat(InboundLog.classify(new IllegalStateException("Not a JSON Object")))
                .isEqualTo(InboundLog.Failure.MALFORMED);
        assertThat(InboundLog.classify(ours())).isEqualTo(InboundLog.Failure.UNEXPECTED);
        assertThat(InboundLog.classify(new Exception("checked"))).isEqualTo(InboundLog.Failure.UNEXPECTED);
    }

    /** An exception thrown while code of ours outside the edge was running. */
    private static RuntimeException ours() {
        RuntimeException e = new NullPointerException();
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 1),
            new StackTraceElement("com.partnerbot.slack.commands.StatusSubcommand", "handle", "x.java", 1),
            new StackTraceElement("com.partnerbot.http.BoltRoute", "handle", "x.java", 1)
        });
        return e;
    }
}
