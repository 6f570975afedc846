package org.continuum.edi;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.continuum", importOptions = ImportOption.DoNotIncludeTests.class)
class EdiBoundaryTests {

  /** X12 is a format, not a business: edi must stay usable without claims, payers or patients. */
  @ArchTest
  static final ArchRule ediKnowsNoOtherContinuumModule =
      noClasses()
          .that()
          .resideInAPackage("org.continuum.edi..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.continuum..")
                  .and(resideOutsideOfPackage("org.continuum.edi..")));
}
