package dk.netdesk.archfixture.views;

import dk.netdesk.archfixture.NotesRepository;

/** A view whose inner cell reads a repository on purpose: nested classes belong to their view. */
public class BadBoardView {
    /** A cell class inside the view. */
    static class Column {
        int count(NotesRepository repository) {
            return repository.count();
        }
    }
}
