package com.partnerbot.app;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Asks Slack's {@code auth.test} whether {@code SLACK_BOT_TOKEN} is good before the bot says it is up, in both
 * modes. A token Slack refuses, or a {@code SLACK_API_URL} that is not Slack's Web API, is a configuration mistake
 * ({@link ConfigException}, one line). Slack out of reach (DNS, refused connection, TLS, Slack answering 5xx) is
 * waited out: one line per failed try, then another try after a delay doubling from 1 s up to 60 s.
 */
final class SlackTokenCheck {
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(60);

    /** Waits between tries; the program sleeps, tests record the delays. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    /** What one {@code auth.test} came to. */
    sealed interface Outcome {
        /** Slack knows the token; {@code description} names the bot and its workspace, for the log. */
        record Accepted(String description) implements Outcome {}

        /** Trying again will not help: {@code line} says what to fix. */
        record Refused(String line) implements Outcome {}

        /** Slack could not be asked; {@code reason} says why in words. */
        record Unreachable(String reason) implements Outcome {}
    }

    /** One {@code auth.test} call as the Slack client makes it. */
    @FunctionalInterface
    interface AuthTest {
        AuthTestResponse call() throws IOException, SlackApiException;
    }

    /** Slack's errors that pass: asking again later is the right answer. */
    private static final Set<String> PASSING_ERRORS = Set.of(
            "ratelimited",
            "fatal_error",
            "internal_error",
            "service_unavailable",
            "request_timeout",
            "team_added_to_org");

    /** Slack's token errors in plain words; others are named by their code. */
    private static final Map<String, String> TOKEN_ERRORS = Map.of(
            "invalid_auth", "Slack does not know this token (it is mistyped, or from another app or workspace)",
            "not_authed", "Slack received no token",
            "token_revoked", "the token was revoked (the app was uninstalled or its token regenerated)",
            "token_expired", "the token has expired (token rotation is on for this app)",
            "account_inactive", "the token belongs to a deactivated bot or workspace",
            "not_allowed_token_type", "this kind of token is not allowed here",
            "missing_scope", "the token lacks a scope this needs");

    private static final Pattern BOLT_ERROR = Pattern.compile("\\(error: ([a-z_]+)\\)");

    private SlackTokenCheck() {}

    /**
     * Checks the bot token until Slack answers: returns the bot and workspace when the token is accepted, throws
     * {@link ConfigException} when it is refused, and tells {@code say} one line per try Slack could not be asked.
     */
    static String awaitAccepted(Slack slack, Settings settings, Sleeper sleeper, Consumer<String> say)
            throws InterruptedException {
        AuthTest call = () -> slack.methods(settings.botToken().orElseThrow()).authTest(r -> r);
        return awaitAccepted(() -> attempt(settings.slackApiUrl(), call), settings.slackApiUrl(), sleeper, say);
    }

    static String awaitAccepted(Supplier<Outcome> attempt, String apiUrl, Sleeper sleeper, Consumer<String> say)
            throws InterruptedException {
        Duration delay = FIRST_DELAY;
        while (true) {
            Outcome outcome = attempt.get();
            if (outcome instanceof Outcome.Accepted accepted) {
                return accepted.description();
            }
            if (outcome instanceof Outcome.Refused refused) {
                throw new ConfigException(refused.line());
            }
            String reason = ((Outcome.Unreachable) outcome).reason();
            say.accept("cannot reach Slack's Web API at " + apiUrl + " to check SLACK_BOT_TOKEN: " + reason
                    + "; trying again in " + delay.toSeconds() + " s");
            sleeper.sleep(delay);
            delay = next(delay);
        }
    }

    /** The delay after {@code delay}: twice as long, at most {@link #MAX_DELAY}. */
    static Duration next(Duration delay) {
        Duration doubled = delay.multipliedBy(2);
        return doubled.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : doubled;
    }

    /** Makes one call and says what it came to. */
    static Outcome attempt(String apiUrl, AuthTest call) {
        AuthTestResponse response;
        try {
            response = call.call();
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            if (status >= 500 || status == 429 || status == 408) {
                return new Outcome.Unreachable("Slack answered HTTP " + status);
            }
            return new Outcome.Refused(notTheWebApi(apiUrl, "auth.test answered HTTP " + status));
        } catch (IOException e) {
            return new Outcome.Unreachable(reason(e, apiUrl));
        } catch (RuntimeException e) {
            // An answer that is not Slack's JSON (an HTML page, say) fails to parse.
            return new Outcome.Refused(notTheWebApi(apiUrl, "its answer to auth.test is not Slack's JSON"));
        }
        if (response.isOk()) {
            return new Outcome.Accepted("bot " + response.getUser() + " (" + response.getUserId() + ") in workspace "
                    + response.getTeam() + " (" + response.getTeamId() + ")");
        }
        String error = response.getError();
        if (PASSING_ERRORS.contains(error)) {
            return new Outcome.Unreachable("Slack answered " + error);
        }
        return new Outcome.Refused("SLACK_BOT_TOKEN was refused by Slack: " + words(error)
                + ". Copy the Bot User OAuth Token from Slack app settings > OAuth & Permissions (reinstall the app"
                + " if there is none)");
    }

    /**
     * When Socket Mode could not open its connection because Slack refused {@code SLACK_APP_TOKEN}, the line saying
     * so; Bolt reports it as an exception whose message carries Slack's error code.
     */
    static Optional<String> appTokenRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher matcher = BOLT_ERROR.matcher(String.valueOf(cause.getMessage()));
            if (matcher.find() && !PASSING_ERRORS.contains(matcher.group(1))) {
                return Optional.of("SLACK_APP_TOKEN was refused by Slack: " + words(matcher.group(1))
                        + ". Create an app-level token with the connections:write scope in Slack app settings > Basic"
                        + " Information > App-Level Tokens");
            }
        }
        return Optional.empty();
    }

    private static String words(String error) {
        String words = TOKEN_ERRORS.get(error);
        return words == null ? "Slack answered " + error : words + " (" + error + ")";
    }

    private static String notTheWebApi(String apiUrl, String what) {
        return "SLACK_API_URL " + apiUrl + " does not look like Slack's Web API: " + what
                + ". Leave SLACK_API_URL unset for Slack";
    }

    /** Why a network call failed, in words: the first cause that tells. */
    static String reason(Throwable e, String apiUrl) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "the name " + host(apiUrl) + " does not resolve (DNS)";
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to " + host(apiUrl) + " (network)";
            }
            if (cause instanceof SSLException) {
                return "the TLS handshake failed (" + cause.getMessage() + ")";
            }
            if (cause instanceof InterruptedIOException) {
                return "no answer in time (timeout)";
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).toLowerCase().contains("refused")) {
                return "the connection was refused";
            }
        }
        if (e instanceof ConnectException) {
            return "could not connect (" + e.getMessage() + ")";
        }
        return "network error (" + e.getMessage() + ")";
    }

    private static String host(String apiUrl) {
        try {
            return URI.create(apiUrl).getHost();
        } catch (IllegalArgumentException e) {
            return apiUrl;
        }
    }
}
