package com.partnerbot.charter;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.ChecklistItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerTicksTest {
    private static final String PARTNER = "U9";

    private static ChecklistState.Line line(String id, boolean done, String lastBy, boolean lastTicked) {
        Optional<Tick> last = lastBy == null
                ? Optional.empty()
                : Optional.of(new Tick(1, "before_starting", id, lastTicked, lastBy, Instant.EPOCH));
        return new ChecklistState.Line(new ChecklistItem(id, "Item " + id, List.of()), done, true, last);
    }

    @Test
    void aPartnerTicksWhatIsOpenAndUnticksOnlyTheirOwnTicks() {
        List<ChecklistState.Line> lines = List.of(
                line("open", false, null, false),
                line("reopened", false, "U1", false),
                line("hosts", true, "U1", true),
                line("theirs", true, PARTNER, true),
                line("untouched", true, "U1", true),
                line("kept", true, PARTNER, true));

        PartnerTicks.Split split = PartnerTicks.of(
                lines,
                Map.of("open", true, "reopened", true, "hosts", false, "theirs", false, "kept", true, "unknown", true),
                PARTNER);

        assertThat(split.allowed())
                .containsExactly(
                        Map.entry("open", true),
                        Map.entry("reopened", true),
                        Map.entry("theirs", false),
                        Map.entry("kept", true));
        assertThat(split.refused()).extracting(ChecklistItem::id).containsExactly("hosts");
    }

    @Test
    void aDoneItemWithoutATickOfTheirsStaysWithTheHost() {
        // Done with no tick recorded, or last changed by the partner unticking and someone else ticking since.
        List<ChecklistState.Line> lines =
                List.of(line("noTick", true, null, false), line("untickedByThem", true, PARTNER, false));

        PartnerTicks.Split split = PartnerTicks.of(lines, Map.of("noTick", false, "untickedByThem", false), PARTNER);

        assertThat(split.allowed()).isEmpty();
        assertThat(split.refused()).extracting(ChecklistItem::id).containsExactly("noTick", "untickedByThem");
    }
}
