package dk.netdesk.archfixture.features.sync;

import dk.netdesk.archfixture.features.contacts.Name;

/** A feature package the allowed-edges table does not name: adding one means deciding its edges. */
public class Syncer {
    Name first;
}
