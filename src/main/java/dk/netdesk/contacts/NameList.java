package dk.netdesk.contacts;

import dk.netdesk.ui.Messages;
import java.util.List;

/** Several names as one phrase in the UI language. */
public final class NameList {

    private NameList() {
    }

    /**
     * The contacts' names as one phrase: "Anna", "Anna and Bo", "Anna, Bo and Carl" ("Anna, Bo og Carl"
     * in Danish; the word is {@code contact.names.and} in the contacts bundle); "" for none.
     */
    public static String of(Messages messages, List<Contact> contacts) {
        List<String> names = contacts.stream().map(Contact::name).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + messages.get("contact.names.and")
                + names.get(names.size() - 1);
    }
}
