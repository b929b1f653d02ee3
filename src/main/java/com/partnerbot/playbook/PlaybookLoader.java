package com.partnerbot.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a playbook from YAML and refuses it with every problem found, each placed at a file, line and field path.
 *
 * <p>Unknown keys are errors, not silence: a misspelt key would otherwise quietly drop a rule.
 */
public final class PlaybookLoader {
    public static final String DEFAULT_RESOURCE = "playbook/default-playbook.yml";
    public static final String DEFAULT_NAME = "default-playbook.yml";
    public static final String ENV_VARIABLE = "PLAYBOOK_FILE";

    private static final ObjectReader READER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()
            .readerFor(Playbook.class);

    private PlaybookLoader() {}

    /** The playbook that ships in the jar. It is checked by the build's tests, so a failure here is a bug. */
    public static Playbook loadDefault() {
        try {
            return parse(defaultYaml(), DEFAULT_NAME);
        } catch (PlaybookException e) {
            throw new IllegalStateException(e.report(), e);
        }
    }

    /** The default playbook's YAML text with its comments, for a team to copy and edit. */
    public static String defaultYaml() {
        try (InputStream in = PlaybookLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Playbook load(Path file) throws PlaybookException {
        String name = file.toString();
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PlaybookException(name, List.of(new Problem(name, 1, 1, "", "cannot read file: no such file")));
        } catch (IOException | UncheckedIOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PlaybookException(name, List.of(new Problem(name, 1, 1, "", "cannot read file: " + why)));
        }
        return parse(yaml, name);
    }

    /** {@code PLAYBOOK_FILE} when set, otherwise the default playbook. */
    public static Playbook fromEnvironment(Map<String, String> environment) throws PlaybookException {
        String file = environment.get(ENV_VARIABLE);
        return file == null || file.isBlank() ? loadDefault() : load(Path.of(file.strip()));
    }

    public static Playbook parse(String yaml, String fileName) throws PlaybookException {
        LocationIndex index = LocationIndex.of(yaml);
        Optional<Problem> syntax = index.syntaxProblem(fileName);
        if (syntax.isPresent()) {
            throw new PlaybookException(fileName, List.of(syntax.get()));
        }
        List<Problem> problems = new ArrayList<>();
        Playbook playbook;
        try {
            playbook = READER.withHandler(new UnknownKeys(fileName, index, problems))
                    .readValue(yaml);
        } catch (JsonProcessingException e) {
            problems.add(toProblem(fileName, e));
            throw new PlaybookException(fileName, problems);
        }
        if (playbook == null) {
            problems.add(new Problem(fileName, 1, 1, "", "the file is empty"));
            throw new PlaybookException(fileName, problems);
        }
        for (Issue issue : PlaybookValidator.validate(playbook)) {
            int[] at = index.find(issue.path());
            problems.add(new Problem(fileName, at[0], at[1], issue.path(), issue.message()));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new PlaybookException(fileName, problems);
        }
        return withTreeIds(playbook);
    }

    private static Playbook withTreeIds(Playbook p) {
        Map<String, DecisionTree> trees = new LinkedHashMap<>();
        p.trees().forEach((key, tree) -> trees.put(key, tree.withId(key)));
        return new Playbook(
                p.id(),
                p.version(),
                p.name(),
                p.recommendedMaxTiers(),
                p.qualification(),
                p.value(),
                p.leverageTypes(),
                p.investmentLevels(),
                p.tiers(),
                trees,
                p.phases(),
                p.charter(),
                p.launch(),
                p.antiPatterns(),
                p.checklists(),
                p.placeholderAnswers(),
                p.precedence());
    }

    private static Problem toProblem(String file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(at.getLineNr(), 1);
        int column = at == null ? 1 : Math.max(at.getColumnNr(), 1);
        if (e instanceof MismatchedInputException mismatch) {
            return new Problem(
                    file, line, column, path(mismatch), "wrong kind of value: expected " + expected(mismatch));
        }
        if (e instanceof JsonMappingException mapping) {
            return new Problem(
                    file, line, column, path(mapping), LocationIndex.firstLine(mapping.getOriginalMessage()));
        }
        return new Problem(file, line, column, "", "YAML syntax: " + LocationIndex.firstLine(e.getOriginalMessage()));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return "something else";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping (key: value lines)";
    }

    /** Collects every unknown key instead of stopping at the first, then skips its value. */
    private static final class UnknownKeys extends DeserializationProblemHandler {
        private final String file;
        private final LocationIndex index;
        private final List<Problem> problems;

        UnknownKeys(String file, LocationIndex index, List<Problem> problems) {
            this.file = file;
            this.index = index;
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName)
                throws IOException {
            String path = LocationIndex.pathAt(parser);
            int[] at = index.find(path);
            problems.add(new Problem(file, at[0], at[1], path, "unknown key \"" + propertyName + "\""));
            parser.skipChildren();
            return true;
        }
    }
}
