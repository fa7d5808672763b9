package dk.netdesk.ui;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The one way the app hands something to the system's programs: an attached file to its viewer, a folder
 * to the file manager, a web or mail address to the browser or mail program. When no program could open
 * it, the status line says so in plain words, with what to do instead (the cause goes to the log only);
 * nothing is left silently undone.
 */
public final class OpenWithSystem {

    private final SystemOpener opener;
    private final StatusLine status;
    private final Messages messages;

    /**
     * @param opener   opens a URI and reports a failure (the app's {@link SystemOpener#desktop}, a fake in tests)
     * @param status   where a failure is said
     * @param messages the bundles the failure messages come from ({@code open.failed.*} in the ui bundle)
     */
    public OpenWithSystem(SystemOpener opener, StatusLine status, Messages messages) {
        this.opener = opener;
        this.status = status;
        this.messages = messages;
    }

    /**
     * Opens a stored file with the system's viewer for it. When none could, says "No program could open
     * {name}. Install a PDF viewer (an image viewer), or open the file from the folder {folder}."
     *
     * @param file the file on disk
     * @param name the name the user knows the file by (an attachment's own name; the stored file may be named otherwise)
     * @param pdf  true for a PDF, false for an image
     */
    public void file(Path file, String name, boolean pdf) {
        Path folder = file.toAbsolutePath().getParent();
        open(file.toUri().toString(), "the file " + name, () -> messages.format(pdf ? "open.failed.pdf"
                : "open.failed.image", name, folder == null ? "" : folder.toString()));
    }

    /** Opens a folder in the file manager; when none could, says which folder to open by hand. */
    public void folder(Path folder) {
        open(folder.toUri().toString(), "the folder " + folder,
                () -> messages.format("open.failed.folder", folder.toString()));
    }

    /**
     * Opens a web address ({@code https:}, {@code mailto:}) in the browser or mail program; when none
     * could, says to copy the address there. A {@code file:} address opens as a file would.
     */
    public void address(String address) {
        open(address, "the address " + address, () -> messages.format("open.failed.address", address));
    }

    private void open(String uri, String what, Supplier<String> failed) {
        opener.open(uri, failure -> {
            ErrorReporter.logQuietly("opening " + what, failure);
            status.show(failed);
        });
    }
}
