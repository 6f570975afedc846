package org.continuum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.continuum", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  /**
   * The engine is an implementation detail of the workflow module; every other module is free of
   * it.
   */
  @ArchTest
  static final ArchRule onlyWorkflowTalksToTheEngine =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.continuum.workflow..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.operaton..");
}
