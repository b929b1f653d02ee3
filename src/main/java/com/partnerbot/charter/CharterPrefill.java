package com.partnerbot.charter;

import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.playbook.CharterField;
import com.partnerbot.playbook.CharterSection;
import com.partnerbot.playbook.CommitmentKind;
import com.partnerbot.playbook.FactField;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.ValueSide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A first charter's texts from what the qualification recorded, as the playbook's {@code prefill} lists ask: the value
 * for each side, what each side commits, the exit criteria. One fact is given as recorded; several, one per line with
 * what it is. Nothing is cut: a text longer than its limit is marked in the form for the person to shorten.
 */
final class CharterPrefill {
    private final Playbook playbook;

    CharterPrefill(Playbook playbook) {
        this.playbook = playbook;
    }

    Map<String, String> texts(QuestionnaireAnswers answers) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (CharterSection section : playbook.charter().sections()) {
            put(texts, section.id(), section.prefill(), answers);
            for (CharterField field : section.fields()) {
                put(texts, field.id(), field.prefill(), answers);
            }
        }
        return texts;
    }

    private void put(Map<String, String> texts, String id, List<String> facts, QuestionnaireAnswers a) {
        List<String> lines = new ArrayList<>();
        for (String fact : facts) {
            String value = value(fact, a);
            if (value != null && !value.isBlank()) {
                lines.add(facts.size() == 1 ? value.strip() : label(fact) + ": " + value.strip());
            }
        }
        if (!lines.isEmpty()) {
            texts.put(id, String.join("\n", lines));
        }
    }

    private String value(String fact, QuestionnaireAnswers a) {
        return switch (FactField.byName(fact).orElseThrow()) {
            case VALUE_US -> a.valueBySide().get("us");
            case VALUE_PARTNER -> a.valueBySide().get("partner");
            case VALUE_CUSTOMERS -> a.valueBySide().get("customers");
            case OUR_COMMITMENT -> commitment(a.ourCommitment(), a.ourCommitmentNote());
            case PARTNER_COMMITMENT -> commitment(a.partnerCommitment(), a.partnerCommitmentNote());
            case EXIT_CRITERIA -> a.exitCriteria();
            case DEPENDENCY_ANSWER -> a.dependencyAnswer();
            default -> null;
        };
    }

    private String commitment(String kindId, String note) {
        String kind = playbook.qualification()
                .commitmentKind(kindId)
                .map(CommitmentKind::label)
                .orElse(null);
        if (kind == null) {
            return note;
        }
        return note == null || note.isBlank() ? kind : kind + " (" + note.strip() + ")";
    }

    private String label(String fact) {
        return switch (FactField.byName(fact).orElseThrow()) {
            case VALUE_US -> side("us", "Our company");
            case VALUE_PARTNER -> side("partner", "The partner");
            case VALUE_CUSTOMERS -> side("customers", "Shared customers");
            case OUR_COMMITMENT -> "We commit, and would lose";
            case PARTNER_COMMITMENT -> "The partner commits, and would lose";
            case EXIT_CRITERIA -> "Exit criteria";
            case DEPENDENCY_ANSWER -> "Without us, the partner";
            default -> fact;
        };
    }

    private String side(String id, String fallback) {
        return playbook.value().sides().stream()
                .filter(s -> id.equals(s.id()))
                .map(ValueSide::label)
                .findFirst()
                .orElse(fallback);
    }
}
