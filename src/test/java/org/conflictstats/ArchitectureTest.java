package org.conflictstats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages' dependency rules, on the compiled main classes (every reference, imported or
 * written out in full): the domain model free of Jackson, CSV and command-line concerns; validation
 * and statistics on the model; the readers on the model, importing nothing of the statistics; the
 * command line on all, and nothing on it. The README's "Decisions" names the rules.
 */
class ArchitectureTest {

  private static final String JDK = "java..";
  private static final String GUAVA = "com.google.common..";
  private static final String JACKSON = "com.fasterxml.jackson..";

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("org.conflictstats");
    // the rules below pass vacuously on no classes: make sure the model, readers and tool are here
    List<String> packages = new ArrayList<>();
    main.forEach(c -> packages.add(c.getPackageName()));
    for (String p : List.of("model", "validation", "stats", "io", "io.csv", "io.json", "text",
        "text.json", "cli")) {
      assertTrue(packages.contains("org.conflictstats." + p), "no class of " + p + " imported");
    }
  }

  private static void check(ArchRule rule) {
    rule.check(main);
  }

  @Test
  void theModelDependsOnTheJdkAndGuavaAlone() {
    check(classes().that().resideInAPackage("org.conflictstats.model..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.conflictstats.model..", JDK, GUAVA)
        .because("the domain model is free of Jackson, CSV and command-line concerns"));
  }

  @Test
  void validationDependsOnTheModel() {
    check(classes().that().resideInAPackage("org.conflictstats.validation..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.conflictstats.validation..", "org.conflictstats.model..", JDK,
            GUAVA));
  }

  @Test
  void statisticsDependOnTheModelAndItsValidation() {
    // validation: a table leaves out reports with validation errors unless asked to keep them;
    // Commons Statistics: the beta quantiles of the intervals
    check(classes().that().resideInAPackage("org.conflictstats.stats..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.conflictstats.stats..", "org.conflictstats.model..",
            "org.conflictstats.validation..", "org.conflictstats.internal..", JDK, GUAVA,
            "org.apache.commons.statistics..", "org.apache.commons.numbers..")
        .because("statistics are computed from the model, whatever read it"));
  }

  @Test
  void theReadersDependOnTheModelAndNothingOfTheStatistics() {
    check(classes().that().resideInAPackage("org.conflictstats.io..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.conflictstats.io..", "org.conflictstats.model..",
            "org.conflictstats.internal..", JDK, GUAVA, JACKSON)
        .because("one reader feeds sinks; a table sink and its merge live above io (issue 9)"));
  }

  @Test
  void theStatementReaderDependsOnTheModel() {
    check(classes().that().resideInAPackage("org.conflictstats.text")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.conflictstats.text", "org.conflictstats.model..", JDK, GUAVA));
  }

  @Test
  void theExtractorsJsonSitsAboveTheExtractorAndTheModelsJson() {
    check(classes().that().resideInAPackage("org.conflictstats.text.json")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.conflictstats.text..", "org.conflictstats.model..",
            "org.conflictstats.io.json", "org.conflictstats.internal..", JDK, GUAVA, JACKSON));
  }

  @Test
  void theInternalHelpersDependOnTheModelAtMost() {
    check(classes().that().resideInAPackage("org.conflictstats.internal..")
        .and().doNotHaveSimpleName("WrittenOnly").and().doNotHaveSimpleName("ConfiguredModules")
        .and().haveNameNotMatching(".*\\.WholeValueSerializer.*")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.conflictstats.internal..", "org.conflictstats.model..", JDK,
            GUAVA));
    // WrittenOnly, the one rule of the Jackson modules' written-only types, WholeValueSerializer,
    // their serializer, and ConfiguredModules, their rule for a module left at its defaults, use
    // Jackson too
    check(classes().that().haveSimpleName("WrittenOnly").or().haveSimpleName("ConfiguredModules")
        .or().haveNameMatching(".*\\.WholeValueSerializer.*")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.conflictstats.internal..", JDK, GUAVA, JACKSON));
  }

  @Test
  void nothingButTheCommandLineDependsOnItOrOnPicocli() {
    check(noClasses().that().resideOutsideOfPackage("org.conflictstats.cli..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.conflictstats.cli..", "picocli..")
        .because("the library is usable without the tool; picocli is an optional dependency"));
  }

  @Test
  void onlyTheChartsDrawWithJFreeChartAndBatik() {
    check(noClasses().that().resideOutsideOfPackages("org.conflictstats.chart..",
            "org.conflictstats.cli..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.jfree..", "org.apache.batik..")
        .because("JFreeChart and Batik are optional dependencies, for the charts alone"));
  }
}
