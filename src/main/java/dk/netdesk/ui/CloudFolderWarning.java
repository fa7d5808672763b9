package dk.netdesk.ui;

import dk.netdesk.db.CloudFolders;
import dk.netdesk.db.Settings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one-time warning that the data folder lies inside a folder a cloud tool syncs. Checked at
 * start ({@link #check}); once shown ({@link #shown}) it is remembered in {@link Settings} and not
 * shown again, also after a restart.
 */
public final class CloudFolderWarning {

    /** Settings key: "true" once the warning has been shown. */
    static final String SHOWN = "app.cloudFolderWarningShown";

    private final Settings settings;
    private final Background background;

    public CloudFolderWarning(Settings settings, Background background) {
        this.settings = settings;
        this.background = background;
    }

    /**
     * The name of the tool that syncs {@code dataDir} ("Dropbox", "OneDrive", "iCloud Drive",
     * "Google Drive") when the warning is due; empty when the folder is not synced or the user has
     * seen the warning. Reads the settings on the calling thread (the launcher's, before the window).
     */
    public Optional<String> check(Path dataDir) {
        Optional<String> tool = CloudFolders.syncedBy(dataDir);
        if (tool.isEmpty() || Boolean.parseBoolean(settings.get(SHOWN, "false"))) {
            return Optional.empty();
        }
        return tool;
    }

    /** Remembers that the warning was shown; a failure to write it goes to the log only. */
    public void shown() {
        background.run(() -> settings.put(SHOWN, "true"), () -> { },
                e -> ErrorReporter.logQuietly("remembering the cloud folder warning", e));
    }
}
