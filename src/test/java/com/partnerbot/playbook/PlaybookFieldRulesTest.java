package com.partnerbot.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every field of the playbook, one at a time: each text Slack shows is held to Slack's limit for where it is shown
 * (and accepted at exactly that limit), each required field is reported missing at its place, each empty list entry
 * and each repeated id is reported where it is. Each test collects every field that breaks its rule, so one run
 * names them all.
 */
class PlaybookFieldRulesTest {
    private static final Pattern TOO_LONG =
            Pattern.compile("(\\d+) characters, but Slack shows at most (\\d+) in (an? [a-z ]+)");

    /** Values that name something (a node, an outcome, a fact...) or pick from a fixed set: not text people read. */
    private static final Set<String> NOT_SHOWN = Set.of(
            "version",
            "start",
            "next",
            "outcome",
            "tier",
            "phase",
            "investment",
            "field",
            "is",
            "above",
            "below",
            "unit",
            "standing",
            "next_step_from",
            "investment_at_most",
            "records",
            "type");

    /** Ids that never reach Slack; the others become block ids or option values and are held to the id limit. */
    private static final Pattern SHOWN_ID = Pattern.compile(
            "(qualification\\.commitment_kinds|value\\.sides|leverage_types|trees\\.[a-z_]+\\.nodes)\\[]\\.id");

    /** Lists of names, not texts: signers name value sides, conditions list values to look for. */
    private static final Pattern NAME_LIST = Pattern.compile(".*\\.(signers|in|contains_any|prefill)\\[]");

    /** The fields a playbook may leave out. */
    private static final List<Pattern> OPTIONAL = List.of(
                    "qualification\\.dependency_help",
                    "qualification\\.commitment_kinds\\[]\\.commits",
                    "qualification\\.verdicts\\.[a-z_]+\\.pursue",
                    "investment_levels\\[]\\.pursue",
                    "tiers\\[]\\.summary",
                    "trees\\.[a-z_]+\\.nodes\\[]\\.help",
                    "trees\\.[a-z_]+\\.outcomes\\[]\\.(advice|phase|warnings|follow_ups)",
                    "phases\\[]\\.(purpose|ongoing)",
                    "charter\\.required_before_launch",
                    "charter\\.signature\\.mistake",
                    "launch\\.stages\\[]\\.remind_in_channel",
                    "anti_patterns\\[]\\.(description|enabled)",
                    "checklists\\.[a-z_]+\\[]\\.done_when",
                    "qualification\\.commitment_kinds\\[]\\.needs_note",
                    "precedence\\[]\\.(withhold_investment|withhold_tier|investment_at_most|standing|headline|reason"
                            + "|warning|next_step|next_step_from)",
                    "charter\\.sections\\[]\\.(max_length|prefill|fields)",
                    "charter\\.sections\\[]\\.fields\\[]\\.(max_length|prefill|records|type)")
            .stream()
            .map(Pattern::compile)
            .toList();

    private static boolean optional(String kind) {
        return OPTIONAL.stream().anyMatch(p -> p.matcher(kind).matches());
    }

    private static String key(PlaybookTree.Field field) {
        return field.inList() ? "" : field.key();
    }

    private static boolean shownText(PlaybookTree.Field field) {
        if (!field.value().isTextual()
                || NOT_SHOWN.contains(key(field))
                || NAME_LIST.matcher(field.kind()).matches()) {
            return false;
        }
        return !key(field).equals("id") || SHOWN_ID.matcher(field.kind()).matches();
    }

    private static List<Issue> at(List<Issue> issues, String path) {
        return issues.stream().filter(i -> i.path().equals(path)).toList();
    }

    @Test
    void theDefaultPlaybookHasNoIssues() {
        assertThat(PlaybookTree.issues(PlaybookTree.defaults())).isEmpty();
    }

