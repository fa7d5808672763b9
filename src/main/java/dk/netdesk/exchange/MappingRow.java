package dk.netdesk.exchange;

/**
 * One column of a CSV file in the wizard's "Map columns" step.
 *
 * @param column the 0-based column
 * @param header the column's header as in the file
 * @param sample the first non-empty cell of the column among the previewed rows, or ""
 * @param field  the contact field the column goes to ({@link ContactField#IGNORE}: not imported)
 */
public record MappingRow(int column, String header, String sample, ContactField field) {
}
