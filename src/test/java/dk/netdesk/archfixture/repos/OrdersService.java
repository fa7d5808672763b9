package dk.netdesk.archfixture.repos;

import dk.netdesk.archfixture.NotesRepository;

/** Composes repositories, as a service should. */
public class OrdersService {
    int notes(NotesRepository notes) {
        return notes.count();
    }
}
