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
}
