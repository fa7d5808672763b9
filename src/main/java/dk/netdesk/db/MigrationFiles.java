package dk.netdesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of the migrations on the class path ({@code db/migration/V<n>__<what>.sql}), read
 * without starting Flyway, so that an up-to-date database opens without it.
 */
final class MigrationFiles {

    static final String FOLDER = "db/migration";
    private static final Pattern NAME = Pattern.compile("(?:^|/)V(\\d+)__[^/]*\\.sql$");

    private MigrationFiles() {
    }

    /** Every version found in every class path root (folders and jars). */
    static SortedSet<Long> versions(ClassLoader loader) {
        return new TreeSet<>(scripts(loader).keySet());
    }

    /** Every migration's file name (as Flyway records it in {@code script}), by version. */
    static SortedMap<Long, String> scripts(ClassLoader loader) {
        SortedMap<Long, String> versions = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(FOLDER);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().forEach(entry -> add(versions, entry.getName()));
                    }
                } else if ("file".equals(root.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        files.forEach(file -> add(versions, FOLDER + "/" + file.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return versions;
    }

    private static void add(SortedMap<Long, String> versions, String name) {
        if (!name.startsWith(FOLDER + "/")) {
            return;
        }
        Matcher m = NAME.matcher(name);
        if (m.find()) {
            versions.put(Long.parseLong(m.group(1)), name.substring(name.lastIndexOf('/') + 1));
        }
    }
}
