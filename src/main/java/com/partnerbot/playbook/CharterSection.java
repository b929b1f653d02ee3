package com.partnerbot.playbook;

import java.util.List;

/** One charter section, e.g. Mutual Goals, with the question it answers and what it should contain. */
public record CharterSection(String id, String title, String prompt, List<String> items) {
    public CharterSection {
        items = Copies.list(items);
    }
}
