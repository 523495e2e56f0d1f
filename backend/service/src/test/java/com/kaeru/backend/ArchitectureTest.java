package com.kaeru.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The shape a newcomer relies on: inside a capability {@code api → application → domain ←
 * infrastructure}; the domain knows neither HTTP nor the REST contract; capabilities depend on each
 * other only downwards through the tiers of {@link #TIERS} (docs/architecture.md), so never in
 * circles. Nothing is frozen any more: the violations once kept in an ArchUnit store are paid back.
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
    static final ArchRule useCasesGoThroughDomainPorts = noClasses()
            .that().resideInAPackage("com.kaeru.backend.*.application..")
            .should().dependOnClassesThat().resideInAPackage("com.kaeru.backend.*.infrastructure..")
            .as("an application layer reaches infrastructure through domain interfaces");

    /**
     * Capabilities from the bottom up: a capability may use those in lower tiers and its own tier,
     * never a higher one. The foundation (platform, the tenant registry, the caller's access, the
     * audit trail, events and notifications) knows no business capability; reasons and the catalog
     * know no return; policy decides and refunds pay without knowing returns (the policy preview asks
     * through {@code policy.application.OrderEligibility}); the shop settings and team screens
     * compose what lies below them.
     */
    static final List<List<String>> TIERS = List.of(
            List.of("platform"),
            List.of("tenancy"),
            List.of("access"),
            List.of("audit"),
            List.of("events"),
            List.of("notifications"),
            List.of("catalog", "inventory", "orders", "money", "coupons", "reasons", "address"),
            List.of("policy", "refunds", "credit"),
            List.of("returns"),
            List.of("shops", "team", "integration", "warehouse", "replenishment", "webhooks", "carriers", "dataexport",
                    "insights"),
            List.of("demo"));

    @ArchTest
    static final ArchRule capabilitiesDependDownwards = tiers();

    private static ArchRule tiers() {
        LayeredArchitecture tiers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitectureIgnoring("com.kaeru.backend");
        for (List<String> tier : TIERS) {
            tiers = tiers.layer(String.join("+", tier))
                    .definedBy(tier.stream().map(c -> "com.kaeru.backend." + c + "..").toArray(String[]::new));
        }
        for (int i = 0; i < TIERS.size() - 1; i++) {
            String[] above = TIERS.subList(i + 1, TIERS.size()).stream().map(t -> String.join("+", t))
                    .toArray(String[]::new);
            tiers = tiers.whereLayer(String.join("+", TIERS.get(i))).mayOnlyBeAccessedByLayers(above);
        }
        return tiers.whereLayer(String.join("+", TIERS.get(TIERS.size() - 1))).mayNotBeAccessedByAnyLayer()
                .as("capabilities depend only on their own or lower tiers (docs/architecture.md)");
    }

    /** Also within a tier, where the tiers rule allows both directions. */
    @ArchTest
    static final ArchRule capabilitiesFormNoCycles = slices().matching("com.kaeru.backend.(*)..").should()
            .beFreeOfCycles().as("no cycles between capabilities");
}
