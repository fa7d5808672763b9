package dk.netdesk.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The starter library shipped in {@code dk/netdesk/library/starter/<language>/NN-slug.md}:
 * a header of {@code key: value} lines (title, kind, tags, source, collection, url), a line
 * {@code ---}, then the Markdown body. The language comes from the folder.
 *
 * <p>The files are found by listing the folder on the class path, whether it is a
 * directory (tests, running from the IDE) or inside the app's jar (through the zip file
 * system), so files added by the content writers need no index to be kept by hand.
 */
public final class StarterLibrary {

    public static final String FOLDER = "dk/netdesk/library/starter";
    public static final List<String> LANGUAGES = List.of("en", "da");

    private static final Logger LOG = LoggerFactory.getLogger(StarterLibrary.class);

    private final ClassLoader loader;

    public StarterLibrary(ClassLoader loader) {
        this.loader = loader;
    }

    public StarterLibrary() {
        this(StarterLibrary.class.getClassLoader());
    }

    /** Every starter item in every language, in file-name order; a broken file is logged and skipped. */
    public List<LibraryItemDraft> items() {
        List<LibraryItemDraft> items = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (Map.Entry<String, String> file : files(language)) {
                try {
                    items.add(parse(file.getValue(), language));
                } catch (IllegalArgumentException e) {
                    LOG.warn("Starter item {}/{} skipped: {}", language, file.getKey(), e.getMessage());
                }
            }
        }
        return items;
    }

    /** The (name, content) of each {@code .md} file of one language, sorted by name. */
    List<Map.Entry<String, String>> files(String language) {
        URL url = loader.getResource(FOLDER + "/" + language);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip;
                boolean opened = false;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                try {
                    return read(zip.provider().getPath(uri));
                } finally {
                    if (opened) {
                        zip.close();
                    }
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map.Entry<String, String>> read(Path folder) throws IOException {
        List<Map.Entry<String, String>> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted(
                    (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    files.add(Map.entry(file.getFileName().toString(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }

    /** Parses one starter file; throws {@link IllegalArgumentException} saying what is wrong. */
    public static LibraryItemDraft parse(String text, String language) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\r?\n", -1);
        String title = null;
        LibraryKind kind = null;
        List<String> tags = List.of();
        LibrarySource source = LibrarySource.OWN;
        String collection = "";
        String url = "";
        int line = 0;
        for (; line < lines.length; line++) {
            String current = lines[line].strip();
            if (current.equals("---")) {
                break;
            }
            if (current.isEmpty()) {
                continue;
            }
            int colon = current.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("line " + (line + 1) + " is not 'key: value'");
            }
            String key = current.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = current.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "kind" -> kind = parseEnum(LibraryKind.class, value, "kind");
                case "tags" -> tags = LibraryItemDraft.parseTags(value);
                case "source" -> source = parseEnum(LibrarySource.class, value, "source");
                case "collection" -> collection = value;
                case "url" -> url = value;
                default -> throw new IllegalArgumentException("unknown key '" + key + "'");
            }
        }
        if (line >= lines.length) {
            throw new IllegalArgumentException("no '---' line between header and body");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("no title");
        }
        if (kind == null) {
            throw new IllegalArgumentException("no kind");
        }
        String body = String.join("\n", List.of(lines).subList(line + 1, lines.length));
        return new LibraryItemDraft(title, kind, body, tags, source, language, url, collection, null, List.of());
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + key + " '" + value + "'");
        }
    }
}
