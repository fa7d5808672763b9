package dk.netdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version from the pom, written into {@code build.properties} at build time. */
public final class Version {

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
