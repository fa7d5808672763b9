package dk.netdesk.archfixture;

import dk.netdesk.contacts.ContactRepository;

/** A view that breaks the layers on purpose: ArchitectureTest shows its rule catches it. */
public class BadContactView {
    int count(ContactRepository repository) {
        return repository.count();
    }
}
