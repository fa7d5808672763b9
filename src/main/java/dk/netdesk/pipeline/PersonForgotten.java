package dk.netdesk.pipeline;

/**
 * The origin of the {@code CONTACTS} change an erase ({@link PersonErase}) or an anonymise
 * ({@link RetentionService#anonymise}) publishes: the person with this contact id is gone for good.
 * Every contact editor showing them drops its unsaved edits (saving them would bring the person back),
 * and the undo history is cleared (an older command could write them back).
 */
public record PersonForgotten(long contactId) {
}
