package dk.netdesk.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Netdesk keeps its files: {@code --data-dir}, else {@code NETDESK_DATA_DIR},
 * else the platform's user data folder.
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "NETDESK_DATA_DIR";

    private DataDirectory() {
    }

    /**
     * @param override the {@code --data-dir} argument, or null
     * @param env      the process environment
     * @param osName   the value of {@code os.name}
     * @param userHome the value of {@code user.home}
     */
    public static Path resolve(String override, Map<String, String> env, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Netdesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Netdesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("netdesk");
    }

    /** Resolves against this process's environment. */
    public static Path resolve(String override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }
}
