package com.partnerbot.bench;

import com.partnerbot.partnerships.QuestionnaireAnswers;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What people type into the questionnaire and the charter, varied enough to look like a real portfolio: names of
 * three words (company, line of business, kind), sentences of the length people write, and answers that give every
 * verdict and tier.
 */
final class SeedTexts {
    private static final List<String> COMPANIES = List.of(
            "Acme",
            "Globex",
            "Initech",
            "Umbrella",
            "Hooli",
            "Vandelay",
            "Stark",
            "Wayne",
            "Wonka",
            "Cyberdyne",
            "Soylent",
            "Tyrell",
            "Oscorp",
            "Monarch",
            "Nakatomi",
            "Massive",
            "Gekko",
            "Prestige",
            "Sirius",
            "Dunder",
            "Bluth",
            "Krusty",
            "Virtucon",
            "Sterling",
            "Pendant",
            "Zorg",
            "Rekall",
            "Weyland",
            "Aperture",
            "Black Mesa",
            "Northwind",
            "Contoso",
            "Fabrikam",
            "Tailspin",
            "Litware",
            "Adatum",
            "Proseware",
            "Woodgrove",
            "Lucerne",
            "Margie",
            "Fourth Coffee",
            "Alpine",
            "Coho",
            "Humongous",
            "Wingtip",
            "Trey",
            "Blue Yonder",
            "Graphic",
            "Southridge",
            "Relecloud",
            "Lamna",
            "Datum",
            "Consolidated",
            "Kinetic",
            "Polaris",
            "Halcyon",
            "Quantum",
            "Meridian",
            "Obsidian",
            "Redwood");
    private static final List<String> LINES = List.of(
            "Cloud",
            "Payments",
            "Analytics",
            "Security",
            "Data",
            "Health",
            "Logistics",
            "Media",
            "Robotics",
            "Energy",
            "Retail",
            "Insurance",
            "Travel",
            "Mobility",
            "Identity",
            "Commerce",
            "Learning",
            "Search",
            "Storage",
            "Telecom",
            "Billing",
            "Mapping",
            "Voice",
            "Video",
            "Hiring",
            "Legal",
            "Lending",
            "Farming",
            "Biotech",
            "Gaming",
            "Messaging",
            "Printing",
            "Shipping",
            "Ticketing",
            "Fitness",
            "Fashion",
            "Housing",
            "Aviation",
            "Maritime",
            "Weather");
    private static final List<String> KINDS = List.of("Labs", "Systems", "Group", "Works", "Partners");
    private static final List<String> ZONES =
            List.of("UTC", "America/New_York", "America/Los_Angeles", "Europe/Berlin", "Europe/London", "Asia/Tokyo");

    /** How many distinct names {@link #name} gives. */
    static final int NAMES = COMPANIES.size() * LINES.size() * KINDS.size();

    private SeedTexts() {}

    /** The {@code i}-th name, spread so that neighbours differ in every word; past {@link #NAMES}, numbered. */
    static String name(int i) {
        return name(i, line(i));
    }

    /**
     * The {@code i}-th name as someone mistypes it: one letter of its line of business replaced, so no name starts
     * with it or contains it and the name meant is the one closest to it.
     */
    static String typo(int i, Random random) {
        char[] letters = line(i).toCharArray();
        int at = 1 + random.nextInt(letters.length - 1);
        letters[at] = letters[at] == 'x' ? 'q' : 'x';
        return name(i, new String(letters));
    }

    private static String line(int i) {
        return LINES.get((spread(i) / COMPANIES.size()) % LINES.size());
    }

    private static String name(int i, String line) {
        int spread = spread(i);
        return COMPANIES.get(spread % COMPANIES.size()) + " " + line + " "
                + KINDS.get(spread / (COMPANIES.size() * LINES.size()))
                + (i < NAMES ? "" : " " + (i / NAMES + 1));
    }

    /** 7,919 is prime and divides no power of the number of names, so this visits every combination once. */
    private static int spread(int i) {
        return (int) ((i % NAMES) * 7_919L % NAMES);
    }

