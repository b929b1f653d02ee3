package com.partnerbot.playbook;

/**
 * One mistake in a playbook file, placed where a person can find it. {@code line} and {@code column} start at 1;
 * {@code path} is the field's path in YAML names, e.g. {@code trees.tier.nodes[1].branches[0].next}.
 */
public record Problem(String file, int line, int column, String path, String message) {
    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column + ": ";
        return path == null || path.isEmpty() ? where + message : where + path + ": " + message;
    }
}
