package dk.netdesk.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactAttachment;
import dk.netdesk.contacts.ContactAttachments;
import dk.netdesk.contacts.ContactCard;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.AtomicFile;
import dk.netdesk.db.FileModes;
import ezvcard.Ezvcard;
import ezvcard.VCardVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * "Export this person's data": everything Netdesk stores about one contact, written to one new
 * folder {@code <name>-<date>} in a folder the user chose, holding
 * <ul>
 *   <li>{@value #JSON_FILE}: UTF-8, pretty-printed JSON with English field names: the contact's
 *   fields, its place on the board, stage history, interactions, consent log, linked calendar events
 *   and script uses. Dates are ISO-8601 ({@code 2026-03-05}); moments are ISO-8601 with their offset
 *   in the clock's time zone ({@code 2026-03-05T14:30:00+01:00}); an event's times carry the offset of
 *   the event's own zone, named in {@code timeZone};</li>
 *   <li>{@value #VCARD_FILE}: a vCard 4.0 with FN, N, TEL, EMAIL, ADR (locality), BDAY, NOTE and
 *   CATEGORIES (the tags);</li>
 *   <li>{@value #ATTACHMENTS_FOLDER}{@code /}: a copy of each file attached to the contact, under its
 *   own name (made safe, with " (2)", " (3)"… when two have the same name); the JSON's
 *   {@code attachments} lists them with name, media type, size, SHA-256 and the copy's path.</li>
 * </ul>
 * The files are made in a hidden temporary folder beside the target and moved into place at the
 * end, so a failure leaves nothing half-written. On POSIX file systems the folder is 0700 and the
 * files 0600 ({@link FileModes}). Runs on the database thread.
 */
public final class PersonExport {

    /** The JSON file's name inside the export folder. */
    public static final String JSON_FILE = "person.json";
    /** The vCard file's name inside the export folder. */
    public static final String VCARD_FILE = "person.vcf";
    /** The subfolder holding copies of the contact's attached files. */
    public static final String ATTACHMENTS_FOLDER = "attachments";
    /** The value of the JSON's {@code format} field, naming what the file is. */
    public static final String FORMAT = "netdesk-person-export";
    /** The version of the JSON layout. */
    public static final int VERSION = 1;

    private static final int MAX_NAME_LENGTH = 60;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ContactService contacts;
    private final PipelineRepository pipeline;
    private final ContactLinks links;
    private final Clock clock;
    private final ContactAttachments attachments;
    private final ObjectWriter json;

    /**
     * @param contacts the contact service (the contact and its referrer's name)
     * @param pipeline the board (stage, history, interactions, consent log)
     * @param links    the calendar's linked events and the library's script uses
     * @param clock    the export's date and the time zone moments are written in
     * @param attachments the contact's attached files (listed, and copied into the export)
     */
    public PersonExport(ContactService contacts, PipelineRepository pipeline, ContactLinks links, Clock clock,
                        ContactAttachments attachments) {
        this.contacts = contacts;
        this.attachments = attachments;
        this.pipeline = pipeline;
        this.links = links;
        this.clock = clock;
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.json = new ObjectMapper().writer(pretty);
    }

    // ---- what is written --------------------------------------------------------------------

    /** The whole JSON document. */
    @JsonPropertyOrder({"format", "version", "exportedAt", "contact", "pipeline", "stageHistory", "interactions",
            "consentLog", "calendarEvents", "scriptUses", "attachments"})
    public record Document(String format, int version, String exportedAt, ContactData contact, PipelineData pipeline,
                           List<StageEntry> stageHistory, List<InteractionEntry> interactions,
                           List<ConsentEntry> consentLog, List<EventEntry> calendarEvents,
                           List<ScriptUseEntry> scriptUses, List<AttachmentEntry> attachments) {
    }

    /**
     * One attached file: its name, media type, size in bytes, SHA-256 (hex), when it was attached, and
     * the copy's path inside the export folder ({@code attachments/<name>}, "/"-separated).
     */
    @JsonPropertyOrder({"fileName", "mediaType", "size", "sha256", "addedAt", "file"})
    public record AttachmentEntry(String fileName, String mediaType, long size, String sha256, String addedAt,
                                  String file) {
    }

    /** The contact's own fields; dates ISO-8601, moments with offset; "" for an empty text, null for no value. */
    @JsonPropertyOrder({"id", "name", "phones", "emails", "facebook", "instagram", "linkedin", "tiktok", "city",
            "birthday", "source", "referredBy", "interest", "tags", "notes", "doNotContact", "doNotContactReason",
            "createdAt", "updatedAt"})
    public record ContactData(long id, String name, List<String> phones, List<String> emails, String facebook,
                              String instagram, String linkedin, String tiktok, String city, String birthday,
                              String source, Referrer referredBy, String interest, List<String> tags, String notes,
                              boolean doNotContact, String doNotContactReason, String createdAt, String updatedAt) {
    }

    /** The contact who referred this one: id and name ("" when that contact no longer exists). */
    public record Referrer(long id, String name) {
    }

    /**
     * The contact's place on the board now: its stage, and its next follow-up's date (ISO), time ("HH:MM") and kind
     * ({@link FollowUpKind} name), each null when not set.
     */
    public record PipelineData(String stage, String nextFollowUp, String nextFollowUpTime, String nextFollowUpKind) {
    }

    /** One stage the contact entered, and when. */
    @JsonPropertyOrder({"stage", "enteredAt"})
    public record StageEntry(String stage, String enteredAt) {
    }

    /** One timeline entry. */
    @JsonPropertyOrder({"id", "type", "date", "text", "outcome"})
    public record InteractionEntry(long id, String type, String date, String text, String outcome) {
    }

    /** One consent-log entry: given or withdrawn, on which channel, in which words. */
    @JsonPropertyOrder({"id", "date", "channel", "wording", "given"})
    public record ConsentEntry(long id, String date, String channel, String wording, boolean given) {
    }

    /** One linked calendar event; {@code start} and {@code end} are dates for an all-day event (end exclusive). */
    @JsonPropertyOrder({"id", "title", "start", "end", "timeZone", "allDay", "location", "notes", "kind", "repeatRule"})
    public record EventEntry(long id, String title, String start, String end, String timeZone, boolean allDay,
                             String location, String notes, String kind, String repeatRule) {
    }

    /** One recorded use of a library script with the contact. */
    @JsonPropertyOrder({"id", "scriptId", "script", "result", "usedAt"})
    public record ScriptUseEntry(long id, long scriptId, String script, String result, String usedAt) {
    }

    // ---- gathering ----------------------------------------------------------------------------

    /**
     * Everything stored about the contact, as the JSON holds it, and the contact itself.
     *
     * @throws IllegalStateException when there is no contact with that id
     */
    public Gathered gather(long contactId) {
        Contact contact = contacts.find(contactId)
                .orElseThrow(() -> new IllegalStateException("No contact " + contactId));
        ContactDetails d = contact.details();
        Referrer referrer = d.referredBy() == null ? null : new Referrer(d.referredBy(),
                contacts.find(d.referredBy()).map(Contact::name).orElse(""));
        ContactData data = new ContactData(contact.id(), d.name(), d.phones(), d.emails(), text(d.facebook()),
                text(d.instagram()), text(d.linkedin()), text(d.tiktok()), text(d.city()), date(d.birthday()),
                d.source() == null ? null : d.source().name(), referrer,
                d.interest() == null ? null : d.interest().name(), d.tags(), text(d.notes()), contact.doNotContact(),
                text(contact.doNotContactReason()), moment(contact.createdAt()), moment(contact.updatedAt()));
        ContactStatus status = pipeline.status(contactId);
        PipelineData place = new PipelineData(status == null ? "" : text(status.stageName()),
                status == null ? null : date(status.nextFollowUp()),
                status == null || status.nextFollowUpTime() == null ? null : status.nextFollowUpTime().toString(),
                status == null || status.nextFollowUpKind() == null ? null : status.nextFollowUpKind().name());
        // Oldest first: the repository gives newest first, and visits in one second keep their order.
        List<StageVisit> visits = new java.util.ArrayList<>(pipeline.stageHistory(contactId));
        java.util.Collections.reverse(visits);
        List<StageEntry> history = visits.stream().map(v -> new StageEntry(v.stageName(), moment(v.enteredAt()))).toList();
        List<InteractionEntry> interactions = pipeline.interactions(contactId).stream()
                .sorted(Comparator.comparing(Interaction::date).thenComparing(Interaction::id))
                .map(i -> new InteractionEntry(i.id(), i.type().name(), date(i.date()), text(i.text()), text(i.outcome())))
                .toList();
        List<ConsentEntry> consents = pipeline.consents(contactId).stream()
                .sorted(Comparator.comparing(Consent::date).thenComparing(Consent::id))
                .map(c -> new ConsentEntry(c.id(), date(c.date()), text(c.channel()), text(c.wording()), c.given()))
                .toList();
        List<EventEntry> events = links.linkedEvents(contactId).stream().map(PersonExport::event).toList();
        List<ScriptUseEntry> uses = links.scriptUses(contactId).stream()
                .map(u -> new ScriptUseEntry(u.id(), u.scriptId(), u.scriptTitle(), u.result().name(), moment(u.usedAt())))
                .toList();
        List<ContactAttachment> attached = attachments.of(contactId);
        Map<String, Path> copies = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<AttachmentEntry> files = new java.util.ArrayList<>();
        for (ContactAttachment a : attached) {
            String file = ATTACHMENTS_FOLDER + "/" + uniqueName(a.fileName(), taken);
            copies.put(file, attachments.fileOf(a));
            files.add(new AttachmentEntry(a.fileName(), a.mediaType(), a.size(), a.sha256(), moment(a.addedAt()), file));
        }
        Document document = new Document(FORMAT, VERSION, moment(Instant.now(clock)), data, place, history,
                interactions, consents, events, uses, files);
        return new Gathered(contact, document, copies);
    }

    /**
     * What {@link #gather} read: the contact as stored, the JSON document made from it, and the stored
     * attachment files to copy, by their path inside the export folder.
     */
    public record Gathered(Contact contact, Document document, Map<String, Path> copies) {
    }

    /**
     * A file name safe on every system, not yet in {@code taken} (case-insensitively): " (2)", " (3)"…
     * go before the extension. Adds the result to {@code taken}.
     */
    static String uniqueName(String fileName, Set<String> taken) {
        String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip().replaceAll("^[.\\s]+", "");
        if (safe.isEmpty()) {
            safe = "file";
        }
        int dot = safe.lastIndexOf('.');
        String base = dot > 0 ? safe.substring(0, dot) : safe;
        String extension = dot > 0 ? safe.substring(dot) : "";
        String name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + " (" + n + ")" + extension;
        }
        return name;
    }

    private static EventEntry event(ContactLinks.LinkedEvent e) {
        String start = e.allDay() ? e.start().toLocalDate().toString() : MOMENT.format(e.start().atZone(e.zone()));
        String end = e.allDay() ? e.end().toLocalDate().toString() : MOMENT.format(e.end().atZone(e.zone()));
        return new EventEntry(e.id(), e.title(), start, end, e.zone().getId(), e.allDay(), text(e.location()),
                text(e.notes()), e.kind(), e.repeatRule());
    }

    private String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant.atZone(clock.getZone()));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    // ---- the files --------------------------------------------------------------------------

    /** The JSON file's bytes (UTF-8, pretty-printed, ending with a line break). */
    public byte[] json(Document document) {
        try {
            return (json.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contact as a vCard 4.0, UTF-8 ({@link ContactCard}: the same fields as the contacts export). */
    public static byte[] vcard(Contact contact) {
        return Ezvcard.write(ContactCard.of(contact)).version(VCardVersion.V4_0).prodId(false).go()
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Gathers everything about the contact and writes {@value #JSON_FILE}, {@value #VCARD_FILE} and a
     * copy of each attached file ({@value #ATTACHMENTS_FOLDER}{@code /}) to a new folder
     * {@code <name>-<yyyy-mm-dd>} in {@code parent} (with "-2", "-3"… when that name is taken).
     *
     * @param parent the folder the user chose; created if missing
     * @return the export folder written
     * @throws IllegalStateException when there is no contact with that id
     * @throws IOException           when the files cannot be written, or a stored attachment cannot be
     *                               read; nothing is left behind
     */
    public Path export(long contactId, Path parent) throws IOException {
        Gathered gathered = gather(contactId);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(JSON_FILE, json(gathered.document()));
        files.put(VCARD_FILE, vcard(gathered.contact()));
        return writeAtomically(parent, folderName(gathered.contact().name(), LocalDate.now(clock)), files,
                gathered.copies());
    }

    /**
     * As {@link #export(long, Path)}, into one zip file instead of a folder: the zip holds the folder
     * {@code <name>-<yyyy-mm-dd>/} with {@value #JSON_FILE} and {@value #VCARD_FILE}, the same bytes the
     * folder export writes, and the attached files under {@value #ATTACHMENTS_FOLDER}{@code /} as the JSON
     * names them (entry names NFC, UTF-8). The zip is written under a temporary name beside
     * {@code zipFile} and moved into place ({@link AtomicFile}), replacing a file of that name.
     *
     * @param zipFile the zip file to write (its name is normalised to NFC); its folder must exist
     * @return the zip file written
     * @throws IllegalStateException when there is no contact with that id
     * @throws IOException           when the file cannot be written; nothing is left behind
     */
    public Path exportZip(long contactId, Path zipFile) throws IOException {
        Gathered gathered = gather(contactId);
        String folder = dk.netdesk.db.PlainText.nfc(folderName(gathered.contact().name(), LocalDate.now(clock)));
        byte[] jsonBytes = json(gathered.document());
        byte[] vcardBytes = vcard(gathered.contact());
        java.nio.file.attribute.FileTime time = java.nio.file.attribute.FileTime.from(Instant.now(clock));
        return AtomicFile.write(zipFile, out -> {
            java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, StandardCharsets.UTF_8);
            for (Map.Entry<String, byte[]> file : Map.of(JSON_FILE, jsonBytes, VCARD_FILE, vcardBytes).entrySet()
                    .stream().sorted(Map.Entry.comparingByKey()).toList()) {
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(folder + "/" + file.getKey());
                entry.setLastModifiedTime(time);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
            for (Map.Entry<String, Path> copy : gathered.copies().entrySet()) {
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(folder + "/"
                        + dk.netdesk.db.PlainText.nfc(copy.getKey()));
                entry.setLastModifiedTime(time);
                zip.putNextEntry(entry);
                Files.copy(copy.getValue(), zip);
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** {@code <name>-<date>}, the name made safe as a file name on every system (at most 60 characters). */
    static String folderName(String name, LocalDate date) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        safe = safe.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (safe.length() > MAX_NAME_LENGTH) {
            safe = safe.substring(0, MAX_NAME_LENGTH).strip();
        }
        return (safe.isEmpty() ? "contact" : safe) + "-" + date;
    }

    /**
     * Writes the files into a temporary folder in {@code parent}, then renames it to {@code name} (or
     * {@code name-2}, {@code name-3}… when taken). On any failure the temporary folder and what was
     * written in it are removed before the exception goes on.
     */
    static Path writeAtomically(Path parent, String name, Map<String, byte[]> files) throws IOException {
        return writeAtomically(parent, name, files, Map.of());
    }

    /**
     * As {@link #writeAtomically(Path, String, Map)}, and copies each file of {@code copies} to its
     * "/"-separated path inside the folder (subfolders are made, private).
     */
    static Path writeAtomically(Path parent, String name, Map<String, byte[]> files, Map<String, Path> copies)
            throws IOException {
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, ".netdesk-export-");
        try {
            FileModes.privateFolder(temp);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = temp.resolve(file.getKey());
                Files.write(Files.createFile(path, FileModes.privateFileAttribute(path)), file.getValue(),
                        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                FileModes.privateFile(path);
            }
            for (Map.Entry<String, Path> copy : copies.entrySet()) {
                Path path = temp.resolve(copy.getKey());
                FileModes.privateFolder(path.getParent());
                Files.copy(copy.getValue(), path);
                FileModes.privateFile(path);
            }
            for (int n = 1; ; n++) {
                Path target = parent.resolve(n == 1 ? name : name + "-" + n);
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    return target;
                } catch (FileAlreadyExistsException taken) {
                    // made meanwhile: try the next name
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(temp, target);
                    return target;
                } catch (IOException e) {
                    // Some systems report a taken (non-empty) name as "directory not empty".
                    if (!Files.exists(target)) {
                        throw e;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            removeQuietly(temp, e);
            throw e;
        }
    }

    private static void removeQuietly(Path folder, Exception cause) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
