package com.partnerbot.charter;

import com.partnerbot.playbook.CharterField;
import com.partnerbot.playbook.CharterSection;
import com.partnerbot.playbook.Playbook;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The mistakes in a submitted charter, by section or field id and signatory field; nothing is cut to fit. */
final class CharterDraftCheck {
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private final Playbook playbook;

    CharterDraftCheck(Playbook playbook) {
        this.playbook = playbook;
    }

    Map<String, String> problems(CharterDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (CharterSection section : playbook.charter().sections()) {
            String text = draft.text(section.id());
            if (text == null) {
                problems.put(section.id(), "Write the " + section.title() + " section: " + section.prompt());
            } else if (text.length() > section.limit()) {
                problems.put(section.id(), tooLong(section.limit(), text.length()));
            }
            for (CharterField field : section.fields()) {
                String value = draft.text(field.id());
                if (value == null) {
                    if (!field.isOptional()) {
                        problems.put(field.id(), "Fill in " + field.label() + ".");
                    }
                } else if (CharterField.DATE.equals(field.kind())) {
                    if (CharterFacts.date(value).isEmpty()) {
                        problems.put(field.id(), "Pick a date.");
                    }
                } else if (value.length() > field.limit()) {
                    problems.put(field.id(), tooLong(field.limit(), value.length()));
                }
            }
        }
        if (draft.ourSignerUserId() == null || draft.ourSignerUserId().isBlank()) {
            problems.put(CharterFields.OUR_SIGNER, "Pick who signs for our side.");
        }
        Signatory partner = draft.partnerSigner();
        boolean inSlack = partner != null && partner.inSlack();
        String name = partner == null || partner.name() == null
                ? null
                : partner.name().strip();
        String email = partner == null || partner.email() == null
                ? null
                : partner.email().strip();
        boolean named = name != null && !name.isEmpty();
        boolean emailed = email != null && !email.isEmpty();
        if (inSlack && (named || emailed)) {
            problems.put(
                    CharterFields.PARTNER_SIGNER,
                    "Pick the partner's signatory in Slack, or give a name and an email for one outside Slack, not both.");
        } else if (inSlack && partner.userId().equals(draft.ourSignerUserId())) {
            problems.put(CharterFields.PARTNER_SIGNER, "The partner's signatory cannot be the one who signs for us.");
        } else if (!inSlack && !named && !emailed) {
            problems.put(
                    CharterFields.PARTNER_SIGNER,
                    "Pick the partner's signatory in Slack (e.g. from your shared channel), or give their name and"
                            + " email below if they sign outside Slack.");
        } else if (!inSlack) {
            if (!named) {
                problems.put(CharterFields.PARTNER_NAME, "Give the name of the partner's signatory.");
            } else if (name.length() > NAME_MAX) {
                problems.put(CharterFields.PARTNER_NAME, tooLong(NAME_MAX, name.length()));
            }
            if (!emailed) {
                problems.put(CharterFields.PARTNER_EMAIL, "Give the email of the partner's signatory.");
            } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
                problems.put(CharterFields.PARTNER_EMAIL, "This is not an email address, e.g. dana@northwind.example.");
            }
        }
        return problems;
    }

    private static String tooLong(int limit, int length) {
        return "Keep it to " + limit + " characters (it has " + length + ").";
    }
}
