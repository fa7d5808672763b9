package dk.netdesk.pipeline;

import static dk.netdesk.db.generated.Tables.CONTACT;
import static dk.netdesk.db.generated.Tables.DUPLICATE_DISMISSAL;

import dk.netdesk.db.Database;
import dk.netdesk.db.RowSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The SQL of merging duplicates: moving the rows that point at one contact over to another (for the
 * columns the schema says refer to {@code contact}, {@link #referencesToContact}), the do-not-contact mark
 * and follow-up of the merged contact, and the pairs the user said are not duplicates
 * ({@code duplicate_dismissal}, V11). Every method joins the caller's transaction when run inside
 * {@link Database#inTransaction}; nothing here publishes a change ({@link ContactMerge} does, after its commit).
 */
public final class MergeRepository {

    private final Database database;

    public MergeRepository(Database database) {
        this.database = database;
    }

    /** Every column in the schema that refers to {@code contact (id)}, read from the tables' foreign keys. */
    public List<RowSnapshot.ForeignKey> referencesToContact() {
        return RowSnapshot.foreignKeysTo(database, "contact");
    }

    /**
     * Points every row whose {@code key} column holds {@code from} at {@code to}.
     *
     * @param skipClashes true to leave a row where moving it would break a unique key (the row the kept
     *                    contact has wins; the one left goes when {@code from} is deleted)
     * @return how many rows moved
     */
    public int move(RowSnapshot.ForeignKey key, long from, long to, boolean skipClashes) {
        requireKnown(key);
        return dsl().execute("UPDATE " + (skipClashes ? "OR IGNORE " : "") + quote(key.table()) + " SET "
                + quote(key.column()) + " = ? WHERE " + quote(key.column()) + " = ?", to, from);
    }

    /**
     * Gives {@code keptId} the board facts of both: marked do-not-contact when either is (the reasons joined
     * with " / ", no follow-up date), else the earlier of the two next follow-up dates.
     */
    public void combineMarks(long keptId, long otherId) {
        DSLContext dsl = dsl();
        var kept = dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(keptId)).fetchSingle();
        var other = dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(otherId)).fetchSingle();
        boolean marked = kept.getDoNotContact() == 1L || other.getDoNotContact() == 1L;
        if (marked) {
            String reason = joinReasons(kept.getDoNotContact() == 1L ? kept.getDoNotContactReason() : "",
                    other.getDoNotContact() == 1L ? other.getDoNotContactReason() : "");
            dsl.update(CONTACT).set(CONTACT.DO_NOT_CONTACT, 1L).set(CONTACT.DO_NOT_CONTACT_REASON, reason)
                    .set(CONTACT.NEXT_FOLLOW_UP, (String) null).set(CONTACT.NEXT_FOLLOW_UP_TIME, (String) null)
                    .set(CONTACT.NEXT_FOLLOW_UP_KIND, (String) null).where(CONTACT.ID.eq(keptId)).execute();
            return;
        }
        String a = kept.getNextFollowUp();
        String b = other.getNextFollowUp();
        if (a == null || (b != null && LocalDate.parse(b).isBefore(LocalDate.parse(a)))) {
            // the other's follow-up is taken whole: its time and kind go with its date
            dsl.update(CONTACT).set(CONTACT.NEXT_FOLLOW_UP, b).set(CONTACT.NEXT_FOLLOW_UP_TIME, other.getNextFollowUpTime())
                    .set(CONTACT.NEXT_FOLLOW_UP_KIND, other.getNextFollowUpKind()).where(CONTACT.ID.eq(keptId)).execute();
        }
    }

    private static String joinReasons(String a, String b) {
        if (a.isBlank()) {
            return b;
        }
        return b.isBlank() || a.equals(b) ? a : a + " / " + b;
    }

    /** The stage the contact's card is in, or null (none, or no such contact). */
    public Long stageOf(long contactId) {
        return dsl().select(CONTACT.STAGE_ID).from(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOne(CONTACT.STAGE_ID);
    }

    // ---- "Not a duplicate" ----------------------------------------------------------------------

    /** Remembers that the two contacts are not duplicates (at {@code at}, a UTC instant); again is a no-op. */
    public void dismiss(long a, long b, Instant at) {
        dsl().insertInto(DUPLICATE_DISMISSAL).set(DUPLICATE_DISMISSAL.FIRST_ID, Math.min(a, b))
                .set(DUPLICATE_DISMISSAL.SECOND_ID, Math.max(a, b))
                .set(DUPLICATE_DISMISSAL.DISMISSED_AT, at.toString()).onConflictDoNothing().execute();
    }

    /** Forgets a "not a duplicate" (its undo). */
    public void undismiss(long a, long b) {
        dsl().deleteFrom(DUPLICATE_DISMISSAL).where(DUPLICATE_DISMISSAL.FIRST_ID.eq(Math.min(a, b)))
                .and(DUPLICATE_DISMISSAL.SECOND_ID.eq(Math.max(a, b))).execute();
    }

    /** Every dismissed pair, as {@link DuplicateFinder#pairKey} values. */
    public Set<String> dismissed() {
        Set<String> keys = new HashSet<>();
        dsl().selectFrom(DUPLICATE_DISMISSAL)
                .forEach(r -> keys.add(DuplicateFinder.pairKey(r.getFirstId(), r.getSecondId())));
        return keys;
    }

    private void requireKnown(RowSnapshot.ForeignKey key) {
        if (!referencesToContact().contains(key)) {
            throw new IllegalArgumentException("Not a reference to contact: " + key.name());
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private DSLContext dsl() {
        return database.dsl();
    }
}
