package com.partnerbot.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.playbook.ChecklistItem;
import com.partnerbot.store.Partnership;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Drafts, versions, signatories and signatures, a charter's stage, and a checklist's counts. */
class CharterPartsTest {
    private static final Partnership ACME = new Partnership("T1", "p1", "Acme", "C1", "U1", null, "U1", Instant.EPOCH);
    private static final CharterVersion V1 = new CharterVersion(
            "p1", 1, Map.of("goals", "  Grow  ", "blank", " "), "U1", Signatory.slackUser("U2"), "U1", Instant.EPOCH);

    private static Signature signature(Signature.Side side) {
        return new Signature(
                1,
                side,
                Optional.of("U1"),
                Optional.of("T1"),
                Signature.Method.SLACK,
                Optional.empty(),
                "U1",
                Instant.EPOCH);
    }

    private static CharterState state(Optional<CharterVersion> current, Signature... signatures) {
        return new CharterState(ACME, Optional.empty(), current, List.of(signatures), List.of(), List.of());
    }

    @Test
    void aDraftGivesEachTextStrippedAndABlankOneAsNone() {
        Map<String, String> texts = new HashMap<>();
        texts.put("goals", "  Grow  ");
        texts.put("blank", " \n ");
        var draft = new CharterDraft(texts, "U1", null);
        assertThat(draft.text("goals")).isEqualTo("Grow");
        assertThat(draft.text("blank")).isNull();
        assertThat(draft.text("missing")).isNull();
        assertThat(new CharterDraft(null, "U1", null).texts()).isEmpty();
    }

    @Test
    void aVersionGivesItsTextsAsStoredAndOpensAsADraft() {
        assertThat(V1.text("goals")).isEqualTo("  Grow  ");
        assertThat(V1.text("blank")).isNull();
        assertThat(V1.text("missing")).isNull();
        assertThat(V1.draft()).isEqualTo(new CharterDraft(V1.texts(), "U1", Signatory.slackUser("U2")));
    }

    @Test
    void aSignatoryIsInSlackOnlyWithAUserId() {
        assertThat(Signatory.slackUser("U2").inSlack()).isTrue();
        assertThat(Signatory.slackUser(" ").inSlack()).isFalse();
        assertThat(Signatory.outside("Dana", "dana@northwind.example").inSlack())
                .isFalse();
        assertThat(Signatory.outside("Dana", "dana@northwind.example"))
                .isEqualTo(new Signatory(null, "Dana", "dana@northwind.example"));
    }

    @Test
    void sidesAndMethodsAreStoredByTheirLowerCaseIds() {
        assertThat(Signature.Side.US.id()).isEqualTo("us");
        assertThat(Signature.Side.PARTNER.id()).isEqualTo("partner");
        assertThat(Signature.Side.of("partner")).isEqualTo(Signature.Side.PARTNER);
        assertThat(Signature.Method.SLACK.id()).isEqualTo("slack");
        assertThat(Signature.Method.OUTSIDE.id()).isEqualTo("outside");
        assertThat(Signature.Method.of("outside")).isEqualTo(Signature.Method.OUTSIDE);
        assertThatThrownBy(() -> Signature.Side.of("them")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCharterIsNoneThenDraftThenWaitingThenSigned() {
        CharterState none = state(Optional.empty());
        assertThat(none.stage()).isEqualTo(CharterState.Stage.NONE);
        assertThat(none.waitingFor()).isEmpty();
        assertThat(none.version()).isZero();

        CharterState draft = state(Optional.of(V1));
        assertThat(draft.stage()).isEqualTo(CharterState.Stage.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.waitingFor()).containsExactly(Signature.Side.US, Signature.Side.PARTNER);

        CharterState partnerSigned = state(Optional.of(V1), signature(Signature.Side.PARTNER));
        assertThat(partnerSigned.stage()).isEqualTo(CharterState.Stage.WAITING);
        assertThat(partnerSigned.waitingFor()).containsExactly(Signature.Side.US);
        assertThat(partnerSigned.signature(Signature.Side.US)).isEmpty();
        assertThat(partnerSigned.signature(Signature.Side.PARTNER)).contains(signature(Signature.Side.PARTNER));

        CharterState signed = state(Optional.of(V1), signature(Signature.Side.PARTNER), signature(Signature.Side.US));
        assertThat(signed.stage()).isEqualTo(CharterState.Stage.SIGNED);
        assertThat(signed.waitingFor()).isEmpty();
        assertThat(signed.signature(Signature.Side.US)).contains(signature(Signature.Side.US));
    }

    @Test
    void aChecklistCountsWhatIsDoneAndListsWhatIsTickedByHand() {
        var auto = new ChecklistState.Line(new ChecklistItem("a", "Auto", List.of()), true, false, Optional.empty());
        var open = new ChecklistState.Line(new ChecklistItem("b", "Open", List.of()), false, true, Optional.empty());
        var ticked = new ChecklistState.Line(new ChecklistItem("c", "Ticked", List.of()), true, true, Optional.empty());
        var list = new ChecklistState("before_starting", "Before starting", List.of(auto, open, ticked));
        assertThat(list.done()).isEqualTo(2);
        assertThat(list.total()).isEqualTo(3);
        assertThat(list.byHand()).containsExactly(open, ticked);

        CharterState withList =
                new CharterState(ACME, Optional.empty(), Optional.empty(), List.of(), List.of(list), List.of());
        assertThat(withList.checklist("before_starting")).contains(list);
        assertThat(withList.checklist("before_launching")).isEmpty();
    }
}