    @Test
    void everyShownTextIsHeldToSlacksLimitThereAndAcceptedAtIt() {
        List<String> wrong = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (PlaybookTree.Field field : PlaybookTree.fields(PlaybookTree.defaults())) {
            if (!shownText(field)) {
                continue;
            }
            String path = field.path();
            List<Issue> over = at(PlaybookTree.issuesAfter(path, f -> f.set(new TextNode("w".repeat(3001)))), path);
            Matcher m = over.size() == 1 ? TOO_LONG.matcher(over.get(0).message()) : null;
            if (m == null || !m.matches() || !m.group(1).equals("3001")) {
                wrong.add(path + " at 3001 characters: " + over);
                continue;
            }
            int limit = Integer.parseInt(m.group(2));
            List<Issue> atLimit = at(PlaybookTree.issuesAfter(path, f -> f.set(new TextNode("w".repeat(limit)))), path);
            if (!atLimit.isEmpty()) {
                wrong.add(path + " at its limit of " + limit + ": " + atLimit);
            }
            checked.add(field.kind() + " <= " + limit + " (" + m.group(3) + ")");
        }

        assertThat(wrong).isEmpty();
        assertThat(checked)
                .contains(
                        "name <= 150 (a header)",
                        "qualification.loss_question <= 2000 (an input label)",
                        "qualification.commitment_kinds[].label <= 75 (an option)",
                        "qualification.commitment_kinds[].id <= 100 (an id)",
                        "trees.tier.title <= 24 (a modal title)",
                        "trees.tier.nodes[].branches[].answer <= 150 (an option value)",
                        "trees.tier.outcomes[].follow_ups[].label <= 75 (a button)",
                        "checklists.before_starting[].text <= 75 (a checkbox option)",
                        "value.decision_criteria[] <= 3000 (a section)");
    }

    @Test
    void everyRequiredFieldLeftOutIsReportedAtItsPlace() {
        List<String> unreported = new ArrayList<>();
        Set<String> optionalSeen = new TreeSet<>();
        for (PlaybookTree.Field field : PlaybookTree.fields(PlaybookTree.defaults())) {
            if (field.inList()) {
                continue;
            }
            if (optional(field.kind())) {
                optionalSeen.add(field.kind());
                continue;
            }
            String path = field.path();
            List<Issue> issues = PlaybookTree.issuesAfter(path, PlaybookTree.Field::remove);
            boolean reported = issues.stream()
                    .anyMatch(i -> i.path().equals(path) && i.message().startsWith("missing")
                            || !i.path().isEmpty()
                                    && (path.startsWith(i.path() + ".") || path.startsWith(i.path() + "[")));
            if (!reported) {
                unreported.add(path + ": " + issues);
            }
        }

        assertThat(unreported).isEmpty();
        assertThat(optionalSeen)
                .as("every optional field is in the default playbook")
                .hasSize(44);
    }

    @Test
    void anEmptyListEntryIsReportedAtItsPlace() {
        List<String> unreported = new ArrayList<>();
        int tried = 0;
        for (PlaybookTree.Field field : PlaybookTree.fields(PlaybookTree.defaults())) {
            if (!field.inList() || NAME_LIST.matcher(field.kind()).matches()) {
                continue;
            }
            tried++;
            boolean text = field.value().isTextual();
            List<Issue> issues = at(
                    PlaybookTree.issuesAfter(field.path(), f -> f.set(text ? new TextNode(" ") : NullNode.instance)),
                    field.path());
            String expected = text ? "missing" : "empty entry";
            if (issues.stream().noneMatch(i -> i.message().equals(expected))) {
                unreported.add(field.path() + ": " + issues);
            }
        }

        assertThat(unreported).isEmpty();
        assertThat(tried).isGreaterThan(150);
    }

    @Test
    void aRepeatedIdOrAnswerIsReportedAtTheRepeatNamingTheFirst() {
        List<String> unreported = new ArrayList<>();
        Set<String> lists = new TreeSet<>();
        for (PlaybookTree.Field field : PlaybookTree.fields(PlaybookTree.defaults())) {
            if (!(field.value() instanceof ArrayNode list)
                    || list.size() < 2
                    || !list.get(0).isObject()) {
                continue;
            }
            String key = list.get(0).has("id") ? "id" : list.get(0).has("answer") ? "answer" : null;
            if (key == null) {
                continue;
            }
            lists.add(field.kind());
            JsonNode root = PlaybookTree.defaults();
            ArrayNode copy = (ArrayNode) PlaybookTree.field(root, field.path()).value();
            String first = copy.get(0).get(key).asText();
            ((ObjectNode) copy.get(1)).put(key, first);
            String path = field.path() + "[1]." + key;
            String expected = "repeated " + key + " \"" + first + "\" (first used at " + field.path() + "[0])";
            List<Issue> issues = at(PlaybookTree.issues(root), path);
            if (issues.stream().noneMatch(i -> i.message().startsWith(expected))) {
                unreported.add(path + ": " + issues);
            }
        }

        assertThat(unreported).isEmpty();
        assertThat(lists)
                .contains(
                        "qualification.commitment_kinds",
                        "value.sides",
                        "leverage_types",
                        "investment_levels",
                        "tiers",
                        "trees.tier.nodes",
                        "trees.tier.outcomes",
                        "trees.tier.nodes[].branches",
                        "phases",
                        "charter.sections",
                        "launch.stages",
                        "anti_patterns",
                        "checklists.before_starting",
                        "checklists.before_launching");
    }
}
