package com.partnerbot.slack.portfolio;

import com.google.gson.Gson;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.portfolio.HomeState;
import com.partnerbot.portfolio.Portfolio;
import com.partnerbot.slack.BackgroundWork;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes Home tabs, on Home's own small executor so that opening Home never waits behind other work (posts, list
 * pages). Per person the latest wins: while a publish for someone is queued or under way, what they ask next is merged
 * into one more publish, never queued behind their own older ones. A refresh publishes only when the view changed
 * (the hash of what was last published to that person).
 */
public final class HomePublisher {
    /** Whose Home is refreshed when something changes: those who opened it this lately. */
    static final Duration VIEWERS_FOR = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(HomePublisher.class);

    private final Portfolio portfolio;
    private final HomeRenderer renderer;
    private final Function<String, MethodsClient> slack;
    private final BackgroundWork work;
    private final Clock clock;
    private final Gson gson = GsonFactory.createSnakeCase();

    private record Key(String teamId, String userId) {}

    /** What a person's next publish must do: show this list state (else their last), publish even if unchanged. */
    private record Wanted(Optional<HomeState> state, boolean always) {
        Wanted then(Wanted later) {
            return new Wanted(later.state.or(() -> state), always || later.always);
        }
    }

    private record Viewer(Instant openedAt, String hash) {}

    // Guarded by this.
    private final Map<Key, Wanted> pending = new HashMap<>();
    private final Set<Key> queued = new HashSet<>();
    private final Map<Key, Viewer> viewers = new HashMap<>();

    /** {@code slack} gives the Web API client of a workspace. */
    public HomePublisher(
            Portfolio portfolio,
            Playbook playbook,
            Function<String, MethodsClient> slack,
            BackgroundWork work,
            Clock clock) {
        this.portfolio = portfolio;
        this.renderer = new HomeRenderer(new PortfolioBlocks(playbook));
        this.slack = slack;
        this.work = work;
        this.clock = clock;
    }

    /** Someone opened their Home tab: publish it. */
    void opened(String teamId, String userId) {
        Key key = new Key(teamId, userId);
        seen(key);
        want(key, new Wanted(Optional.empty(), true));
    }

    /** Someone chose a filter or a page: remember it and publish. */
    void show(String teamId, String userId, HomeState state) {
        Key key = new Key(teamId, userId);
        seen(key);
        want(key, new Wanted(Optional.of(state), true));
    }

    /** Something in the workspace changed: publish again for those who opened Home lately, if theirs changed. */
    void refresh(String teamId) {
        Instant since = clock.instant().minus(VIEWERS_FOR);
        List<Key> recent;
        synchronized (this) {
            viewers.entrySet().removeIf(e -> e.getValue().openedAt().isBefore(since));
            recent = viewers.keySet().stream()
                    .filter(k -> k.teamId().equals(teamId))
                    .toList();
        }
        recent.forEach(key -> want(key, new Wanted(Optional.empty(), false)));
    }

    private synchronized void seen(Key key) {
        Viewer known = viewers.get(key);
        viewers.put(key, new Viewer(clock.instant(), known == null ? null : known.hash()));
    }

    private void want(Key key, Wanted wanted) {
        synchronized (this) {
            pending.merge(key, wanted, Wanted::then);
            if (!queued.add(key)) {
                return;
            }
        }
        work.run(() -> drain(key));
    }

    /** Publishes what the person wants until nothing more is wanted; one drain per person at a time. */
    private void drain(Key key) {
        while (true) {
            Wanted wanted;
            synchronized (this) {
                wanted = pending.remove(key);
                if (wanted == null) {
                    queued.remove(key);
                    return;
                }
            }
            publish(key, wanted);
        }
    }

    private void publish(Key key, Wanted wanted) {
        try {
            HomeState state = wanted.state().orElseGet(() -> portfolio.homeState(key.teamId(), key.userId()));
            wanted.state().ifPresent(s -> portfolio.rememberHomeState(key.teamId(), key.userId(), s));
            View view =
                    renderer.render(portfolio.dashboard(key.teamId(), key.userId(), state, HomeRenderer.MINE_SHOWN));
            String hash = hash(view);
            if (!wanted.always() && hash.equals(lastHash(key))) {
                return;
            }
            var published = slack.apply(key.teamId())
                    .viewsPublish(r -> r.userId(key.userId()).view(view));
            if (published.isOk()) {
                remember(key, hash);
            } else {
                log.warn("views.publish for {} failed: {}", key.userId(), published.getError());
            }
        } catch (Exception e) {
            log.warn("Could not publish the Home tab of {}: {}", key.userId(), e.toString());
        }
    }

    private synchronized String lastHash(Key key) {
        Viewer viewer = viewers.get(key);
        return viewer == null ? null : viewer.hash();
    }

    private synchronized void remember(Key key, String hash) {
        Viewer viewer = viewers.get(key);
        if (viewer != null) {
            viewers.put(key, new Viewer(viewer.openedAt(), hash));
        }
    }

    private String hash(View view) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(gson.toJson(view).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
