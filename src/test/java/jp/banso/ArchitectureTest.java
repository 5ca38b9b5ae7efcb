package jp.banso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/** The layering rules of docs (ARCHITECTURE): kept true by a test, not by memory. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.banso");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("jp.banso.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .check(CLASSES);
    }

    @Test
    void the_shell_and_shared_kernel_import_no_feature() {
        noClasses().that().resideInAPackage("jp.banso.base..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.banso.library..", "jp.banso.search..",
                        "jp.banso.workshop..", "jp.banso.formation..", "jp.banso.curation..")
                .check(CLASSES);
    }

    @Test
    void the_library_does_not_know_the_search_internals() {
        noClasses().that().resideInAPackage("jp.banso.library..")
                .should().dependOnClassesThat().resideInAPackage("jp.banso.search..")
                .check(CLASSES);
    }

    @Test
    void curation_builds_on_the_library_never_the_reverse() {
        noClasses().that().resideInAPackage("jp.banso.library..")
                .should().dependOnClassesThat().resideInAPackage("jp.banso.curation..")
                .check(CLASSES);
    }

    @Test
    void rest_controllers_and_views_go_through_services_not_jdbc() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void workshop_models_are_plain_java_that_views_observe() {
        noClasses().that().resideInAPackage("jp.banso.workshop.board..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "jp.banso.workshop.ui..",
                        "org.springframework.jdbc..")
                .check(CLASSES);
    }
}
