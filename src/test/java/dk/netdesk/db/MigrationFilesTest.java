package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFilesTest {

    @TempDir
    Path dir;

    @Test
    void findsTheBuildsMigrationsAndThoseOfAnExtraJar() throws Exception {
        assertThat(MigrationFiles.versions(getClass().getClassLoader())).startsWith(1L, 2L, 3L, 4L);

        Path jar = dir.resolve("extra.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migration/"));
            out.putNextEntry(new JarEntry("db/migration/V9000__later.sql"));
            out.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("db/migration/README.txt"));
            out.putNextEntry(new JarEntry("other/V77__not_a_migration.sql"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(MigrationFiles.versions(loader)).contains(1L, 4L, 9000L).doesNotContain(77L);
        }
    }

    @Test
    void upToDateDatabaseIsOpenedAgainWithoutChangingIt() throws Exception {
        Database.open(dir).close();
        Path file = dir.resolve(Database.FILE_NAME);
        long size = Files.size(file);
        Database.open(dir).close();
        assertThat(Files.size(file)).isEqualTo(size);
    }
}
