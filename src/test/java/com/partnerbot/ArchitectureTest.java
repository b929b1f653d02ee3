package com.partnerbot;

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
                    "com.partnerbot.outbox..",
                    "com.partnerbot.reminders..")
            .because("dependencies point inwards: the app, Slack and storage use the core, never the reverse");

    @ArchTest
    static final ArchRule servicesAndStorageKnowNothingOfSlack = noClasses()
            .that()
            .resideInAnyPackage(
                    "..store..", "..partnerships..", "..decisions..", "..outbox..", "com.partnerbot.charter..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.slack..", "io.javalin..", "com.partnerbot.slack..", "com.partnerbot.http..")
            .because("the same services serve Slack, the Home tab and reminders, and are tested without Slack");
}
