package dk.netdesk.exchange;

/**
 * What {@link ContactsImport#apply} returns.
 *
 * @param summary the counts and rejected records to show (the wizard's summary, the command line's line)
 * @param undo    what {@link ContactsImport#undo} needs to take the import back
 */
public record ImportResult(ImportSummary summary, ImportUndo undo) {
}
