package dk.netdesk.db;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes one file so that it is either there whole or not at all: the bytes go to a hidden
 * temporary file beside the target ({@code .<name>.<random>.partial}, private to the user, see
 * {@link FileModes}), are forced to the disk, and the temporary file is then renamed over the
 * target (atomically where the file system can). On any failure the temporary file is removed and
 * an existing target is left as it was. The target's file name is normalised to NFC, so that a name
 * typed on macOS (NFD) and one typed elsewhere are the same file.
 */
public final class AtomicFile {

    /** What writes the file's bytes to the stream it is given (which it must not close). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** {@code file} with its last name normalised to NFC (the folder is left as it is). */
    public static Path nfc(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return file;
        }
        String normal = PlainText.nfc(name.toString());
        return normal.equals(name.toString()) ? file : file.resolveSibling(normal);
    }

    /**
     * Writes {@code content} to {@code file} (its name NFC), replacing a file of that name.
     *
     * @param file the file to write; its folder must exist
     * @return the path written (NFC name)
     * @throws java.nio.file.NoSuchFileException when the folder does not exist
     * @throws IOException                        when the file cannot be written; nothing is left behind
     */
    public static Path write(Path file, Content content) throws IOException {
        Path target = nfc(file.toAbsolutePath());
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "is a folder");
        }
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial",
                FileModes.privateFileAttribute(target));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            FileModes.privateFile(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
