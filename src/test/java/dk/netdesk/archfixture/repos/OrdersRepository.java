package dk.netdesk.archfixture.repos;

import dk.netdesk.archfixture.NotesRepository;

/** Reaches into another aggregate's repository on purpose: work across aggregates belongs in a service. */
public class OrdersRepository {
    int notes(NotesRepository notes) {
        return notes.count();
    }
}
