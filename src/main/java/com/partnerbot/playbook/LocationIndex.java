package com.partnerbot.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field path sits in the YAML text. Validation works on typed records, which forget positions, so a
 * problem found there is placed by looking its path up here (or its nearest ancestor, for a missing field).
 */
final class LocationIndex {
    private final Map<String, int[]> positions;

    private LocationIndex(Map<String, int[]> positions) {
        this.positions = positions;
    }

    /** Indexes the text; if it does not parse, the index holds what was read before the error. */
    static LocationIndex of(String yaml) {
        Map<String, int[]> positions = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String path = pathAt(parser);
                JsonLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (IOException e) {
            // Syntax errors are reported by the loader; the positions read so far still help.
        }
        return new LocationIndex(positions);
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
