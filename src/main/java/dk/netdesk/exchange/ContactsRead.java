package dk.netdesk.exchange;

import java.util.List;

/**
 * What a contacts file (vCard or CSV) held, record by record, ready to import.
 *
 * @param fileName  the file's name without its folder (the consent log's source)
 * @param contacts  the records that can be imported, in file order
 * @param rejected  the records left out, in file order
 */
public record ContactsRead(String fileName, List<IncomingContact> contacts, List<RejectedRecord> rejected) {

    public ContactsRead {
        contacts = List.copyOf(contacts);
        rejected = List.copyOf(rejected);
    }
}
