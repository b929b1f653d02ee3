package com.partnerbot.playbook;

import java.util.List;
import java.util.Set;

/**
 * Checks a bound playbook for every mistake a team can make when editing it: missing sections, repeated ids,
 * references to nothing, broken trees, impossible durations and text longer than Slack shows.
 */
final class PlaybookValidator {
    private static final Set<String> UNITS = Set.of(Span.WEEKS, Span.MONTHS);

    private final Playbook playbook;
    private final Checks checks = new Checks();

    private PlaybookValidator(Playbook playbook) {
        this.playbook = playbook;
    }

    static List<Issue> validate(Playbook playbook) {
        PlaybookValidator validator = new PlaybookValidator(playbook);
        validator.run();
        return validator.checks.issues();
    }

    private void run() {
        checks.present("id", playbook.id());
        checks.present("version", playbook.version());
        checks.text("name", playbook.name(), SlackLimits.HEADER_TEXT, "a header");
        if (playbook.recommendedMaxTiers() < 1) {
            checks.add("recommended_max_tiers", "missing or below 1");
        }
        new QualificationValidator(playbook, checks).validate();
        leverage();
        tiers();
        trees();
        phases();
        charter();
        launch();
        new FactRulesValidator(playbook, checks).validate();
        new PrecedenceValidator(playbook, checks).validate();
    }

    private void leverage() {
        List<InvestmentLevel> levels = playbook.investmentLevels();
        checks.notEmpty("investment_levels", levels);
        checks.unique("investment_levels", levels, InvestmentLevel::id, "id");
        for (int i = 0; i < levels.size(); i++) {
            String path = "investment_levels[" + i + "]";
            InvestmentLevel level = levels.get(i);
            if (checks.entry(path, level)) {
                checks.present(path + ".id", level.id());
                checks.text(path + ".label", level.label(), SlackLimits.OPTION_TEXT, "an option");
                checks.text(path + ".advice", level.advice(), SlackLimits.SECTION_TEXT, "a section");
            }
        }
        List<LeverageType> types = playbook.leverageTypes();
        checks.notEmpty("leverage_types", types);
        checks.unique("leverage_types", types, LeverageType::id, "id");
        checks.unique("leverage_types", types, t -> String.valueOf(t.rank()), "rank");
        checks.atMost("leverage_types", types, SlackLimits.OPTIONS, "a select menu");
        for (int i = 0; i < types.size(); i++) {
            String path = "leverage_types[" + i + "]";
            LeverageType type = types.get(i);
            if (!checks.entry(path, type)) {
                continue;
            }
            checks.text(path + ".id", type.id(), SlackLimits.ID, "an id");
            if (type.rank() < 1) {
                checks.add(path + ".rank", "missing or below 1 (1 is the strongest)");
            }
            checks.text(path + ".label", type.label(), SlackLimits.OPTION_TEXT, "an option");
            checks.text(path + ".description", type.description(), SlackLimits.SECTION_TEXT, "a section");
            if (checks.present(path + ".investment", type.investment())
                    && playbook.investmentLevel(type.investment()).isEmpty()) {
                checks.add(path + ".investment", "no investment level \"" + type.investment() + "\"");
            }
        }
    }

    private void tiers() {
        List<Tier> tiers = playbook.tiers();
        checks.notEmpty("tiers", tiers);
        checks.unique("tiers", tiers, Tier::id, "id");
        for (int i = 0; i < tiers.size(); i++) {
            String path = "tiers[" + i + "]";
            Tier tier = tiers.get(i);
            if (!checks.entry(path, tier)) {
                continue;
            }
            checks.present(path + ".id", tier.id());
            if (tier.level() < 1) {
                checks.add(path + ".level", "missing or below 1");
            }
            checks.text(path + ".label", tier.label(), SlackLimits.OPTION_TEXT, "an option");
            checks.fits(path + ".summary", tier.summary(), SlackLimits.SECTION_TEXT, "a section");
            checks.texts(path + ".gives", tier.gives(), SlackLimits.SECTION_TEXT, "a section");
            checks.texts(path + ".requires", tier.requires(), SlackLimits.SECTION_TEXT, "a section");
        }
    }

    private void trees() {
        if (playbook.trees().isEmpty()) {
            checks.add("trees", "missing: needs the trees " + String.join(", ", Playbook.TREE_KEYS));
            return;
        }
        for (String key : Playbook.TREE_KEYS) {
            if (!playbook.trees().containsKey(key)) {
                checks.add("trees", "missing tree \"" + key + "\"");
            }
        }
        TreeValidator trees = new TreeValidator(playbook, checks);
        playbook.trees().forEach(trees::validate);
    }

