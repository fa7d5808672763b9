package dk.netdesk.archfixture.features.print;

import dk.netdesk.archfixture.features.contacts.Name;

/** A printed sheet: print may use contacts. */
public record Sheet(Name owner) {
}
