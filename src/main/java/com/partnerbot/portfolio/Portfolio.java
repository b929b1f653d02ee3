package com.partnerbot.portfolio;

import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.store.HomeStateDao;
import com.partnerbot.store.PortfolioDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The portfolio of a workspace: a page of its partnerships as asked (filter, sort, page) and its program's dashboard.
 * Pages and counts are the database's work; only the rows shown are read, and none of their assessment JSON. Which
 * partnerships need attention is worked out for the whole workspace at once and kept ({@link TeamOverviews}) until
 * {@link #changed} says something in the workspace changed, or for a minute.
 *
 * <p>Reads run outside transactions: with SQLite's immediate transactions, a read-only transaction would wait for,
 * and hold up, every writer.
 */
public final class Portfolio {
    public static final int PAGE_SIZE = 10;

    /** How long an overview stands for changes that only time makes (a launch stage's week ending). */
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    /** A reminder that could not be posted needs attention this long, as {@code /partner reminders} lists it. */
    static final Duration NOT_POSTED_FOR = Duration.ofDays(7);

    /** How far ahead the dashboard lists reminders. */
    static final Duration UPCOMING_FOR = Duration.ofDays(7);

    /** How many of those that need attention, and of the reminders coming, the overview carries in full. */
    static final int ATTENTION_SHOWN = 5;

    static final int UPCOMING_SHOWN = 8;

    private final Jdbi jdbi;
    private final Playbook playbook;
    private final Clock clock;
    private final TeamOverviews overviews;

    public Portfolio(Jdbi jdbi, Playbook playbook, Clock clock) {
        this.jdbi = jdbi;
        this.playbook = playbook;
        this.clock = clock;
        this.overviews = new TeamOverviews(clock, FRESH_FOR, this::workOut);
    }

    /** The page {@code query} asks for, with how many rows and pages there are. */
    public PortfolioPage page(PortfolioQuery query) {
        if (query.filter().kind() == PortfolioFilter.Kind.ATTENTION) {
            return attentionPage(query, overviews.get(query.teamId()));
        }
        return jdbi.withHandle(h -> page(h, query, Optional.empty()));
    }

    /** The workspace's overview: kept while nothing changed, worked out again otherwise. */
    public TeamOverview overview(String teamId) {
        return overviews.get(teamId);
    }

    /**
     * Everything the Home tab shows {@code userId}: the overview, their own first {@code mineShown}, and their list's
     * page, whose reasons for attention are the overview's.
     */
    public Dashboard dashboard(String teamId, String userId, HomeState state, int mineShown) {
        TeamOverview team = overviews.get(teamId);
        PortfolioQuery mine =
                new PortfolioQuery(teamId, userId, PortfolioFilter.MINE, PortfolioSort.NAME, 0, mineShown);
        PortfolioQuery listed =
                new PortfolioQuery(teamId, userId, state.filter(), PortfolioSort.NAME, state.page(), PAGE_SIZE);
        return jdbi.withHandle(h -> new Dashboard(
                team,
                page(h, mine, Optional.of(team.reasons())),
                listed.filter().kind() == PortfolioFilter.Kind.ATTENTION
                        ? attentionPage(h, listed, team)
                        : page(h, listed, Optional.of(team.reasons()))));
    }

    /** Something in the workspace changed: its overview is worked out again when next asked for. */
    public void changed(String teamId) {
        overviews.forget(teamId);
    }

    /** Where {@code userId} left their Home tab's list; the start when never, or when its tier or phase is gone. */
    public HomeState homeState(String teamId, String userId) {
        return jdbi.onDemand(HomeStateDao.class)
                .find(teamId, userId)
                .flatMap(s -> PortfolioFilter.fromToken(s.listFilter(), playbook)
                        .map(f -> new HomeState(f, Math.max(0, s.page()))))
                .orElse(HomeState.START);
    }

    public void rememberHomeState(String teamId, String userId, HomeState state) {
        jdbi.onDemand(HomeStateDao.class)
                .save(teamId, userId, state.filter().token(), Math.max(0, state.page()), clock.millis());
    }

    /** A page counted and cut by the database; {@code reasons} for attention when known, else asked for its rows. */
    private PortfolioPage page(Handle h, PortfolioQuery query, Optional<Map<String, Set<Attention>>> reasons) {
        PortfolioDao dao = h.attach(PortfolioDao.class);
        PortfolioDao.Narrowing narrowing = narrowing(query.filter());
        String value = query.filter().kind() == PortfolioFilter.Kind.MINE
                ? query.userId()
                : query.filter().value();
        int total = dao.count(query.teamId(), narrowing, value);
        int index = PortfolioPage.clamp(query.page(), total, query.size());
        List<PortfolioDao.Row> rows =
                dao.page(query.teamId(), narrowing, value, order(query.sort()), query.size(), index * query.size());
        Map<String, Set<Attention>> why = reasons.orElseGet(() -> rows.isEmpty()
                ? Map.of()
                : reasons(dao.attentionOf(query.teamId(), ids(rows), clock.millis(), since(clock.instant()))));
        return new PortfolioPage(
                query, complete(h, query.teamId(), rows, why), index, PortfolioPage.pages(total, query.size()), total);
    }

    private PortfolioPage attentionPage(PortfolioQuery query, TeamOverview team) {
        return jdbi.withHandle(h -> attentionPage(h, query, team));
    }

    /** A page of the overview's partnerships that need attention, in the order asked for. */
    private static PortfolioPage attentionPage(Handle h, PortfolioQuery query, TeamOverview team) {
        List<Flagged> flagged = query.sort().order(team.attention());
        int total = flagged.size();
        int index = PortfolioPage.clamp(query.page(), total, query.size());
        List<Flagged> shown =
                flagged.subList(Math.min(total, index * query.size()), Math.min(total, (index + 1) * query.size()));
        List<PortfolioRow> rows = rowsOf(h, query.teamId(), shown, team.reasons());
        return new PortfolioPage(query, rows, index, PortfolioPage.pages(total, query.size()), total);
    }

    /** The rows of these flagged partnerships, in their order; one removed since it was flagged is left out. */
    private static List<PortfolioRow> rowsOf(
            Handle h, String teamId, List<Flagged> flagged, Map<String, Set<Attention>> reasons) {
        if (flagged.isEmpty()) {
            return List.of();
        }
        Map<String, PortfolioDao.Row> byId = new HashMap<>();
        h.attach(PortfolioDao.class)
                .rows(teamId, flagged.stream().map(Flagged::partnershipId).toList())
                .forEach(r -> byId.put(r.id(), r));
        List<PortfolioDao.Row> ordered = flagged.stream()
                .map(f -> byId.get(f.partnershipId()))
                .filter(r -> r != null)
                .toList();
        return complete(h, teamId, ordered, reasons);
    }

    /** The rows as shown: each with its next reminder and why it needs attention. */
    private static List<PortfolioRow> complete(
            Handle h, String teamId, List<PortfolioDao.Row> rows, Map<String, Set<Attention>> reasons) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, UpcomingReminder> next = new HashMap<>();
        for (PortfolioDao.Upcoming u : h.attach(PortfolioDao.class).waitingFor(teamId, ids(rows))) {
            next.putIfAbsent(u.partnershipId(), upcoming(u));
        }
        List<PortfolioRow> out = new ArrayList<>(rows.size());
        for (PortfolioDao.Row r : rows) {
            out.add(new PortfolioRow(
                    r.id(),
                    r.name(),
                    r.channelId(),
                    r.ownerUserId(),
                    Optional.ofNullable(r.verdict()),
                    Optional.ofNullable(r.tier()),
                    Optional.ofNullable(r.investment()),
                    Optional.ofNullable(r.assessedAt()).map(Instant::ofEpochMilli),
                    Optional.ofNullable(r.phase()),
                    Optional.ofNullable(next.get(r.id())),
                    reasons.getOrDefault(r.id(), Set.of())));
        }
        return out;
    }

    /**
     * Works out a workspace's overview: counts grouped by the database, why each partnership needs attention and
     * those partnerships by name, the first few of them in full, and the reminders of the next seven days.
     */
    private TeamOverview workOut(String teamId) {
        Instant at = clock.instant();
        long now = at.toEpochMilli();
        return jdbi.withHandle(h -> {
            PortfolioDao dao = h.attach(PortfolioDao.class);
            Map<String, Set<Attention>> reasons = reasons(dao.attention(teamId, now, since(at)));
            // A partnership flagged or cleared between the two queries waits for the next overview.
            List<Flagged> attention = dao.flagged(teamId, now, since(at)).stream()
                    .filter(f -> reasons.containsKey(f.partnershipId()))
                    .map(f -> new Flagged(
                            f.partnershipId(),
                            Optional.ofNullable(f.assessedAt()).map(Instant::ofEpochMilli),
                            Optional.ofNullable(f.nextAt()).map(Instant::ofEpochMilli),
                            reasons.get(f.partnershipId())))
                    .toList();
            Map<Attention, Integer> byReason = new EnumMap<>(Attention.class);
            for (Flagged f : attention) {
                f.reasons().forEach(a -> byReason.merge(a, 1, Integer::sum));
            }
            long until = at.plus(UPCOMING_FOR).toEpochMilli();
            Tally verdicts = tally(dao.byVerdict(teamId));
            return new TeamOverview(
                    verdicts.none()
                            + verdicts.byId().values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum(),
                    verdicts,
                    tally(dao.byTier(teamId)),
                    tally(dao.byPhase(teamId)),
                    attention,
                    reasons,
                    byReason,
                    rowsOf(h, teamId, attention.subList(0, Math.min(ATTENTION_SHOWN, attention.size())), reasons),
                    dao.upcoming(teamId, until, UPCOMING_SHOWN).stream()
                            .map(Portfolio::upcoming)
                            .toList(),
                    dao.countUpcoming(teamId, until),
                    at);
        });
    }

    /** Each partnership's reasons; a reason this version does not know is left out. */
    private static Map<String, Set<Attention>> reasons(List<PortfolioDao.Reason> found) {
        Map<String, Set<Attention>> reasons = new HashMap<>();
        for (PortfolioDao.Reason r : found) {
            Attention.of(r.reason())
                    .ifPresent(a -> reasons.computeIfAbsent(r.partnershipId(), k -> EnumSet.noneOf(Attention.class))
                            .add(a));
        }
        return reasons;
    }

    private static Tally tally(List<PortfolioDao.Count> counts) {
        Map<String, Integer> byId = new HashMap<>();
        int none = 0;
        for (PortfolioDao.Count c : counts) {
            if (c.value() == null) {
                none += c.n();
            } else {
                byId.put(c.value(), c.n());
            }
        }
        return new Tally(byId, none);
    }

    private static List<String> ids(List<PortfolioDao.Row> rows) {
        return rows.stream().map(PortfolioDao.Row::id).toList();
    }

    private static UpcomingReminder upcoming(PortfolioDao.Upcoming u) {
        return new UpcomingReminder(
                u.id(),
                u.partnershipId(),
                u.partnershipName(),
                ReminderKind.of(u.kind()),
                u.label(),
                Instant.ofEpochMilli(u.dueAt()),
                u.timeZone());
    }

    private static PortfolioDao.Narrowing narrowing(PortfolioFilter filter) {
        return switch (filter.kind()) {
            case MINE -> PortfolioDao.Narrowing.OWNER;
            case TIER -> PortfolioDao.Narrowing.TIER;
            case PHASE -> PortfolioDao.Narrowing.PHASE;
            case ALL, ATTENTION -> PortfolioDao.Narrowing.ANY;
        };
    }

    private static PortfolioDao.Order order(PortfolioSort sort) {
        return switch (sort) {
            case NAME -> PortfolioDao.Order.NAME;
            case ASSESSED -> PortfolioDao.Order.ASSESSED;
            case REMINDER -> PortfolioDao.Order.REMINDER;
        };
    }

    private static long since(Instant at) {
        return at.minus(NOT_POSTED_FOR).toEpochMilli();
    }
}
