package nl.bmo.site;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/** The package rules of STYLE.md §3, tested like behaviour. */
@AnalyzeClasses(packages = "nl.bmo.site", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] STAGES = {
        "config", "content", "assembly", "markdown", "data", "i18n", "render", "output", "check"
    };

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = classes()
            .that()
            .resideInAPackage("..site.model..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "nl.bmo.site.model..", "nl.bmo.site", "nl.bmo.site.internal..");

    @ArchTest
    static final ArchRule sharedRulesUseOnlyTheJdk = classes()
            .that()
            .resideInAPackage("..site.internal..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "nl.bmo.site.internal..");

    @ArchTest
    static final ArchRule flexmarkOnlyInMarkdown = noClasses()
            .that()
            .resideOutsideOfPackage("..site.markdown..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vladsch.flexmark..");

    @ArchTest
    static final ArchRule freemarkerOnlyInRender = noClasses()
            .that()
            .resideOutsideOfPackage("..site.render..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("freemarker..");

    @ArchTest
    static final ArchRule picocliOnlyInCli = noClasses()
            .that()
            .resideOutsideOfPackage("..site.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule jacksonOnlyInYaml = noClasses()
            .that()
            .resideOutsideOfPackage("..site.yaml..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule jsoupOnlyInCheck = noClasses()
            .that()
            .resideOutsideOfPackages("..site.check..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.jsoup..");

    @ArchTest
    static final ArchRule onlyTheCliPrintsOrExits = noClasses()
            .that()
            .resideOutsideOfPackage("..site.cli..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .callMethod(System.class, "exit", int.class);

    @ArchTest
    static final ArchRule staffToolsUseOnlyTheModel = classes()
            .that()
            .resideInAnyPackage("..site.translation..", "..site.scaffold..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "nl.bmo.site.model..",
                    "nl.bmo.site",
                    "nl.bmo.site.internal..",
                    "nl.bmo.site.translation..",
                    "nl.bmo.site.scaffold..");

    @ArchTest
    static final ArchRule stagesDoNotImportEachOther = stagesIndependent();

    @ArchTest
    static final ArchRule noCycles =
            slices().matching("nl.bmo.site.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule serveUsesOnlyTheBuild = noClasses()
            .that()
            .resideInAPackage("..site.serve..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    Arrays.stream(STAGES).map(s -> "nl.bmo.site." + s + "..").toArray(String[]::new));

    @ArchTest
    static final ArchRule noPrintStackTraceOutsideTheCli = noClasses()
            .that()
            .resideOutsideOfPackage("..site.cli..")
            .should()
            .callMethod(Throwable.class, "printStackTrace");

    private static ArchRule stagesIndependent() {
        com.tngtech.archunit.lang.CompositeArchRule rule = null;
        for (String stage : STAGES) {
            String[] others = Arrays.stream(STAGES)
                    .filter(s -> !s.equals(stage))
                    .map(s -> "nl.bmo.site." + s + "..")
                    .toArray(String[]::new);
            ArchRule r = noClasses()
                    .that()
                    .resideInAPackage("nl.bmo.site." + stage + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .allowEmptyShould(true);
            rule = rule == null ? com.tngtech.archunit.lang.CompositeArchRule.of(r) : rule.and(r);
        }
        return rule;
    }
}
