package org.newsdesk;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The package layout is the design: each direct sub-package of {@code org.newsdesk} is a module,
 * its own package is its API and its sub-packages are internal unless a {@code package-info.java}
 * names them. The build fails on a cycle between modules or on a reach into another module's
 * internals.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(NewsdeskApplication.class);

    @Test
    void modulesFormAnAcyclicGraphAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleCanvasesForTheReadme() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
