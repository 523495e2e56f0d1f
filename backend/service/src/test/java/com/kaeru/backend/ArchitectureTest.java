package com.kaeru.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The shape a newcomer relies on: inside a capability {@code api → application → domain ←
 * infrastructure}; the domain knows neither HTTP nor the REST contract; capabilities do not depend
 * on each other in circles. Dependencies that existed when the rules were written are frozen in
 * {@code src/test/resources/archunit_store} (each one a debt to pay back: a change that removes one
 * shrinks the store, a change that adds one fails here).
 */
@AnalyzeClasses(packages = "com.kaeru.backend", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoOuterLayer = noClasses().that().resideInAPackage("com.kaeru.backend.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.kaeru.backend.*.api..",
                    "com.kaeru.backend.*.application..", "com.kaeru.backend.*.infrastructure..")
            .as("a domain depends on no api, application or infrastructure layer");

    @ArchTest
    static final ArchRule theDomainKnowsNeitherHttpNorTheContract = noClasses()
            .that().resideInAPackage("com.kaeru.backend.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "com.kaeru.api..")
            .as("a domain imports neither JAX-RS nor the REST contract");

    @ArchTest
    static final ArchRule useCasesDoNotReachIntoResources = noClasses()
            .that().resideInAPackage("com.kaeru.backend.*.application..")
            .should().dependOnClassesThat().resideInAPackage("com.kaeru.backend.*.api..")
            .as("an application layer depends on no api layer");

    @ArchTest
    static final ArchRule useCasesGoThroughDomainPorts = FreezingArchRule.freeze(noClasses()
            .that().resideInAPackage("com.kaeru.backend.*.application..")
            .should().dependOnClassesThat().resideInAPackage("com.kaeru.backend.*.infrastructure..")
            .as("an application layer reaches infrastructure through domain interfaces"));

    @ArchTest
    static final ArchRule capabilitiesFormNoCycles = FreezingArchRule.freeze(
            slices().matching("com.kaeru.backend.(*)..").should().beFreeOfCycles()
                    .as("no cycles between capabilities"));
}
