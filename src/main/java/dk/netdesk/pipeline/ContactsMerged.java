package dk.netdesk.pipeline;

/**
 * The origin of the {@code CONTACTS} change a merge ({@link ContactMerge#merge}) publishes: the contact
 * {@code removedId} was merged into {@code keptId} and no longer exists. A contact editor showing the removed
 * contact lets go of it and shows the kept one instead (saving its edits would bring the removed one back).
 *
 * @param origin who asked for the merge (the merge view-model), or null
 */
public record ContactsMerged(long keptId, long removedId, Object origin) {
}
