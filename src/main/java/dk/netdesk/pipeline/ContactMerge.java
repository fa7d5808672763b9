package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.contacts.PhoneNumbers;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.RowSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Find duplicates" and merging two contacts into one. {@link #pairs} lists likely pairs with their reasons
 * ({@link DuplicateFinder}); {@link #merge} keeps one contact (its id, card and stage) and moves onto it every row
 * that pointed at the other — timeline, consent log, stage history, calendar events, script uses, attachments,
 * referrals, the retention decision — with the phones, emails and tags of both and, field by field, the values
 * the user chose; then the other contact is deleted. Every column of the schema that refers to {@code contact}
 * must have a {@link Handling} in {@link #HANDLING}, or the merge refuses to run (a table added later must be
 * thought about here). {@link #undo} writes back every row the merge touched, exactly. Each is one transaction and
 * publishes {@code CONTACTS} (with a {@link ContactsMerged} origin for a merge), {@code PIPELINE} and
 * {@code CALENDAR} after the commit. Call on the database thread.
 */
public final class ContactMerge {

    /** The fields the user chooses between where the two differ; phones, emails and tags are always joined. */
    public enum Field {
        NAME, CITY, BIRTHDAY, SOURCE, INTEREST, FACEBOOK, INSTAGRAM, LINKEDIN, TIKTOK, NOTES
    }

    /** Whose value a field takes: the kept contact's, the other's, or (notes only) both, the kept's first. */
    public enum Side {
        KEPT, OTHER, BOTH
    }

    /** What a merge does with the rows of one referring column. */
    public enum Handling {
        /** The other contact's rows are pointed at the kept one. */
        MOVE,
        /** Moved, unless the kept contact has such a row already (a one-per-contact row); then the kept's stays. */
        MOVE_UNLESS_KEPT_HAS,
        /** Written from the merged details (phones, emails, tags: both contacts' joined); the other's go with it. */
        FROM_DETAILS,
        /** The other contact's rows are deleted with it (what they say no longer applies). */
        DELETED_WITH_OTHER
    }

    /** The handling of every {@code table.column} that refers to {@code contact (id)}. */
    public static final Map<String, Handling> HANDLING = Map.ofEntries(
            Map.entry("contact.referred_by", Handling.MOVE),
            Map.entry("contact_phone.contact_id", Handling.FROM_DETAILS),
            Map.entry("contact_email.contact_id", Handling.FROM_DETAILS),
            Map.entry("contact_tag.contact_id", Handling.FROM_DETAILS),
            Map.entry("interaction.contact_id", Handling.MOVE),
            Map.entry("stage_history.contact_id", Handling.MOVE),
            Map.entry("consent.contact_id", Handling.MOVE),
            Map.entry("calendar_event.contact_id", Handling.MOVE),
            Map.entry("library_script_use.contact_id", Handling.MOVE),
            Map.entry("contact_attachment.contact_id", Handling.MOVE),
            Map.entry("retention_decision.contact_id", Handling.MOVE_UNLESS_KEPT_HAS),
            Map.entry("duplicate_dismissal.first_id", Handling.DELETED_WITH_OTHER),
            Map.entry("duplicate_dismissal.second_id", Handling.DELETED_WITH_OTHER));

    /**
     * A merge as done, to undo it.
     *
     * @param keptId    the contact that stayed
     * @param otherId   the contact merged into it (deleted)
     * @param keptName  the kept contact's name after the merge
     * @param otherName the other contact's name before the merge
     * @param choices   the choices it was made with (to redo it)
     * @param before    every row the merge could change, as it was
     */
    public record Merged(long keptId, long otherId, String keptName, String otherName, Map<Field, Side> choices,
                         RowSnapshot before) {
    }

    private final Database database;
    private final ContactRepository contacts;
    private final PipelineRepository pipeline;
    private final MergeRepository repository;
    private final Changes changes;
    private final Clock clock;

    /** @param clock the moment a "not a duplicate" is remembered */
    public ContactMerge(Database database, ContactRepository contacts, PipelineRepository pipeline,
                        MergeRepository repository, Changes changes, Clock clock) {
        this.database = database;
        this.contacts = contacts;
        this.pipeline = pipeline;
        this.repository = repository;
        this.changes = changes;
        this.clock = clock;
    }

    /** The likely duplicate pairs among all contacts, strongest reason first, without the dismissed ones. */
    public List<DuplicateFinder.Pair> pairs() {
        return DuplicateFinder.find(contacts.findAll(), repository.dismissed(), database.textOrder().locale());
    }

    /** The {@code table.column}s in the schema that refer to {@code contact} but have no {@link Handling}; empty when all do. */
    public List<String> unhandled() {
        return repository.referencesToContact().stream().map(RowSnapshot.ForeignKey::name)
                .filter(name -> !HANDLING.containsKey(name)).toList();
    }

    /**
     * Merges {@code otherId} into {@code keptId}, in one transaction (see the class comment).
     *
     * @param choices per differing field, whose value to take; a field not named keeps the kept contact's value
     * @param origin  published with the {@code CONTACTS} change inside a {@link ContactsMerged}
     * @return what undo needs
     * @throws IllegalArgumentException when the ids are the same, {@link Side#BOTH} is chosen for a field other
     *                                  than notes, or the merged details are invalid; nothing is written
     * @throws IllegalStateException    when either contact no longer exists, or a column refers to {@code contact}
     *                                  without a handling; nothing is written
     */
    public Merged merge(long keptId, long otherId, Map<Field, Side> choices, Object origin) {
        if (keptId == otherId) {
            throw new IllegalArgumentException("A contact cannot be merged into itself");
        }
        choices.forEach((field, side) -> {
            if (side == Side.BOTH && field != Field.NOTES) {
                throw new IllegalArgumentException("Both values can only be kept for the notes, not " + field);
            }
        });
        List<String> unhandled = unhandled();
        if (!unhandled.isEmpty()) {
            throw new IllegalStateException("The merge does not handle " + String.join(", ", unhandled));
        }
        Merged merged = database.inTransaction(() -> {
            Contact kept = contacts.find(keptId).orElseThrow(() -> new IllegalStateException("No contact " + keptId));
            Contact other = contacts.find(otherId).orElseThrow(() -> new IllegalStateException("No contact " + otherId));
            RowSnapshot before = RowSnapshot.take(database, scopes(keptId, otherId));
            ContactDetails details = merged(kept, other, choices);
            for (RowSnapshot.ForeignKey key : repository.referencesToContact()) {
                Handling handling = HANDLING.get(key.name());
                if (handling == Handling.MOVE || handling == Handling.MOVE_UNLESS_KEPT_HAS) {
                    repository.move(key, otherId, keptId, handling == Handling.MOVE_UNLESS_KEPT_HAS);
                }
            }
            pipeline.takeOff(otherId);
            repository.combineMarks(keptId, otherId);
            contacts.update(keptId, details);
            contacts.delete(otherId);
            return new Merged(keptId, otherId, details.name(), other.name(), Map.copyOf(choices), before);
        });
        changes.publish(Changes.Topic.CONTACTS, new ContactsMerged(keptId, otherId, origin));
        changes.publish(Changes.Topic.PIPELINE, origin);
        changes.publish(Changes.Topic.CALENDAR, origin);
        return merged;
    }

    /** Undoes a merge: both contacts and every row the merge changed are as they were before it. One transaction. */
    public void undo(Merged merged, Object origin) {
        merged.before().restore();
        changes.publish(Changes.Topic.CONTACTS, origin);
        changes.publish(Changes.Topic.PIPELINE, origin);
        changes.publish(Changes.Topic.CALENDAR, origin);
    }

    /** Remembers that the two contacts are not duplicates, so the pair is not listed again. */
    public void dismiss(long a, long b, Object origin) {
        repository.dismiss(a, b, Instant.now(clock));
        changes.publish(Changes.Topic.CONTACTS, origin);
    }

    /** Forgets a {@link #dismiss} (its undo). */
    public void undismiss(long a, long b, Object origin) {
        repository.undismiss(a, b);
        changes.publish(Changes.Topic.CONTACTS, origin);
    }

    /** The rows a merge may change: both contacts, the cards in the other's stage (positions), every referring row. */
    private List<RowSnapshot.Scope> scopes(long keptId, long otherId) {
        List<Long> both = List.of(keptId, otherId);
        List<RowSnapshot.Scope> scopes = new ArrayList<>();
        scopes.add(new RowSnapshot.Scope("contact", "id", both));
        Long stage = repository.stageOf(otherId);
        if (stage != null) {
            scopes.add(new RowSnapshot.Scope("contact", "stage_id", List.of(stage)));
        }
        for (RowSnapshot.ForeignKey key : repository.referencesToContact()) {
            scopes.add(new RowSnapshot.Scope(key.table(), key.column(), both));
        }
        return scopes;
    }

    /** The fields whose values differ between the two contacts, in {@link Field} order. */
    public static List<Field> differing(ContactDetails kept, ContactDetails other) {
        List<Field> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            if (!Objects.equals(value(kept, field), value(other, field))) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * The side a differing field starts on: the kept contact's value, or the other's when the kept one has
     * none; for notes both when both have some.
     */
    public static Side suggested(ContactDetails kept, ContactDetails other, Field field) {
        boolean keptEmpty = isEmpty(value(kept, field));
        boolean otherEmpty = isEmpty(value(other, field));
        if (field == Field.NOTES && !keptEmpty && !otherEmpty) {
            return Side.BOTH;
        }
        return keptEmpty && !otherEmpty ? Side.OTHER : Side.KEPT;
    }

    /** One field's value: a String, a LocalDate, a Source or an Interest; null or "" for none. */
    public static Object value(ContactDetails d, Field field) {
        return switch (field) {
            case NAME -> d.name();
            case CITY -> d.city();
            case BIRTHDAY -> d.birthday();
            case SOURCE -> d.source();
            case INTEREST -> d.interest();
            case FACEBOOK -> d.facebook();
            case INSTAGRAM -> d.instagram();
            case LINKEDIN -> d.linkedin();
            case TIKTOK -> d.tiktok();
            case NOTES -> d.notes();
        };
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    /**
     * The kept contact's details after the merge: each field from the chosen side (the source with its referrer;
     * a referrer that is one of the two becomes none), the phones of both (the kept's first, a number already there
     * as {@link PhoneNumbers#normalise} sees it left out), the emails of both (ignoring case) and the tags of both.
     */
    public static ContactDetails merged(Contact kept, Contact other, Map<Field, Side> choices) {
        ContactDetails k = kept.details();
        ContactDetails o = other.details();
        Map<Field, Side> side = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            side.put(field, choices.getOrDefault(field, Side.KEPT));
        }
        ContactDetails source = side.get(Field.SOURCE) == Side.OTHER ? o : k;
        Long referredBy = source.referredBy();
        if (referredBy != null && (referredBy == kept.id() || referredBy == other.id())) {
            referredBy = null;
        }
        String notes = switch (side.get(Field.NOTES)) {
            case KEPT -> k.notes();
            case OTHER -> o.notes();
            case BOTH -> k.notes().isBlank() ? o.notes() : o.notes().isBlank() ? k.notes() : k.notes() + "\n\n" + o.notes();
        };
        return new ContactDetails(pick(side, Field.NAME, k.name(), o.name()),
                union(k.phones(), o.phones(), PhoneNumbers::normalise), union(k.emails(), o.emails(), ContactMerge::fold),
                pick(side, Field.FACEBOOK, k.facebook(), o.facebook()), pick(side, Field.INSTAGRAM, k.instagram(), o.instagram()),
                pick(side, Field.LINKEDIN, k.linkedin(), o.linkedin()), pick(side, Field.TIKTOK, k.tiktok(), o.tiktok()),
                pick(side, Field.CITY, k.city(), o.city()), pick(side, Field.BIRTHDAY, k.birthday(), o.birthday()),
                source.source(), referredBy, pick(side, Field.INTEREST, k.interest(), o.interest()),
                union(k.tags(), o.tags(), ContactMerge::fold), notes);
    }

    private static <T> T pick(Map<Field, Side> side, Field field, T kept, T other) {
        return side.get(field) == Side.OTHER ? other : kept;
    }

    private static List<String> union(List<String> kept, List<String> other,
                                      java.util.function.Function<String, String> key) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        for (String value : kept) {
            if (seen.add(key.apply(value))) {
                all.add(value);
            }
        }
        for (String value : other) {
            if (seen.add(key.apply(value))) {
                all.add(value);
            }
        }
        return all;
    }

    private static String fold(String text) {
        return dk.netdesk.db.TextOrder.fold(text);
    }
}
