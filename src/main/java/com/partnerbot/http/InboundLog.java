package com.partnerbot.http;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewClosedRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * What the log says about Slack's requests, over HTTP and Socket Mode alike: at DEBUG one line per request (its kind,
 * team, user, callback or action id, status and time), and one line for a request that failed, sorted into a bot
 * token Slack refused, a body that makes no sense, or a fault of ours. Never a body, an answer or a token.
 */
final class InboundLog {
    private static final Pattern TOKEN = Pattern.compile("xox[a-zA-Z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+");
    private static final Pattern BOLT_REASON = Pattern.compile("\\((?:auth\\.test )?error: (.*)\\)$");

    /** Why Bolt gave up on a request. */
    enum Failure {
        /** Slack refused the bot token, or could not be asked about it (auth.test). */
        TOKEN,
        /** The body is signed but not a payload Bolt can read. */
        MALFORMED,
        /** Anything else: a fault on our side. */
        UNEXPECTED
    }

    private InboundLog() {}

    /** The one DEBUG line for a request Bolt answered. */
    static void handled(Logger log, Request<?> request, int status, long startNanos) {
        if (log.isDebugEnabled()) {
            log.debug(
                    "{} team={} user={} → {} in {} ms",
                    describe(request),
                    request.getContext() == null ? null : request.getContext().getTeamId(),
                    request.getContext() == null ? null : request.getContext().getRequestUserId(),
                    status,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        }
    }

    /** The kind of request and the id it is routed by, e.g. {@code ViewSubmission partnership_questionnaire}. */
    static String describe(Request<?> request) {
        String kind = String.valueOf(request.getRequestType());
        String id = null;
        try {
            if (request instanceof SlashCommandRequest r) {
                id = r.getPayload().getCommand();
            } else if (request instanceof BlockActionRequest r) {
                id = r.getPayload().getActions() == null
                        ? null
                        : r.getPayload().getActions().stream()
                                .map(a -> a.getActionId())
                                .filter(Objects::nonNull)
                                .collect(Collectors.joining(","));
            } else if (request instanceof ViewSubmissionRequest r) {
                id = r.getPayload().getView().getCallbackId();
            } else if (request instanceof ViewClosedRequest r) {
                id = r.getPayload().getView().getCallbackId();
            } else if (request instanceof GlobalShortcutRequest r) {
                id = r.getPayload().getCallbackId();
            } else if (request instanceof MessageShortcutRequest r) {
                id = r.getPayload().getCallbackId();
            } else if (request instanceof EventRequest r) {
                id = r.getEventTypeAndSubtype();
            }
        } catch (RuntimeException e) {
            id = null;
        }
        return id == null || id.isEmpty() ? kind : kind + " " + clip(id);
    }

    static Failure classify(Exception e) {
        // Bolt checks the bot token with auth.test before the first listener runs, and says so in this message.
        if (e instanceof IllegalArgumentException
                && e.getMessage() != null
                && e.getMessage().startsWith("The token is invalid")) {
            return Failure.TOKEN;
        }
        // Listeners catch their own Slack errors (see Guarded), so one that gets here came from auth.test.
        if (e instanceof SlackApiException || e instanceof IOException) {
            return Failure.TOKEN;
        }
        if (e instanceof JsonParseException || (e instanceof RuntimeException && !thrownByUs(e))) {
            return Failure.MALFORMED;
        }
        return Failure.UNEXPECTED;
    }

    /** Logs a failure in one line (with a stack trace only for a fault of ours) and returns its kind. */
    static Failure failed(Logger log, Request<?> request, Exception e) {
        Failure failure = classify(e);
        switch (failure) {
            case TOKEN ->
                log.error(
                        "Slack refused the bot token or could not be reached ({}), so a {} request was not handled;"
                                + " check SLACK_BOT_TOKEN",
                        reason(e),
                        describe(request));
            case MALFORMED ->
                log.warn(
                        "Refused a malformed {} request ({})",
                        describe(request),
                        e.getClass().getSimpleName());
            case UNEXPECTED -> log.error("A {} request failed", describe(request), e);
        }
        return failure;
    }

    /** Slack's error code or the kind of network failure; never a token, even one quoted in a message. */
    static String reason(Exception e) {
        String reason;
        if (e instanceof SlackApiException s
                && s.getError() != null
                && s.getError().getError() != null) {
            reason = s.getError().getError();
        } else if (e instanceof IllegalArgumentException && e.getMessage() != null) {
            // Bolt's words: "The token is invalid (auth.test error: token_revoked)" or "(error: <network failure>)".
            Matcher bolt = BOLT_REASON.matcher(e.getMessage());
            reason = bolt.find() ? bolt.group(1) : e.getMessage();
        } else {
            reason = e.getClass().getSimpleName();
        }
        return TOKEN.matcher(reason).replaceAll("[token]");
    }

    /** Whether any of our own code (past this edge, which is on every stack) was running when it was thrown. */
    private static boolean thrownByUs(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getClassName();
            if (name.startsWith("com.partnerbot.") && !name.startsWith("com.partnerbot.http.")) {
                return true;
            }
        }
        return false;
    }

    private static String clip(String id) {
        return id.length() <= 100 ? id : id.substring(0, 100) + "…";
    }
}
