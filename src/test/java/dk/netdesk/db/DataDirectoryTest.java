package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void linuxUsesXdgDataHomeElseLocalShare() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/data/netdesk"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/netdesk"));
    }

    @Test
    void windowsAndMacUseTheirOwnFolders() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/c/Users/a/AppData/Roaming"), "Windows 11", "/c/Users/a"))
                .isEqualTo(Path.of("/c/Users/a/AppData/Roaming/Netdesk"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Netdesk"));
    }

    @Test
    void argumentBeatsEnvironmentBeatsPlatform() {
        Map<String, String> env = Map.of(DataDirectory.ENV_VARIABLE, "/env/dir", "XDG_DATA_HOME", "/x");
        assertThat(DataDirectory.resolve("/arg/dir", env, "Linux", "/home/a")).isEqualTo(Path.of("/arg/dir"));
        assertThat(DataDirectory.resolve(null, env, "Linux", "/home/a")).isEqualTo(Path.of("/env/dir"));
    }
}
