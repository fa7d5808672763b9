package dk.netdesk.archfixture.features.pipeline;

import dk.netdesk.archfixture.features.contacts.Name;
import dk.netdesk.archfixture.features.ui.Texts;
import java.util.List;

/** A board of contacts: pipeline may use contacts and ui. */
public class Board {
    /** The names on the board. */
    public List<Name> names = List.of();

    Texts texts;
}
