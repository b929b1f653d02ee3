package com.partnerbot.playbook;

/**
 * Templates for the reason given per side. Placeholders: {@code {side}} (the value side's label), {@code {kind}}
 * (the commitment kind's label), {@code {note}} (", " and the note, or nothing). {@code undescribed} is for a kind
 * that needs a note and has none.
 */
public record SideReasons(String commits, String nothing, String unanswered, String undescribed) {
    public SideReasons(String commits, String nothing, String unanswered) {
        this(commits, nothing, unanswered, null);
    }
}
