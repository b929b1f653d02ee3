package com.partnerbot.playbook;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code partnerbot playbook export} and {@code partnerbot playbook check FILE}. Returns the exit code: 0 valid,
 * 1 problems found (all of them listed), 2 wrong usage or unreadable file. Never prints a stack trace.
 */
public final class PlaybookCli {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join(
            System.lineSeparator(),
            "Usage:",
            "  java -jar partnerbot.jar playbook export        print the default playbook as YAML",
            "  java -jar partnerbot.jar playbook check FILE    check a playbook file; exit 0 if valid, 1 if not");

    private PlaybookCli() {}

    /** {@code args} are the words after {@code playbook}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].equals("export")) {
            out.print(PlaybookLoader.defaultYaml());
            out.flush();
            return OK;
        }
        if (args.length == 2 && args[0].equals("check")) {
            return check(Path.of(args[1]), out, err);
        }
        err.println(USAGE_TEXT);
        return USAGE;
    }

    /**
     * The playbook the bot starts with: {@code PLAYBOOK_FILE} if set, else the default. When the file is invalid
     * or unreadable the report goes to {@code err} and the result is empty; the caller then exits with
     * {@link #USAGE} (2).
     */
    public static Optional<Playbook> startupPlaybook(Map<String, String> environment, PrintStream err) {
        try {
            return Optional.of(PlaybookLoader.fromEnvironment(environment));
        } catch (PlaybookException e) {
            err.println(e.report());
            return Optional.empty();
        }
    }

    private static int check(Path file, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println(file + ": no such readable file");
            return USAGE;
        }
        try {
            Playbook playbook = PlaybookLoader.load(file);
            out.println(file + ": valid playbook \"" + playbook.name() + "\" version " + playbook.version());
            return OK;
        } catch (PlaybookException e) {
            err.println(e.report());
            return PROBLEMS;
        }
    }
}
