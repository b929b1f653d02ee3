package com.partnerbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pure core (frameworks and playbook) must not reach Slack, HTTP or storage. */
@AnalyzeClasses(packages = "com.partnerbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPure = noClasses()
            .that()
            .resideInAnyPackage("..frameworks..", "..playbook..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.slack..", "io.javalin..", "org.jdbi..", "java.sql..", "com.zaxxer..", "org.flywaydb..")
            .because("the decision logic and the playbook are pure and testable without Slack or a database");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheAppAroundIt = noClasses()
            .that()
            .resideInAnyPackage("..frameworks..", "..playbook..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.partnerbot.app..",
                    "com.partnerbot.http..",
                    "com.partnerbot.slack..",
                    "com.partnerbot.store..",
                    "com.partnerbot.partnerships..",
                    "com.partnerbot.decisions..",
                    "com.partnerbot.charter..",
                    "com.partnerbot.phases..",
                    "com.partnerbot.history..",
                    "com.partnerbot.outbox..",
                    "com.partnerbot.reminders..",
                    "com.partnerbot.export..",
                    "com.partnerbot.portfolio..")
            .because("dependencies point inwards: the app, Slack and storage use the core, never the reverse");

    @ArchTest
    static final ArchRule servicesAndStorageKnowNothingOfSlack = noClasses()
            .that()
            .resideInAnyPackage(
                    "..store..",
                    "..partnerships..",
                    "..decisions..",
                    "..outbox..",
                    "com.partnerbot.charter..",
                    "com.partnerbot.phases..",
                    "com.partnerbot.history..",
                    "com.partnerbot.export..",
                    "com.partnerbot.portfolio..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.slack..", "io.javalin..", "com.partnerbot.slack..", "com.partnerbot.http..")
            .because("the same services serve Slack, the Home tab and reminders, and are tested without Slack");

    // What each inner package may use, by name (an allow-list: anything new is a decision, not an accident).

    private static final String[] JDK = {"java..", "javax.annotation.."};

    private static ArchRule mayUse(String pkg, String why, String... allowed) {
        String[] all = new String[allowed.length + JDK.length + 1];
        all[0] = "com.partnerbot." + pkg + "..";
        System.arraycopy(JDK, 0, all, 1, JDK.length);
        System.arraycopy(allowed, 0, all, 1 + JDK.length, allowed.length);
        return classes()
                .that()
                .resideInAPackage("com.partnerbot." + pkg + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(all)
                .because(why);
    }

    @ArchTest
    static final ArchRule frameworksUse =
            mayUse("frameworks", "the decision logic is records in, records out", "com.partnerbot.playbook..");

    @ArchTest
    static final ArchRule playbookUses = mayUse(
            "playbook",
            "the playbook is data read from YAML and checked",
            "com.fasterxml.jackson..",
            "org.yaml.snakeyaml..");

    @ArchTest
    static final ArchRule storeUses = mayUse(
            "store",
            "storage is Jdbi over a pooled connection, migrated by Flyway",
            "org.jdbi..",
            "com.zaxxer.hikari..",
            "org.flywaydb..",
            "javax.sql..");

    @ArchTest
    static final ArchRule outboxUses = mayUse(
            "outbox",
            "delivery is rows and claims; the Slack side is behind the Delivery interface",
            "com.partnerbot.store..",
            "org.jdbi..",
            "org.slf4j..",
            "io.github.resilience4j.core..");

    @ArchTest
    static final ArchRule remindersUse = mayUse(
            "reminders",
            "a reminder says what is due and hands it to the outbox; the Slack side renders it",
            "com.partnerbot.frameworks..",
            "com.partnerbot.outbox..",
            "com.partnerbot.store..",
            "org.jdbi..",
            "org.slf4j..",
            "com.github.kagkarlsson.scheduler..",
            "javax.sql..");

    @ArchTest
    static final ArchRule launchUses = mayUse(
            "launch",
            "the launch plan schedules reminders and records activity; the Slack side renders what it announces",
            "com.partnerbot.charter..",
            "com.partnerbot.frameworks..",
            "com.partnerbot.outbox..",
            "com.partnerbot.playbook..",
            "com.partnerbot.reminders..",
            "com.partnerbot.store..",
            "org.jdbi..");

    @ArchTest
    static final ArchRule servicesUse = classes()
            .that()
            .resideInAnyPackage("com.partnerbot.partnerships..", "com.partnerbot.decisions..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "com.partnerbot.partnerships..",
                    "com.partnerbot.decisions..",
                    "com.partnerbot.frameworks..",
                    "com.partnerbot.playbook..",
                    "com.partnerbot.store..",
                    "com.partnerbot.outbox..",
                    "com.partnerbot.reminders..",
                    "java..",
                    "org.jdbi..",
                    "com.fasterxml.jackson..",
                    "org.apache.commons.text.similarity..")
            .because("services run the core and keep its results; Slack is the caller's business");

    @ArchTest
    static final ArchRule phasesUse = mayUse(
            "phases",
            "phases run the pure gate and windows, keep their results and schedule reminders; Slack is the caller's"
                    + " business",
            "com.partnerbot.frameworks..",
            "com.partnerbot.playbook..",
            "com.partnerbot.store..",
            "com.partnerbot.outbox..",
            "com.partnerbot.reminders..",
            "org.jdbi..",
            "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule historyUses = mayUse(
            "history",
            "the history reads what other features stored and labels it from the playbook; Slack renders it",
            "com.partnerbot.charter..",
            "com.partnerbot.frameworks..",
            "com.partnerbot.playbook..",
            "com.partnerbot.store..",
            "org.jdbi..");

    @ArchTest
    static final ArchRule exportUses = mayUse(
            "export",
            "the export reads storage and writes CSV or JSON to a stream; Slack uploads what it wrote",
            "com.partnerbot.playbook..",
            "com.partnerbot.store..",
            "org.jdbi..",
            "com.fasterxml.jackson.core..",
            "org.apache.commons.csv..");

    @ArchTest
    static final ArchRule portfolioUses = mayUse(
            "portfolio",
            "the portfolio reads pages and counts from storage and names tiers and phases by the playbook; Slack is the"
                    + " caller's business",
            "com.partnerbot.frameworks..",
            "com.partnerbot.playbook..",
            "com.partnerbot.store..",
            "org.jdbi..");
}
