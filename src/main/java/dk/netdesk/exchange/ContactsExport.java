package dk.netdesk.exchange;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.AtomicFile;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Export contacts": every contact to one vCard 4.0 or CSV file, for outreach tools, phones and
 * spreadsheets. Do-not-contact people are left out unless the caller includes them (the app asks
 * the user to confirm first; the command line needs {@code --include-blocked}). The file is written
 * under a temporary name and moved into place ({@link AtomicFile}), so a failure leaves no half
 * file and an existing file as it was. Contacts are written by name, in the order of the
 * UI language (Danish puts Å last). Runs on the database thread
 * (it only reads). The app and the command line both use this one service.
 */
public final class ContactsExport {

    /** How many contacts there are, and how many of them are marked do not contact. */
    public record Counts(int total, int blocked) {
    }

    /**
     * What an export wrote.
     *
     * @param file     the file written (its name NFC)
     * @param exported how many contacts are in it
     * @param leftOut  how many do-not-contact people were left out (0 when they were included)
     */
    public record Result(Path file, int exported, int leftOut) {
    }

    private final ContactRepository contacts;
    private final ContactStages stages;
    private final Messages messages;
    private final Clock clock;

    /**
     * @param contacts the contacts
     * @param stages   where each contact stands on the board
     * @param messages the CSV header and value texts, in the language their {@link Messages#getLocale()} says
     * @param clock    the zone the CSV's created and updated dates are given in
     */
    public ContactsExport(ContactRepository contacts, ContactStages stages, Messages messages, Clock clock) {
        this.contacts = contacts;
        this.stages = stages;
        this.messages = messages;
        this.clock = clock;
    }

    /** How many contacts there are and how many are do not contact (for the dialog's confirmation). */
    public Counts counts() {
        List<Contact> all = contacts.findAll();
        return new Counts(all.size(), (int) all.stream().filter(Contact::doNotContact).count());
    }

    /**
     * Writes the contacts to {@code file} in {@code format}, replacing a file of that name.
     *
     * @param includeBlocked true to include do-not-contact people (the user chose and confirmed it)
     * @param progress       told after every contact, on this thread
     * @throws IOException when the file cannot be written (the folder is missing, no permission, a full
     *                     disk…); nothing is left behind
     */
    public Result export(Path file, ExportFormat format, boolean includeBlocked, Progress progress) throws IOException {
        List<Contact> all = contacts.findAll();
        Map<Long, String> names = new HashMap<>();
        for (Contact c : all) {
            names.put(c.id(), c.name());
        }
        Map<Long, ContactStages.Place> places = stages.all();
        List<ExportRow> rows = all.stream()
                .filter(c -> includeBlocked || !c.doNotContact())
                .sorted(Comparator.comparing(Contact::name, dk.netdesk.db.TextOrder.comparator(messages.getLocale()))
                        .thenComparingLong(Contact::id))
                .map(c -> {
                    ContactStages.Place place = places.getOrDefault(c.id(), ContactStages.Place.NONE);
                    Long referrer = c.details().referredBy();
                    return new ExportRow(c, place.stage(), place.nextFollowUp(),
                            referrer == null ? "" : names.getOrDefault(referrer, ""));
                })
                .toList();
        Path written = AtomicFile.write(file, out -> {
            switch (format) {
                case VCARD -> VcardContacts.write(rows, out, progress);
                case CSV -> CsvContacts.write(rows, out, messages, CsvContacts.separatorFor(messages.getLocale()),
                        clock.getZone(), progress);
            }
        });
        return new Result(written, rows.size(), all.size() - rows.size());
    }
}
