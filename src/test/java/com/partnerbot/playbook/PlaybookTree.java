package com.partnerbot.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The default playbook as a tree of YAML values, for tests that change one field at a time and look at what the
 * validator says about it. Paths are written as the validator writes them: {@code trees.tier.nodes[0].id}.
 */
final class PlaybookTree {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    private static final JsonNode DEFAULT = read(PlaybookLoader.defaultYaml());

    /** One value of the tree: where it is, and the container and key or index that hold it. */
    record Field(String path, ContainerNode<?> parent, String key, int index, JsonNode value) {
        boolean inList() {
            return key == null;
        }

        /** The path with list indices left out: {@code trees.tier.nodes[].id}, to name a kind of field. */
        String kind() {
            return path.replaceAll("\\[\\d+]", "[]");
        }

        void set(JsonNode to) {
            if (inList()) {
                ((ArrayNode) parent).set(index, to);
            } else {
                ((ObjectNode) parent).set(key, to);
            }
        }

        void remove() {
            ((ObjectNode) parent).remove(key);
        }
    }

    private PlaybookTree() {}

    private static JsonNode read(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh copy of the default playbook's tree. */
    static JsonNode defaults() {
        return DEFAULT.deepCopy();
    }

    /** Every value below the root, parents before their children, in file order. */
    static List<Field> fields(JsonNode root) {
        List<Field> fields = new ArrayList<>();
        collect(root, "", fields);
        return fields;
    }

    private static void collect(JsonNode node, String path, List<Field> fields) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                fields.add(new Field(at, object, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), at, fields);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                fields.add(new Field(at, array, null, i, array.get(i)));
                collect(array.get(i), at, fields);
            }
        }
    }

    /** The field at a path of a tree, to change it. */
    static Field field(JsonNode root, String path) {
        return fields(root).stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + path));
    }

    /** What the validator says about the default playbook after one change to a copy of it. */
    static List<Issue> issuesAfter(String path, Consumer<Field> change) {
        JsonNode root = defaults();
        change.accept(field(root, path));
        return issues(root);
    }

    static List<Issue> issues(JsonNode root) {
        return PlaybookValidator.validate(bind(root));
    }

    static Playbook bind(JsonNode root) {
        try {
            return YAML.treeToValue(root, Playbook.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tree as YAML text, for the loader, which places each problem on a line of it. */
    static String yaml(JsonNode root) {
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
