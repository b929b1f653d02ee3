package com.partnerbot.decisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerbot.frameworks.PathStep;
import com.partnerbot.frameworks.TreeEvaluator;
import com.partnerbot.frameworks.TreeResult;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.store.ProgramDecisionDao;
import com.partnerbot.store.ProgramDecisionRow;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a program decision tree of the playbook on the answers given and keeps the decision. Only the answers on the
 * path count; answers to questions the path never reached are dropped, as they played no part.
 */
public final class DecisionService {
    /** The playbook's trees that decide about the program; the others decide about one partnership. */
    public static final List<String> PROGRAM_TREES = List.of(Playbook.BUILD_OR_PARTNER_TREE, Playbook.ECOSYSTEM_TREE);

    private final Jdbi jdbi;
    private final Playbook playbook;
    private final Clock clock;
    private final Outbox outbox;
    private final TreeEvaluator evaluator = new TreeEvaluator();
    private final ObjectMapper json = new ObjectMapper();

    public DecisionService(Jdbi jdbi, Playbook playbook, Clock clock, Outbox outbox) {
        this.outbox = outbox;
        this.jdbi = jdbi;
        this.playbook = playbook;
        this.clock = clock;
    }

    /** The program tree a person named, e.g. "build-or-partner" or "Ecosystem"; empty when it names none. */
    public static Optional<String> treeKey(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String key = word.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return PROGRAM_TREES.contains(key) ? Optional.of(key) : Optional.empty();
    }

    /** How a person names a tree in a command: "build-or-partner". */
    public static String word(String treeKey) {
        return treeKey.replace('_', '-');
    }

    public DecisionTree tree(String treeKey) {
        if (!PROGRAM_TREES.contains(treeKey)) {
            throw new IllegalArgumentException("Not a program decision: " + treeKey);
        }
        return playbook.tree(treeKey);
    }

    /** The program trees in the order they are offered. */
    public List<DecisionTree> trees() {
        return PROGRAM_TREES.stream().map(playbook::tree).toList();
    }

    /**
     * Walks the tree with {@code answersByNodeId}; when it reaches an outcome, stores the decision and adds its post
     * to the outbox in one transaction.
     */
    public DecisionResult decide(
            String teamId,
            String userId,
            String channelId,
            String treeKey,
            Map<String, String> answersByNodeId,
            Function<DecisionResult.Decided, OutboxMessage> announcement) {
        DecisionTree tree = tree(treeKey);
        TreeResult result = evaluator.evaluate(tree, answersByNodeId);
        if (!result.decided()) {
            return new DecisionResult.Unanswered(result.missingNodeId().orElse(tree.start()));
        }
        Outcome outcome = result.outcome().orElseThrow();
        Map<String, String> onPath = new LinkedHashMap<>();
        for (PathStep step : result.path()) {
            onPath.put(step.nodeId(), step.answer());
        }
        ProgramDecision decision = new ProgramDecision(
                UUID.randomUUID().toString(),
                treeKey,
                onPath,
                outcome.id(),
                outcome.label(),
                result.explain(),
                channelId,
                userId,
                Instant.ofEpochMilli(clock.millis()),
                playbook.id(),
                playbook.version());
        ProgramDecisionRow row = new ProgramDecisionRow(
                teamId,
                decision.id(),
                treeKey,
                write(onPath),
                decision.outcomeId(),
                decision.outcomeLabel(),
                decision.pathExplanation(),
                channelId,
                userId,
                decision.decidedAt(),
                decision.playbookId(),
                decision.playbookVersion());
        var decided = new DecisionResult.Decided(decision, outcome, result);
        OutboxMessage post = announcement.apply(decided);
        jdbi.useTransaction(h -> {
            h.attach(ProgramDecisionDao.class).insert(row);
            outbox.add(h, teamId, post);
        });
        return decided;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
