package com.partnerbot.charter;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.playbook.TestPlaybooks;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mistakes of a submitted charter, each under its section, field or signatory key, with the exact words shown. */
class CharterDraftCheckTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private final CharterDraftCheck check = new CharterDraftCheck(PLAYBOOK);

    private static Map<String, String> sections() {
        Map<String, String> texts = new HashMap<>();
        texts.put("mutual_goals", "Grow together");
        texts.put("value_exchange", "Spend for engineering");
        texts.put("timeline", "Crawl in March");
        texts.put("measurement", "Five deals");
        texts.put("governance", "Monthly steering");
        return texts;
    }

    private static Map<String, String> with(String id, String text) {
        Map<String, String> texts = sections();
        texts.put(id, text);
        return texts;
    }

    private Map<String, String> problems(Map<String, String> texts) {
        return check.problems(new CharterDraft(texts, "U1", Signatory.slackUser("U2")));
    }

    private Map<String, String> partner(Signatory partner) {
        return check.problems(new CharterDraft(sections(), "U1", partner));
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        assertThat(problems(sections())).isEmpty();
        assertThat(partner(Signatory.outside("Dana", "dana@northwind.example"))).isEmpty();
    }

    @Test
    void eachMissingSectionAsksForItsPromptInPlaybookOrder() {
        assertThat(check.problems(new CharterDraft(Map.of("timeline", "  "), "U1", Signatory.slackUser("U2"))))
                .containsExactly(
                        Map.entry(
                                "mutual_goals",
                                "Write the Mutual Goals section: What do both sides want from this partnership in the"
                                        + " next 12 months?"),
                        Map.entry(
                                "value_exchange",
                                "Write the Value Exchange section: What does each side give, and what does each side"
                                        + " get?"),
                        Map.entry("timeline", "Write the Timeline section: When does each phase start and end?"),
                        Map.entry("measurement", "Write the Measurement section: How will we know it is working?"),
                        Map.entry(
                                "governance", "Write the Governance section: Who decides, and how often do we meet?"));
    }

    @Test
    void aSectionMayFillItsLimitButNotOneCharacterMore() {
        assertThat(problems(with("timeline", "t".repeat(2000)))).isEmpty();
        assertThat(problems(with("timeline", "  " + "t".repeat(2000) + "  "))).isEmpty();
        assertThat(problems(with("timeline", "t".repeat(2001))))
                .containsExactly(Map.entry("timeline", "Keep it to 2000 characters (it has 2001)."));
    }

    @Test
    void aFieldMayFillItsLimitButNotOneCharacterMore() {
        assertThat(problems(with("cadence", "c".repeat(500)))).isEmpty();
        assertThat(problems(with("cadence", "c".repeat(501))))
                .containsExactly(Map.entry("cadence", "Keep it to 500 characters (it has 501)."));
    }

    @Test
    void aDateFieldTakesAnIsoDate() {
        assertThat(problems(with("launch_date", " 2026-05-01 "))).isEmpty();
        assertThat(problems(with("launch_date", "May 1st"))).containsExactly(Map.entry("launch_date", "Pick a date."));
        assertThat(problems(with("launch_date", "2026-02-30")))
                .containsExactly(Map.entry("launch_date", "Pick a date."));
    }

    @Test
    void optionalFieldsMayBeLeftOutAndARequiredOneMustBeFilled() {
        assertThat(problems(sections())).doesNotContainKeys("launch_date", "cadence", "launch_owner_us");

        Playbook strict = TestPlaybooks.parse(TestPlaybooks.edited(
                "          label: Owners and meeting cadence\n",
                "          label: Owners and meeting cadence\n          optional: false\n"));
        var strictCheck = new CharterDraftCheck(strict);
        assertThat(strictCheck.problems(new CharterDraft(sections(), "U1", Signatory.slackUser("U2"))))
                .containsExactly(Map.entry("cadence", "Fill in Owners and meeting cadence."));
        assertThat(strictCheck.problems(new CharterDraft(with("cadence", "Weekly"), "U1", Signatory.slackUser("U2"))))
                .isEmpty();
    }

    @Test
    void ourSideNeedsASignatory() {
        assertThat(check.problems(new CharterDraft(sections(), null, Signatory.slackUser("U2"))))
                .containsExactly(Map.entry(CharterFields.OUR_SIGNER, "Pick who signs for our side."));
        assertThat(check.problems(new CharterDraft(sections(), "  ", Signatory.slackUser("U2"))))
                .containsExactly(Map.entry(CharterFields.OUR_SIGNER, "Pick who signs for our side."));
    }

    @Test
    void thePartnersSignatoryIsNeededInSlackOrOutsideIt() {
        String pick = "Pick the partner's signatory in Slack (e.g. from your shared channel), or give their name and"
                + " email below if they sign outside Slack.";
        assertThat(partner(null)).containsExactly(Map.entry(CharterFields.PARTNER_SIGNER, pick));
        assertThat(partner(new Signatory(" ", null, null)))
                .containsExactly(Map.entry(CharterFields.PARTNER_SIGNER, pick));
        assertThat(partner(Signatory.outside("  ", " ")))
                .containsExactly(Map.entry(CharterFields.PARTNER_SIGNER, pick));
    }

    @Test
    void thePartnersSignatoryIsEitherInSlackOrOutsideNotBoth() {
        String both = "Pick the partner's signatory in Slack, or give a name and an email for one outside Slack, not"
                + " both.";
        assertThat(partner(new Signatory("U2", "Dana", null)))
                .containsExactly(Map.entry(CharterFields.PARTNER_SIGNER, both));
        assertThat(partner(new Signatory("U2", null, "dana@northwind.example")))
                .containsExactly(Map.entry(CharterFields.PARTNER_SIGNER, both));
        assertThat(partner(new Signatory("U2", " ", " "))).isEmpty();
    }

    @Test
    void thePartnersSignatoryIsNotOurs() {
        assertThat(partner(Signatory.slackUser("U1")))
                .containsExactly(Map.entry(
                        CharterFields.PARTNER_SIGNER, "The partner's signatory cannot be the one who signs for us."));
    }

    @Test
    void aPartnerOutsideSlackNeedsANameAndAnEmail() {
        assertThat(partner(Signatory.outside(null, "dana@northwind.example")))
                .containsExactly(Map.entry(CharterFields.PARTNER_NAME, "Give the name of the partner's signatory."));
        assertThat(partner(Signatory.outside("Dana", null)))
                .containsExactly(Map.entry(CharterFields.PARTNER_EMAIL, "Give the email of the partner's signatory."));
        assertThat(partner(Signatory.outside("Dana", "  ")))
                .containsExactly(Map.entry(CharterFields.PARTNER_EMAIL, "Give the email of the partner's signatory."));
    }

    @Test
    void aNameMayFillItsLimitButNotOneCharacterMore() {
        assertThat(partner(Signatory.outside(" " + "n".repeat(100) + " ", "dana@northwind.example")))
                .isEmpty();
        assertThat(partner(Signatory.outside("n".repeat(101), "dana@northwind.example")))
                .containsExactly(Map.entry(CharterFields.PARTNER_NAME, "Keep it to 100 characters (it has 101)."));
    }

    @Test
    void anEmailMustLookLikeOneAndFitItsLimit() {
        String notEmail = "This is not an email address, e.g. dana@northwind.example.";
        for (String bad : new String[] {
            "dana",
            "dana@northwind",
            "da na@northwind.example",
            "@northwind.example",
            "dana@@northwind.example",
            "dana@northwind.",
            "dana@northwind.example extra"
        }) {
            assertThat(partner(Signatory.outside("Dana", bad)))
                    .as(bad)
                    .containsExactly(Map.entry(CharterFields.PARTNER_EMAIL, notEmail));
        }
        String domain = "@northwind.example";
        String longest = "d".repeat(CharterDraftCheck.EMAIL_MAX - domain.length()) + domain;
        assertThat(partner(Signatory.outside("Dana", " " + longest + " "))).isEmpty();
        assertThat(partner(Signatory.outside("Dana", "d" + longest)))
                .containsExactly(Map.entry(CharterFields.PARTNER_EMAIL, notEmail));
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        assertThat(check.problems(new CharterDraft(
                        with("launch_date", "soon"), null, Signatory.outside("n".repeat(101), "nope"))))
                .containsOnlyKeys(
                        "launch_date",
                        CharterFields.OUR_SIGNER,
                        CharterFields.PARTNER_NAME,
                        CharterFields.PARTNER_EMAIL);
    }
}
