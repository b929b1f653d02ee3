package com.partnerbot.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.GlobalShortcutHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers modal submissions, button actions and shortcuts, each guarded, and then one listener for everything else: a
 * form or button from an older version of the app, or a forged one, gets a plain answer with HTTP 200 instead of
 * Bolt's 404, which Slack shows as an error. Bolt keeps listeners in a hash map, so the fallback's pattern
 * excludes every registered id rather than relying on order.
 */
public final class Interactions {
    static final String OUTDATED = "This form is from an older version of Partnerbot or is no longer open, so"
            + " nothing was saved. Close it and run `/partner help` to start again.";
    private static final Logger log = LoggerFactory.getLogger(Interactions.class);

    private final App app;
    private final List<String> views = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();
    private final List<String> shortcuts = new ArrayList<>();
    private final List<Consumer<Request<?>>> handled = new CopyOnWriteArrayList<>();

    public Interactions(App app) {
        this.app = app;
    }

    public Interactions viewSubmission(String callbackId, ViewSubmissionHandler handler) {
        views.add(Pattern.quote(callbackId) + "$");
        app.viewSubmission(callbackId, Guarded.viewSubmission(observed(handler)));
        return this;
    }

    /** A family of modals whose callback ids start with {@code prefix}. */
    public Interactions viewSubmissionPrefix(String prefix, ViewSubmissionHandler handler) {
        views.add(Pattern.quote(prefix));
        app.viewSubmission(
                Pattern.compile("^" + Pattern.quote(prefix) + ".+$"), Guarded.viewSubmission(observed(handler)));
        return this;
    }

    public Interactions blockAction(String actionId, BlockActionHandler handler) {
        actions.add(Pattern.quote(actionId) + "$");
        app.blockAction(actionId, Guarded.action(observed(handler)));
        return this;
    }

    /** An Events API event. */
    public <E extends com.slack.api.model.event.Event> Interactions event(
            Class<E> type, com.slack.api.bolt.handler.BoltEventHandler<E> handler) {
        app.event(type, handler);
        return this;
    }

    public Interactions globalShortcut(String callbackId, GlobalShortcutHandler handler) {
        shortcuts.add(Pattern.quote(callbackId) + "$");
        app.globalShortcut(callbackId, Guarded.shortcut(handler));
        return this;
    }

    /**
     * Told of each form submission and button (or menu) request once its listener returned, whichever feature
     * registered it: e.g. to notice what may have changed. (A Bolt middleware would do too, but adding one before the
     * first request makes Bolt check its token at once instead of on that request.)
     */
    public Interactions afterEach(Consumer<Request<?>> observer) {
        handled.add(observer);
        return this;
    }

    private ViewSubmissionHandler observed(ViewSubmissionHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } finally {
                tell(req);
            }
        };
    }

    private BlockActionHandler observed(BlockActionHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } finally {
                tell(req);
            }
        };
    }

    private void tell(Request<?> req) {
        for (Consumer<Request<?>> observer : handled) {
            try {
                observer.accept(req);
            } catch (RuntimeException e) {
                log.warn("An observer of handled requests failed: {}", e.toString());
            }
        }
    }

    /** Registers the fallbacks; call once, after every other registration. */
    public void fallbacks() {
        app.viewSubmission(everythingBut(views), (req, ctx) -> {
            log.info(
                    "Submission of an unknown form: {}",
                    req.getPayload().getView().getCallbackId());
            return ctx.ack(r -> r.responseAction("update").view(view(v -> v.type("modal")
                    .title(viewTitle(t -> t.type("plain_text").text("Partnerbot")))
                    .close(viewClose(t -> t.type("plain_text").text("Close")))
                    .blocks(List.of(section(s -> s.text(markdownText(OUTDATED))))))));
        });
        app.globalShortcut(everythingBut(shortcuts), (req, ctx) -> {
            log.info("Unknown shortcut: {}", req.getPayload().getCallbackId());
            return ctx.ack();
        });
        app.blockAction(everythingBut(actions), (req, ctx) -> {
            log.info("Unknown button: {}", req.getPayload().getActions().get(0).getActionId());
            return ctx.ack();
        });
    }

    static Pattern everythingBut(List<String> registered) {
        String excluded = registered.stream().map(r -> "(?!" + r + ")").collect(Collectors.joining());
        return Pattern.compile("^" + excluded + ".*$");
    }
}
