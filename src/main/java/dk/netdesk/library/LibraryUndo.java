package dk.netdesk.library;

import dk.netdesk.db.StoredFile;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The library's undoable commands: create, edit, delete, a recorded script use, attach and detach.
 * Each undo and redo runs its database work through {@link Background}; after an item comes back,
 * {@code reveal} gets its id so the list can show it.
 */
final class LibraryUndo {

    private final LibraryRepository repository;
    private final Background background;
    private final Messages messages;
    private final StatusLine status;
    private final LongConsumer reveal;
    private final Consumer<String> keepFile;

    /** @param keepFile keeps a stored file (by SHA-256) on disk for the rest of the run: a removed row may come back */
    LibraryUndo(LibraryRepository repository, Background background, Messages messages, StatusLine status,
                LongConsumer reveal, Consumer<String> keepFile) {
        this.keepFile = keepFile;
        this.repository = repository;
        this.background = background;
        this.messages = messages;
        this.status = status;
        this.reveal = reveal;
    }

    /** Deletes an item (database thread); its attachments' files are kept for a later redo or undo. */
    Optional<LibraryRepository.Deleted> deleteKeepingFiles(long id) {
        Optional<LibraryRepository.Deleted> deleted = repository.delete(id);
        deleted.ifPresent(d -> d.item().attachments().forEach(a -> keepFile.accept(a.sha256())));
        return deleted;
    }

    /** Removes an attachment (database thread); its file is kept for a later redo or undo. */
    Optional<StoredFile> removeKeepingFile(long attachmentId) {
        Optional<StoredFile> removed = repository.removeAttachment(attachmentId);
        removed.ifPresent(f -> keepFile.accept(f.sha256()));
        return removed;
    }

    UndoManager.Command created(LibraryItem created) {
        return new Created(created);
    }

    UndoManager.Command edited(LibraryItem before, LibraryItem after) {
        return new Edited(before, after);
    }

    UndoManager.Command deleted(LibraryRepository.Deleted deleted) {
        return new Deleted(deleted);
    }

    UndoManager.Command recordedUse(LibraryItem script, ScriptOutcome outcome, long useId) {
        return new RecordedUse(script, outcome, useId);
    }

    UndoManager.Command attached(Attachment attachment) {
        return new Attached(attachment);
    }

    UndoManager.Command detached(long itemId, StoredFile file) {
        return new Detached(itemId, file);
    }

    private final class Created implements UndoManager.Command {
        private final LibraryItem created;
        private LibraryRepository.Deleted removed;

        Created(LibraryItem created) {
            this.created = created;
        }

        @Override
        public String description() {
            return messages.format("library.undo.create", created.title());
        }

        @Override
        public void undo() {
            background.run(() -> deleteKeepingFiles(created.id()), gone -> removed = gone.orElse(null));
        }

        @Override
        public void redo() {
            if (removed != null) {
                background.run(() -> repository.restore(removed), () -> reveal.accept(created.id()));
            }
        }
    }

    private final class Edited implements UndoManager.Command {
        private final LibraryItem before;
        private final LibraryItem after;

        Edited(LibraryItem before, LibraryItem after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public String description() {
            return messages.format("library.undo.edit", after.title());
        }

        @Override
        public void undo() {
            background.run(() -> repository.update(before.id(), before.draft()), saved -> reveal.accept(saved.id()));
        }

        @Override
        public void redo() {
            background.run(() -> repository.update(after.id(), after.draft()), saved -> reveal.accept(saved.id()));
        }
    }

    private final class Deleted implements UndoManager.Command {
        private final LibraryRepository.Deleted deleted;

        Deleted(LibraryRepository.Deleted deleted) {
            this.deleted = deleted;
        }

        @Override
        public String description() {
            return messages.format("library.undo.delete", deleted.item().title());
        }

        @Override
        public void undo() {
            background.run(() -> repository.restore(deleted), () -> {
                reveal.accept(deleted.item().id());
                status.done(() -> messages.format("library.status.restored", deleted.item().title()));
            });
        }

        @Override
        public void redo() {
            background.run(() -> deleteKeepingFiles(deleted.item().id()), gone -> { });
        }
    }

    private final class RecordedUse implements UndoManager.Command {
        private final LibraryItem script;
        private final ScriptOutcome outcome;
        private long useId;

        RecordedUse(LibraryItem script, ScriptOutcome outcome, long useId) {
            this.script = script;
            this.outcome = outcome;
            this.useId = useId;
        }

        @Override
        public String description() {
            return messages.format("library.undo.record", script.title());
        }

        @Override
        public void undo() {
            background.run(() -> repository.removeScriptUse(useId), () -> { });
        }

        @Override
        public void redo() {
            background.run(() -> repository.recordScriptUse(script.id(), null, outcome), id -> useId = id);
        }
    }

    private final class Attached implements UndoManager.Command {
        private Attachment attachment;
        private StoredFile file;

        Attached(Attachment attachment) {
            this.attachment = attachment;
        }

        @Override
        public String description() {
            return messages.format("library.undo.attach", attachment.fileName());
        }

        @Override
        public void undo() {
            background.run(() -> removeKeepingFile(attachment.id()), removed -> file = removed.orElse(null));
        }

        @Override
        public void redo() {
            if (file != null) {
                background.run(() -> repository.addAttachment(attachment.itemId(), file), added -> attachment = added);
            }
        }
    }

    private final class Detached implements UndoManager.Command {
        private final long itemId;
        private final StoredFile file;
        private Attachment attachment;

        Detached(long itemId, StoredFile file) {
            this.itemId = itemId;
            this.file = file;
        }

        @Override
        public String description() {
            return messages.format("library.undo.detach", file.fileName());
        }

        @Override
        public void undo() {
            background.run(() -> repository.addAttachment(itemId, file), added -> attachment = added);
        }

        @Override
        public void redo() {
            if (attachment != null) {
                background.run(() -> removeKeepingFile(attachment.id()), removed -> { });
            }
        }
    }
}
