package com.partnerbot.charter;

import com.partnerbot.frameworks.Warning;
import com.partnerbot.partnerships.StoredAssessment;
import com.partnerbot.store.Partnership;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A partnership's charter as it stands: the current version (none before the first is written), the signatures on
 * it, every checklist with what is done, and the anti-pattern warnings its recorded facts raise now.
 */
public record CharterState(
        Partnership partnership,
        Optional<StoredAssessment> assessment,
        Optional<CharterVersion> current,
        List<Signature> signatures,
        List<ChecklistState> checklists,
        List<Warning> warnings) {

    public CharterState {
        signatures = List.copyOf(signatures);
        checklists = List.copyOf(checklists);
        warnings = List.copyOf(warnings);
    }

    /** Where the charter stands, as status shows it. */
    public enum Stage {
        NONE,
        /** Written, nobody has signed this version yet. */
        DRAFT,
        /** One side signed. */
        WAITING,
        SIGNED
    }

    public Stage stage() {
        if (current.isEmpty()) {
            return Stage.NONE;
        }
        if (signatures.isEmpty()) {
            return Stage.DRAFT;
        }
        return waitingFor().isEmpty() ? Stage.SIGNED : Stage.WAITING;
    }

    public Optional<Signature> signature(Signature.Side side) {
        return signatures.stream().filter(s -> s.side() == side).findFirst();
    }

    /** The sides still to sign the current version, ours first. */
    public List<Signature.Side> waitingFor() {
        List<Signature.Side> waiting = new ArrayList<>();
        if (current.isPresent()) {
            for (Signature.Side side : Signature.Side.values()) {
                if (signature(side).isEmpty()) {
                    waiting.add(side);
                }
            }
        }
        return waiting;
    }

    public int version() {
        return current.map(CharterVersion::version).orElse(0);
    }

    public Optional<ChecklistState> checklist(String id) {
        return checklists.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
