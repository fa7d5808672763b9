package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A data folder inside a synced folder is found by its path, on Linux, Windows and macOS. */
class CloudFoldersTest {

    @Test
    void dropbox() {
        assertThat(CloudFolders.syncedBy("/home/anna/Dropbox/Netdesk")).contains("Dropbox");
        assertThat(CloudFolders.syncedBy("C:\\Users\\Anna\\Dropbox (Personal)\\Netdesk")).contains("Dropbox");
        assertThat(CloudFolders.syncedBy("/Users/anna/Library/CloudStorage/Dropbox/work/Netdesk")).contains("Dropbox");
    }

    @Test
    void oneDrive() {
        assertThat(CloudFolders.syncedBy("C:\\Users\\Anna\\OneDrive\\Documents\\Netdesk")).contains("OneDrive");
        assertThat(CloudFolders.syncedBy("C:\\Users\\Anna\\OneDrive - Contoso A/S\\Netdesk")).contains("OneDrive");
        assertThat(CloudFolders.syncedBy("/Users/anna/Library/CloudStorage/OneDrive-Personal/Netdesk")).contains("OneDrive");
        assertThat(CloudFolders.syncedBy("/home/anna/OneDrive/netdesk")).contains("OneDrive");
    }

    @Test
    void iCloudDrive() {
        assertThat(CloudFolders.syncedBy("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/Netdesk"))
                .contains("iCloud Drive");
        assertThat(CloudFolders.syncedBy("C:\\Users\\Anna\\iCloudDrive\\Netdesk")).contains("iCloud Drive");
        assertThat(CloudFolders.syncedBy("/Users/anna/Mobile Documents/Netdesk")).as("only under Library").isEmpty();
    }

    @Test
    void googleDrive() {
        assertThat(CloudFolders.syncedBy("G:\\My Drive\\Netdesk")).contains("Google Drive");
        assertThat(CloudFolders.syncedBy("/Users/anna/Google Drive/Netdesk")).contains("Google Drive");
        assertThat(CloudFolders.syncedBy("/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.com/My Drive/Netdesk"))
                .contains("Google Drive");
    }

    @Test
    void ordinaryFoldersAreNotSynced() {
        assertThat(CloudFolders.syncedBy("/home/anna/.local/share/netdesk")).isEmpty();
        assertThat(CloudFolders.syncedBy("C:\\Users\\Anna\\AppData\\Roaming\\Netdesk")).isEmpty();
        assertThat(CloudFolders.syncedBy("/Users/anna/Library/Application Support/Netdesk")).isEmpty();
        assertThat(CloudFolders.syncedBy("/home/anna/dropbox-notes-archive2/x")).isEmpty();
        assertThat(CloudFolders.syncedBy("/home/anna/onedrive-old-copy/Netdesk")).isEmpty();
        assertThat(CloudFolders.syncedBy("/home/anna/mydropbox/Netdesk")).isEmpty();
        assertThat(CloudFolders.syncedBy("/home/anna/drive/Netdesk")).isEmpty();
    }

    @Test
    void aPathObjectIsMadeAbsoluteFirst() {
        assertThat(CloudFolders.syncedBy(Path.of("/home/anna/Dropbox"))).contains("Dropbox");
        assertThat(CloudFolders.syncedBy(Path.of("/tmp/netdesk"))).isEmpty();
    }
}