    private void phases() {
        List<Phase> phases = playbook.phases();
        checks.notEmpty("phases", phases);
        checks.unique("phases", phases, Phase::id, "id");
        for (int i = 0; i < phases.size(); i++) {
            String path = "phases[" + i + "]";
            Phase phase = phases.get(i);
            if (!checks.entry(path, phase)) {
                continue;
            }
            checks.present(path + ".id", phase.id());
            checks.text(path + ".label", phase.label(), SlackLimits.OPTION_TEXT, "an option");
            checks.fits(path + ".purpose", phase.purpose(), SlackLimits.SECTION_TEXT, "a section");
            span(path + ".duration", phase.duration());
            checks.texts(path + ".activities", phase.activities(), SlackLimits.SECTION_TEXT, "a section");
            checks.text(path + ".go_no_go_title", phase.goNoGoTitle(), SlackLimits.HEADER_TEXT, "a header");
            checks.texts(path + ".go_no_go", phase.goNoGo(), SlackLimits.SECTION_TEXT, "a section");
        }
    }

    private void span(String path, Span span) {
        if (!checks.present(path, span)) {
            return;
        }
        if (span.min() < 1) {
            checks.add(path + ".min", "missing or below 1");
        }
        if (span.min() > span.max()) {
            checks.add(path, "minimum " + span.min() + " exceeds maximum " + span.max());
        }
        if (checks.present(path + ".unit", span.unit()) && !UNITS.contains(span.unit())) {
            checks.add(path + ".unit", "unit \"" + span.unit() + "\" is not weeks or months");
        }
    }

    private void charter() {
        Charter charter = playbook.charter();
        if (!checks.present("charter", charter)) {
            return;
        }
        checks.notEmpty("charter.sections", charter.sections());
        checks.unique("charter.sections", charter.sections(), CharterSection::id, "id");
        for (int i = 0; i < charter.sections().size(); i++) {
            String path = "charter.sections[" + i + "]";
            CharterSection section = charter.sections().get(i);
            if (checks.entry(path, section)) {
                checks.present(path + ".id", section.id());
                checks.text(path + ".title", section.title(), SlackLimits.HEADER_TEXT, "a header");
                checks.text(path + ".prompt", section.prompt(), SlackLimits.INPUT_LABEL, "an input label");
                checks.texts(path + ".items", section.items(), SlackLimits.SECTION_TEXT, "a section");
            }
        }
        new CharterFormValidator(checks).validate(charter.sections());
        SignatureRule signature = charter.signature();
        if (checks.present("charter.signature", signature)) {
            checks.text("charter.signature.rule", signature.rule(), SlackLimits.SECTION_TEXT, "a section");
            checks.fits("charter.signature.mistake", signature.mistake(), SlackLimits.SECTION_TEXT, "a section");
            if (checks.notEmpty("charter.signature.signers", signature.signers())) {
                for (int i = 0; i < signature.signers().size(); i++) {
                    String signer = signature.signers().get(i);
                    if (!QualificationValidator.sideIds(playbook).contains(signer)) {
                        checks.add("charter.signature.signers[" + i + "]", "no value side \"" + signer + "\"");
                    }
                }
            }
        }
    }

    private void launch() {
        LaunchPlan launch = playbook.launch();
        if (!checks.present("launch", launch)) {
            return;
        }
        checks.text("launch.warning", launch.warning(), SlackLimits.SECTION_TEXT, "a section");
        checks.notEmpty("launch.stages", launch.stages());
        checks.unique("launch.stages", launch.stages(), LaunchStage::id, "id");
        for (int i = 0; i < launch.stages().size(); i++) {
            String path = "launch.stages[" + i + "]";
            LaunchStage stage = launch.stages().get(i);
            if (!checks.entry(path, stage)) {
                continue;
            }
            checks.present(path + ".id", stage.id());
            checks.text(path + ".label", stage.label(), SlackLimits.OPTION_TEXT, "an option");
            if (stage.startWeek() == 0 || stage.endWeek() == 0) {
                checks.add(path, "week 0 does not exist: week 1 is launch week, -1 the week before it");
            }
            if (stage.startWeek() > stage.endWeek()) {
                checks.add(
                        path + ".start_week",
                        "start_week " + stage.startWeek() + " exceeds end_week " + stage.endWeek());
            }
            checks.texts(path + ".items", stage.items(), SlackLimits.SECTION_TEXT, "a section");
        }
    }
}
