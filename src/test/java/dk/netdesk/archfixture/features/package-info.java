/**
 * A small copy of the app's feature packages for ArchitectureTest: {@code app} wires everything,
 * {@code pipeline} uses {@code contacts} as it may, and three classes break the feature rules on purpose:
 * {@code contacts.Person} reaches back into {@code pipeline} (a cycle and an edge not in the table),
 * {@code calendar.Agenda} and {@code library.Note} use each other (a cycle), and {@code ui.Widget}
 * reaches into the composition root.
 */
package dk.netdesk.archfixture.features;
