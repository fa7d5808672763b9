package dk.netdesk.archfixture;

/** A view that breaks the layers on purpose: ArchitectureTest shows its rule catches it. */
public class BadContactView {
    int count(NotesRepository repository) {
        return repository.count();
    }
}
