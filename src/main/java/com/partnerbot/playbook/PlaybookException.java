package com.partnerbot.playbook;

import java.util.List;

/** A playbook that cannot be used, with every problem found in it. */
public final class PlaybookException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<Problem> problems;

    public PlaybookException(String file, List<Problem> problems) {
        super(file + ": " + problems.size() + " problem(s) in playbook");
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The text to show a person: the file, then one problem per line. */
    public String report() {
        StringBuilder text = new StringBuilder("Playbook " + file + " is not valid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):");
        problems.forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        return text.toString();
    }
}
