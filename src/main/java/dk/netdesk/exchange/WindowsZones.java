package dk.netdesk.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Outlook's Windows time zone names ("W. Europe Standard Time", "Romance Standard Time") as IANA
 * zones, through the default mapping of the Unicode CLDR table {@code windowsZones.xml}, shipped as
 * the resource {@code windows-zones.txt} beside this class (see its header for the CLDR version).
 */
public final class WindowsZones {

    private static final Map<String, String> ZONES = load();

    private WindowsZones() {
    }

    /** The IANA zone of a Windows zone name (case ignored, surrounding spaces too), or empty when CLDR does not list it. */
    public static Optional<ZoneId> of(String windowsName) {
        if (windowsName == null) {
            return Optional.empty();
        }
        String id = ZONES.get(windowsName.strip().toLowerCase(Locale.ROOT));
        return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
    }

    /** Every Windows name in the table, with its IANA id (for tests). */
    static Map<String, String> table() {
        return Map.copyOf(ZONES);
    }

    private static Map<String, String> load() {
        Map<String, String> zones = new HashMap<>();
        try (InputStream in = WindowsZones.class.getResourceAsStream("windows-zones.txt")) {
            if (in == null) {
                throw new IllegalStateException("windows-zones.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                zones.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zones;
    }
}
