package com.partnerbot.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each field path sits in the YAML text. Validation works on typed records, which forget positions, so a
 * problem found there is placed by looking its path up here (or its nearest ancestor, for a missing field).
 */
final class LocationIndex {
    private final Map<String, int[]> positions;
    private final Issue syntaxError;
    private final int[] syntaxErrorAt;

    private LocationIndex(Map<String, int[]> positions, Issue syntaxError, int[] syntaxErrorAt) {
        this.positions = positions;
        this.syntaxError = syntaxError;
        this.syntaxErrorAt = syntaxErrorAt;
    }

    /**
     * Indexes the text. The whole text is read here, before binding, so a syntax error is reported as one, not as
     * a wrong value in the field where the parser happened to stop.
     */
    static LocationIndex of(String yaml) {
        Map<String, int[]> positions = new HashMap<>();
        YAMLFactory factory = YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (JsonParser parser = factory.createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String path = pathAt(parser);
                JsonLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int[] where = at == null
                    ? new int[] {1, 1}
                    : new int[] {Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1)};
            return new LocationIndex(
                    positions, new Issue("", "YAML syntax: " + firstLine(e.getOriginalMessage())), where);
        } catch (IOException e) {
            return new LocationIndex(positions, new Issue("", "cannot read: " + e.getMessage()), new int[] {1, 1});
        }
        if (positions.isEmpty()) {
            return new LocationIndex(positions, new Issue("", "the file is empty"), new int[] {1, 1});
        }
        return new LocationIndex(positions, null, null);
    }

    /** The syntax error (or emptiness) that makes the text unusable, placed in the text. */
    Optional<Problem> syntaxProblem(String file) {
        return Optional.ofNullable(syntaxError)
                .map(issue -> new Problem(file, syntaxErrorAt[0], syntaxErrorAt[1], "", issue.message()));
    }

    static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    /** The path of the parser's current token; a container's start belongs to the field that holds it. */
    static String pathAt(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        return path(opens ? context.getParent() : context);
    }

    static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
        }
        String name = context.getCurrentName();
        if (name == null) {
            return parent;
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** Line and column of the path, or of its nearest ancestor that exists in the file. */
    int[] find(String path) {
        String current = path;
        while (!current.isEmpty()) {
            int[] at = positions.get(current);
            if (at != null) {
                return at;
            }
            current = parentOf(current);
        }
        return positions.getOrDefault("", new int[] {1, 1});
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
