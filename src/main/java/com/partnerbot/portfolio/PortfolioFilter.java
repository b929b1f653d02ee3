package com.partnerbot.portfolio;

import com.partnerbot.playbook.Phase;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.Tier;
import java.util.Locale;
import java.util.Optional;

/**
 * Which partnerships a list shows: all of them, the asker's own (as owner), those that need attention, those at one
 * tier (of the newest assessment) or in one phase (running now). {@code value} is the tier's or phase's playbook id.
 */
public record PortfolioFilter(Kind kind, String value) {
    public enum Kind {
        ALL,
        MINE,
        ATTENTION,
        TIER,
        PHASE
    }

    public static final PortfolioFilter ALL = new PortfolioFilter(Kind.ALL, null);
    public static final PortfolioFilter MINE = new PortfolioFilter(Kind.MINE, null);
    public static final PortfolioFilter ATTENTION = new PortfolioFilter(Kind.ATTENTION, null);

    private static final String TIER_PREFIX = "tier:";
    private static final String PHASE_PREFIX = "phase:";

    public static PortfolioFilter tier(String tierId) {
        return new PortfolioFilter(Kind.TIER, tierId);
    }

    public static PortfolioFilter phase(String phaseId) {
        return new PortfolioFilter(Kind.PHASE, phaseId);
    }

    /** How the filter travels in a button's value or a menu option: {@code all}, {@code tier:tier_1}, ... */
    public String token() {
        return switch (kind) {
            case ALL -> "all";
            case MINE -> "mine";
            case ATTENTION -> "attention";
            case TIER -> TIER_PREFIX + value;
            case PHASE -> PHASE_PREFIX + value;
        };
    }

    /** The filter a token names, when the playbook still has its tier or phase. */
    public static Optional<PortfolioFilter> fromToken(String token, Playbook playbook) {
        if (token == null) {
            return Optional.empty();
        }
        return switch (token) {
            case "all" -> Optional.of(ALL);
            case "mine" -> Optional.of(MINE);
            case "attention" -> Optional.of(ATTENTION);
            default -> {
                if (token.startsWith(TIER_PREFIX)) {
                    yield playbook.tier(token.substring(TIER_PREFIX.length())).map(t -> tier(t.id()));
                }
                if (token.startsWith(PHASE_PREFIX)) {
                    yield playbook.phase(token.substring(PHASE_PREFIX.length())).map(p -> phase(p.id()));
                }
                yield Optional.empty();
            }
        };
    }

    /** What a person typed, read as a filter. */
    public sealed interface Parsed {
        record Found(PortfolioFilter filter) implements Parsed {}

        /** Not a filter at all. */
        record UnknownFilter(String given) implements Parsed {}

        /** {@code tier NAME} with a name no tier of the playbook has. */
        record UnknownTier(String given) implements Parsed {}

        /** {@code phase NAME} with a name no phase of the playbook has. */
        record UnknownPhase(String given) implements Parsed {}
    }

    /**
     * Reads {@code all} (or nothing), {@code mine}, {@code attention} (or {@code needs attention}), {@code tier NAME}
     * and {@code phase NAME}, whatever their case. A tier is named by its id, its label, its label up to a colon
     * ({@code Tier 1}) or its level ({@code 1}); a phase by its id or label.
     */
    public static Parsed parse(String words, Playbook playbook) {
        String given = words == null ? "" : words.strip();
        String w = normal(given);
        switch (w) {
            case "", "all" -> {
                return new Parsed.Found(ALL);
            }
            case "mine" -> {
                return new Parsed.Found(MINE);
            }
            case "attention", "needs attention", "needs-attention" -> {
                return new Parsed.Found(ATTENTION);
            }
            default -> {
                // handled below
            }
        }
        if (w.equals("tier") || w.startsWith("tier ")) {
            String name = given.substring("tier".length()).strip();
            return findTier(playbook, normal(name))
                    .<Parsed>map(t -> new Parsed.Found(tier(t.id())))
                    .orElse(new Parsed.UnknownTier(name));
        }
        if (w.equals("phase") || w.startsWith("phase ")) {
            String name = given.substring("phase".length()).strip();
            return findPhase(playbook, normal(name))
                    .<Parsed>map(p -> new Parsed.Found(phase(p.id())))
                    .orElse(new Parsed.UnknownPhase(name));
        }
        return new Parsed.UnknownFilter(given);
    }

    private static Optional<Tier> findTier(Playbook playbook, String name) {
        return playbook.tiers().stream()
                .filter(t -> !name.isEmpty()
                        && (name.equals(normal(t.id()))
                                || name.equals(normal(t.label()))
                                || name.equals(normal(beforeColon(t.label())))
                                || name.equals(Integer.toString(t.level()))))
                .findFirst();
    }

    private static Optional<Phase> findPhase(Playbook playbook, String name) {
        return playbook.phases().stream()
                .filter(p -> !name.isEmpty() && (name.equals(normal(p.id())) || name.equals(normal(p.label()))))
                .findFirst();
    }

    private static String beforeColon(String label) {
        return label.split(":", 2)[0];
    }

    /** Lower case, spaces collapsed: how names are compared. */
    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