    static String zone(Random random) {
        return pick(ZONES, random);
    }

    /** The verdict an assessment gives follows from how many sides commit: 2 real, 1 one-sided, 0 handshake. */
    static QuestionnaireAnswers answers(
            String name, String channel, String owner, int committingSides, Random random, int round) {
        List<String> commitments = List.of("spend_commitment", "dedicated_engineering", "revenue_guarantee");
        String ours = committingSides >= 1 ? pick(commitments, random) : "nothing";
        String theirs = committingSides >= 2 ? pick(commitments, random) : "nothing";
        Map<String, String> value = new LinkedHashMap<>();
        value.put(
                "us",
                "A route into " + name + "'s installed base of mid-market customers, worth about "
                        + (2 + random.nextInt(40))
                        + " new accounts a year, and a reference architecture we can reuse.");
        value.put(
                "partner",
                "They keep their certification with our platform, get listed in our marketplace and"
                        + " cut their integration maintenance by a dedicated engineer.");
        if (random.nextInt(10) > 0) {
            value.put(
                    "customers",
                    "One setup instead of two: single sign-on, shared billing and support that does"
                            + " not bounce them between vendors when something breaks.");
        }
        Map<String, String> tier = new LinkedHashMap<>();
        int t = random.nextInt(20);
        tier.put("self_serve", t < 10 ? "yes" : "no");
        if (t >= 10) {
            tier.put("marquee", t < 13 ? "yes" : "no");
        }
        return new QuestionnaireAnswers(
                name,
                channel,
                owner,
                "Joint offer with " + name + " for customers who run both products; round " + round
                        + " of the assessment after the quarterly review with their partnership lead.",
                ours,
                ours.equals("nothing") ? "" : "Signed off by our VP of partnerships for the next four quarters.",
                theirs,
                theirs.equals("nothing") ? "" : "Their CTO confirmed it in writing after the kickoff workshop.",
                "They would lose their certification and with it the enterprise deals that require it.",
                value,
                pick(List.of("requirement", "economic", "competitive", "customer", "co_marketing"), random),
                tier,
                "End it if no joint customer is live by the end of Q" + (1 + random.nextInt(4))
                        + " or if either side drops its commitment.",
                pick(
                        List.of(
                                "fails_requirement",
                                "loses_money",
                                "falls_behind",
                                "customers_miss_out",
                                "nothing_changes"),
                        random));
    }

    /** Every section and field of the default playbook's charter, as a team fills them in. */
    static Map<String, String> charter(String name, String ourOwner, LocalDate launch) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(
                "mutual_goals",
                "Twelve joint customers live within a year; " + name + " certified on our platform;"
                        + " one shared case study each half.");
        texts.put(
                "value_exchange",
                "We give a dedicated solutions engineer and marketplace placement; " + name
                        + " gives a committed integration team and co-selling with its account managers.");
        texts.put(
                "integration_pathway",
                "Customers connect both products through our public API and the " + name
                        + " connector; setup takes under an hour with the shared runbook.");
        texts.put("resources", "Two engineers and a partner manager on our side; three engineers on theirs.");
        texts.put("timeline", "Crawl in the first six weeks with two design partners, Walk until launch, then Run.");
        texts.put("launch_date", launch.toString());
        texts.put("measurement", "Joint pipeline, live customers and support tickets per customer, reviewed monthly.");
        texts.put("success_measures", "Five live customers and a joint pipeline of 500k by the end of Walk.");
        texts.put("exit_criteria", "End it if no joint customer is live six months after launch.");
        texts.put("governance", "Partnership leads meet every two weeks; sponsors review the charter each quarter.");
        texts.put("launch_owner_us", "<@" + ourOwner + ">");
        texts.put("launch_owner_partner", "Dana Whitfield, head of alliances at " + name);
        texts.put("cadence", "Fortnightly sync, quarterly business review with both sponsors.");
        return texts;
    }

    static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
