package dk.netdesk.archfixture.views;

import dk.netdesk.archfixture.NotesRepository;

/** A dialog that reads a repository on purpose: a dialog is a view. */
public class BadEventDialog {
    int count(NotesRepository repository) {
        return repository.count();
    }
}
