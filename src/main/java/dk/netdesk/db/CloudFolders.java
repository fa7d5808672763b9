package dk.netdesk.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells whether a folder lies inside a folder that a cloud tool keeps in sync (Dropbox, OneDrive,
 * iCloud Drive, Google Drive). Such tools copy a live SQLite file while it is written, which is a
 * known way to damage it. Pure: it reads only the path's names (Linux, Windows and macOS forms,
 * separated by {@code /} or {@code \}), never the disk.
 */
public final class CloudFolders {

    private CloudFolders() {
    }

    /** The tool that syncs {@code folder} (made absolute first), or empty. */
    public static Optional<String> syncedBy(Path folder) {
        return syncedBy(folder.toAbsolutePath().toString());
    }

    /**
     * The tool that syncs the folder with this path, or empty: "Dropbox", "OneDrive", "iCloud Drive"
     * or "Google Drive". Any folder of the path counts, so a data folder deep inside is found too.
     */
    public static Optional<String> syncedBy(String path) {
        String[] names = path.split("[/\\\\]+");
        for (int i = 0; i < names.length; i++) {
            String name = names[i].toLowerCase(Locale.ROOT);
            // macOS keeps the newer tools' folders in ~/Library/CloudStorage/<Tool>-<account>.
            boolean cloudStorage = i > 0 && names[i - 1].equalsIgnoreCase("CloudStorage");
            if (name.equals("dropbox") || name.startsWith("dropbox (") || (cloudStorage && name.startsWith("dropbox"))) {
                return Optional.of("Dropbox");
            }
            if (name.equals("onedrive") || name.startsWith("onedrive - ") || (cloudStorage && name.startsWith("onedrive"))) {
                return Optional.of("OneDrive");
            }
            if (name.equals("icloud drive") || name.equals("iclouddrive")
                    || (name.equals("mobile documents") && i > 0 && names[i - 1].equalsIgnoreCase("Library"))) {
                return Optional.of("iCloud Drive");
            }
            if (name.equals("google drive") || name.equals("my drive") || (cloudStorage && name.startsWith("googledrive"))) {
                return Optional.of("Google Drive");
            }
        }
        return Optional.empty();
    }
}
