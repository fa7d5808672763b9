package dk.netdesk.ui;

import java.nio.file.Path;
import java.util.Optional;
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
     * Opens a web or mail address in the browser or mail program; when none could, says to copy the address
     * there. Only what {@link LinkPolicy#web} lets open reaches the opener ({@code http}, {@code https},
     * {@code mailto}); anything else ({@code file:}, {@code javascript:}, a path…) is never handed on, and the
     * status line says where it leads and that it is not opened ({@code open.refused.*}, ui bundle).
     *
     * @param address a link destination as written, from item text or a stored field; may be null
     * @return true when it was handed to the opener, false when refused
     */
    public boolean address(String address) {
        Optional<String> web = LinkPolicy.web(address);
        if (web.isEmpty()) {
            status.show(() -> refused(messages, address));
            return false;
        }
        open(web.get(), "the address " + web.get(), () -> messages.format("open.failed.address", web.get()));
        return true;
    }

    /**
     * The words for a destination that is not opened: "This link leads to {shown} and is not opened. Netdesk
     * opens only web and mail addresses." ({@code open.refused.address}), or "This link has no address and is
     * not opened." ({@code open.refused.empty}) for a blank one. The destination is shown by {@link LinkPolicy#shown}.
     */
    public static String refused(Messages messages, String destination) {
        String shown = LinkPolicy.shown(destination);
        return shown.isEmpty() ? messages.get("open.refused.empty") : messages.format("open.refused.address", shown);
    }

    /**
     * The hint shown (and copied) right after the label of a link that is not opened, so the reader sees that it
     * was a link and where it led: "(link not opened: file:///etc/passwd)" ({@code open.refused.hint}), or "(link
     * not opened)" ({@code open.refused.hintSame}) when the label already is the destination (an autolink such as
     * {@code <file:///etc/passwd>}) or the destination is blank. A long destination is cut in the middle
     * ({@link LinkPolicy#shortened}), keeping its scheme.
     *
     * @param destination the destination as written; may be null
     * @param label the text the link shows; may be null
     */
    public static String refusedHint(Messages messages, String destination, String label) {
        String shown = LinkPolicy.shortened(destination);
        boolean same = label != null && destination != null && label.strip().equals(destination.strip());
        return shown.isEmpty() || same ? messages.get("open.refused.hintSame") : messages.format("open.refused.hint", shown);
    }

    private void open(String uri, String what, Supplier<String> failed) {
        opener.open(uri, failure -> {
            ErrorReporter.logQuietly("opening " + what, failure);
            status.show(failed);
        });
    }
}
