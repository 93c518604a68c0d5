package io.jixiao.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 5: the project owns its documents. Every Markdown file that the code, the scripts and the documents
 * cite is in the repository, every section cited as {@code DOMAIN.md "Scoring"} or {@code README "Demo users"} is a
 * heading of that file, and nothing points outside the repository (the starting material the project was written
 * from is not shipped with it). This class is left out of the scan: its own test cites broken references on purpose.
 */
class DocumentReferencesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> TEXT = Set.of("java", "md", "yml", "yaml", "properties", "js", "sh", "html",
            "css", "xml");
    private static final Pattern MARKDOWN_FILE = Pattern.compile("(?<![\\w/.-])((?:\\.\\./|[\\w-]+/)*[\\w-]+\\.md)\\b");
    private static final Pattern SECTION =
            Pattern.compile("(?<![\\w/.-])((?:[\\w-]+/)*[\\w-]+\\.md|README)['’]?s? \\(?\"([^\"]+)\"");
    private static final Pattern OUTSIDE = Pattern.compile("STACK-NOTES|(?<![\\w-])(?:\\.\\./)*shared/(?:fixtures|seeds)"
            + "|\\.\\./shared\\b");

    @Test
    void everyCitedDocumentAndSectionIsInTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : textFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String where = ROOT.relativize(file).toString();
            Matcher outside = OUTSIDE.matcher(text);
            while (outside.find()) {
                broken.add(where + ": cites " + outside.group() + ", which is not in the repository");
            }
            Matcher cited = MARKDOWN_FILE.matcher(text);
            while (cited.find()) {
                if (resolve(file, cited.group(1)) == null) {
                    broken.add(where + ": cites " + cited.group(1) + ", which is not in the repository");
                }
            }
            Matcher section = SECTION.matcher(text);
            while (section.find()) {
                String document = section.group(1).equals("README") ? "README.md" : section.group(1);
                String name = section.group(2).replaceAll("\\s*\\R\\s*(?:\\*|//|#)?\\s*", " ");
                Path target = resolve(file, document);
                if (target != null && !hasHeading(target, name)) {
                    broken.add(where + ": cites section \"" + name + "\" of " + document
                            + ", which has no such heading");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theCheckFindsABrokenReference() throws IOException {
        // a name made up here, so no document of the repository ever names a file that is not there
        String missing = "missing-" + java.util.UUID.randomUUID() + ".md";
        assertThat(resolve(ROOT.resolve("README.md"), missing)).isNull();
        assertThat(resolve(ROOT.resolve("README.md"), "DOMAIN.md")).as("from the root it is docs/DOMAIN.md").isNull();
        assertThat(resolve(ROOT.resolve("README.md"), "docs/DOMAIN.md")).isNotNull();
        assertThat(resolve(ROOT.resolve("docs/ARCHITECTURE.md"), "DOMAIN.md")).isNotNull();
        assertThat(hasHeading(ROOT.resolve("docs/DOMAIN.md"), "Scoring")).isTrue();
        assertThat(hasHeading(ROOT.resolve("docs/DOMAIN.md"), "Spot checks")).isFalse();
        assertThat(OUTSIDE.matcher("the seed forms of shared/fixtures").find()).isTrue();
        assertThat(hasHeading(ROOT.resolve("README.md"), "who may do what")).isTrue();
        Matcher section = SECTION.matcher("(docs/DOMAIN.md \"What supervisors look for\")");
        assertThat(section.find()).isTrue();
        assertThat(section.group(1)).isEqualTo("docs/DOMAIN.md");
        assertThat(section.group(2)).isEqualTo("What supervisors look for");
    }

    /** The cited file relative to the citing file's folder or the repository root; null if neither exists. */
    private static Path resolve(Path citing, String cited) {
        for (Path base : List.of(citing.getParent(), ROOT)) {
            Path candidate = base.resolve(cited).normalize();
            if (candidate.startsWith(ROOT) && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A heading of the document names the section (any case). */
    private static boolean hasHeading(Path document, String section) {
        String wanted = section.toLowerCase(Locale.ROOT);
        try (Stream<String> lines = Files.lines(document, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("#"))
                    .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT))
                    .anyMatch(heading -> heading.contains(wanted));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> textFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> ROOT.relativize(file).toString().equals(".ci/run") || TEXT.contains(extension(file)))
                    .filter(file -> !file.getFileName().toString().equals("DocumentReferencesTest.java"))
                    .filter(file -> {
                        String path = ROOT.relativize(file).toString();
                        return !path.startsWith(".git/") && !path.contains("/target/") && !path.startsWith("target/")
                                && !path.contains("node_modules/") && !path.contains("/static/vendor/");
                    })
                    .toList();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
