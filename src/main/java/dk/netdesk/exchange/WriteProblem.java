package dk.netdesk.exchange;

import dk.netdesk.ui.Messages;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/** Why a file could not be written, in plain words, for the export dialogs and the command line. */
public final class WriteProblem {

    private WriteProblem() {
    }

    /**
     * What is wrong, without the file's name (the caller says which file): the folder does not
     * exist, writing there is not allowed, the name is a folder, or the system's own words.
     */
    public static String describe(Throwable error, Messages messages) {
        if (error instanceof NoSuchFileException) {
            return messages.get("exchange.problem.noFolder");
        }
        if (error instanceof AccessDeniedException) {
            return messages.get("exchange.problem.denied");
        }
        if (error instanceof FileAlreadyExistsException) {
            return messages.get("exchange.problem.isFolder");
        }
        String text = error.getMessage();
        return messages.format("exchange.problem.other", text == null ? error.getClass().getSimpleName() : text);
    }
}
