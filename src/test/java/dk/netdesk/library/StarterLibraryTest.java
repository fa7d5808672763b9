package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterLibraryTest {

    @TempDir
    Path dir;

    @Test
    void parsesTheHeaderAndTheBody() {
        LibraryItemDraft item = StarterLibrary.parse("""
                title: Is this a pyramid scheme?
                kind: OBJECTION_SCRIPT
                tags: objections, trust, legal
                source: MENTOR
                collection: Objections
                url: https://example.com/x
                ---
                **Good question.**

                Second paragraph: with a colon.
                """, "en");
        assertThat(item.title()).isEqualTo("Is this a pyramid scheme?");
        assertThat(item.kind()).isEqualTo(LibraryKind.OBJECTION_SCRIPT);
        assertThat(item.tags()).containsExactly("objections", "trust", "legal");
        assertThat(item.source()).isEqualTo(LibrarySource.MENTOR);
        assertThat(item.collection()).isEqualTo("Objections");
        assertThat(item.url()).isEqualTo("https://example.com/x");
        assertThat(item.language()).isEqualTo("en");
        assertThat(item.body()).isEqualTo("**Good question.**\n\nSecond paragraph: with a colon.");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreFine() {
        LibraryItemDraft item = StarterLibrary.parse("\uFEFFtitle: Hej\r\nkind: link\r\n---\r\nTekst\r\n", "da");
        assertThat(item.title()).isEqualTo("Hej");
        assertThat(item.kind()).isEqualTo(LibraryKind.LINK);
        assertThat(item.body()).isEqualTo("Tekst");
    }

    @Test
    void brokenFilesSayWhatIsWrong() {
        assertThatThrownBy(() -> StarterLibrary.parse("title: x\nkind: POEM\n---\n", "en")).hasMessageContaining("POEM");
        assertThatThrownBy(() -> StarterLibrary.parse("kind: LINK\n---\n", "en")).hasMessageContaining("no title");
        assertThatThrownBy(() -> StarterLibrary.parse("title: x\nkind: LINK\nbody", "en")).hasMessageContaining("line 3");
        assertThatThrownBy(() -> StarterLibrary.parse("title: x\nkind: LINK\n", "en")).hasMessageContaining("---");
    }

    @Test
    void everyShippedStarterFileParses() {
        StarterLibrary starter = new StarterLibrary();
        for (String language : StarterLibrary.LANGUAGES) {
            List<java.util.Map.Entry<String, String>> files = starter.files(language);
            assertThat(files).as(language).isNotEmpty();
            for (var file : files) {
                assertThat(file.getKey()).matches("\\d\\d-[a-z0-9-]+\\.md");
                StarterLibrary.parse(file.getValue(), language);
            }
        }
        assertThat(starter.items()).extracting(LibraryItemDraft::language).contains("en", "da");
    }

    @Test
    void findsTheFilesInsideAJarWithoutAnIndex() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Like every jar Maven builds, with entries for the folders.
            String path = "";
            for (String folder : (StarterLibrary.FOLDER + "/en").split("/")) {
                path += folder + "/";
                out.putNextEntry(new JarEntry(path));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry(StarterLibrary.FOLDER + "/da/"));
            out.closeEntry();
            for (String name : List.of("en/02-b.md", "en/01-a.md", "da/01-c.md", "da/notes.txt")) {
                String[] parts = name.split("/");
                String title = parts[1].replace(".md", "");
                out.putNextEntry(new JarEntry(StarterLibrary.FOLDER + "/" + name));
                out.write(("title: " + title + "\nkind: TRAINING_NOTE\n---\nbody " + title + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<LibraryItemDraft> items = new StarterLibrary(loader).items();
            assertThat(items).extracting(LibraryItemDraft::title).containsExactly("01-a", "02-b", "01-c");
            assertThat(items).extracting(LibraryItemDraft::language).containsExactly("en", "en", "da");
        }
    }

    @Test
    void theStarterFolderHoldsOnlyMarkdownFiles() throws Exception {
        Path folder = Path.of("src/main/resources", StarterLibrary.FOLDER);
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.endsWith(".md"));
        }
    }
}
