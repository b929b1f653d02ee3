package com.partnerbot.playbook;

/**
 * Templates for the reason given per side. Placeholders: {@code {side}} (the value side's label), {@code {kind}}
 * (the commitment kind's label), {@code {note}} (", " and the note, or nothing).
 */
public record SideReasons(String commits, String nothing, String unanswered) {}
