package dk.netdesk.pipeline;

import static dk.netdesk.db.generated.Tables.CONSENT;
import static dk.netdesk.db.generated.Tables.CONTACT;
import static dk.netdesk.db.generated.Tables.CONTACT_EMAIL;
import static dk.netdesk.db.generated.Tables.CONTACT_PHONE;
import static dk.netdesk.db.generated.Tables.CONTACT_TAG;
import static dk.netdesk.db.generated.Tables.INTERACTION;
import static dk.netdesk.db.generated.Tables.RETENTION_DECISION;

import dk.netdesk.db.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The SQL of the retention review: what the review needs to know about every contact not yet
 * anonymised ({@link #facts()}), the user's decisions ({@code retention_decision}: kept with a
 * reason, or anonymised), and the anonymising rewrite of a contact's own rows. Every method joins
 * the caller's transaction when run inside {@link Database#inTransaction}; nothing here publishes a
 * change (the {@link RetentionService} does, after its commit).
 */
public final class RetentionRepository {

    /**
     * What the review knows about one contact.
     *
     * @param createdAt       when the contact was made (UTC instant)
     * @param doNotContact    the do-not-contact flag
     * @param parked          whether its stage is of kind {@link StageKind#PARKED} (any stage of that kind)
     * @param declined        whether its newest consent-log entry is a refusal or withdrawal
     * @param lastInteraction the newest interaction's day, or null
     * @param lastStageMove   the newest stage-history entry (UTC instant), or null
     * @param keptOn          the day the user last chose to keep them, or null
     */
    public record Facts(long contactId, String name, Instant createdAt, boolean doNotContact, boolean parked,
                        boolean declined, LocalDate lastInteraction, Instant lastStageMove, LocalDate keptOn) {
    }

    private static final String FACTS = """
            SELECT c.id, c.name, c.created_at, c.do_not_contact, s.kind,
                   (SELECT max(i.happened_on) FROM interaction i WHERE i.contact_id = c.id) AS last_interaction,
                   (SELECT max(h.entered_at) FROM stage_history h WHERE h.contact_id = c.id) AS last_move,
                   (SELECT k.given FROM consent k WHERE k.contact_id = c.id
                     ORDER BY k.given_on DESC, k.id DESC LIMIT 1) AS last_consent,
                   d.decided_on
              FROM contact c
              LEFT JOIN stage s ON s.id = c.stage_id
              LEFT JOIN retention_decision d ON d.contact_id = c.id
             WHERE d.decision IS NULL OR d.decision <> 'ANONYMISED'
            """;

    private final Database database;

    public RetentionRepository(Database database) {
        this.database = database;
    }

    /** The facts of every contact that has not been anonymised, in no particular order. One query. */
    public List<Facts> facts() {
        return dsl().fetch(FACTS).map(r -> new Facts(
                r.get(0, Long.class),
                r.get(1, String.class),
                Instant.parse(r.get(2, String.class)),
                r.get(3, Long.class) == 1L,
                StageKind.PARKED.name().equals(r.get(4, String.class)),
                Long.valueOf(0L).equals(r.get(7, Long.class)),
                r.get(5, String.class) == null ? null : LocalDate.parse(r.get(5, String.class)),
                r.get(6, String.class) == null ? null : Instant.parse(r.get(6, String.class)),
                r.get(8, String.class) == null ? null : LocalDate.parse(r.get(8, String.class))));
    }

    /**
     * Records that the user keeps the contact, on {@code day}, for {@code reason} (replacing an
     * earlier keep).
     *
     * @throws IllegalStateException when there is no such contact, or it has been anonymised
     */
    public void keep(long contactId, LocalDate day, String reason) {
        dsl().transaction(cfg -> {
            DSLContext tx = org.jooq.impl.DSL.using(cfg);
            if (!tx.fetchExists(CONTACT, CONTACT.ID.eq(contactId))) {
                throw new IllegalStateException("No contact " + contactId);
            }
            if (anonymised(tx, contactId)) {
                throw new IllegalStateException("Contact " + contactId + " is anonymised");
            }
            tx.insertInto(RETENTION_DECISION).set(RETENTION_DECISION.CONTACT_ID, contactId)
                    .set(RETENTION_DECISION.DECISION, "KEPT").set(RETENTION_DECISION.DECIDED_ON, day.toString())
                    .set(RETENTION_DECISION.REASON, reason)
                    .onConflict(RETENTION_DECISION.CONTACT_ID).doUpdate()
                    .set(RETENTION_DECISION.DECISION, "KEPT").set(RETENTION_DECISION.DECIDED_ON, day.toString())
                    .set(RETENTION_DECISION.REASON, reason)
                    .execute();
        });
    }

    /** The reason the contact was kept for, or null when it was not kept (or was anonymised). */
    public String keptReason(long contactId) {
        return dsl().select(RETENTION_DECISION.REASON).from(RETENTION_DECISION)
                .where(RETENTION_DECISION.CONTACT_ID.eq(contactId).and(RETENTION_DECISION.DECISION.eq("KEPT")))
                .fetchOne(RETENTION_DECISION.REASON);
    }

    /** Whether the contact has been anonymised. */
    public boolean isAnonymised(long contactId) {
        return anonymised(dsl(), contactId);
    }

    /**
     * Rewrites the contact's own rows so that nothing identifies the person, and records the
     * decision: the name becomes {@code label}; phones, emails, tags, city, birthday, social
     * handles, notes, the do-not-contact reason, the next follow-up and "referred by" are cleared, and
     * so is the "referred by" of the contacts they referred; consent entries lose their wording and
     * interactions their text and outcome (dates, channels, types and stage history stay, for the
     * funnel counts). A keep reason is dropped. Calendar events are not touched here. Joins the
     * caller's transaction; call inside {@link Database#inTransaction}.
     *
     * @param label   the neutral name, e.g. "Anonymised 7F3A"
     * @param day     the day of the anonymising
     * @param updated the contact row's new {@code updated_at}
     */
    public void anonymise(long contactId, String label, LocalDate day, Instant updated) {
        DSLContext tx = dsl();
        int rows = tx.update(CONTACT).set(CONTACT.NAME, label).set(CONTACT.PHONE, "").set(CONTACT.EMAIL, "")
                .set(CONTACT.NOTES, "").set(CONTACT.CITY, "").set(CONTACT.BIRTHDAY, (String) null)
                .set(CONTACT.FACEBOOK, "").set(CONTACT.INSTAGRAM, "").set(CONTACT.LINKEDIN, "").set(CONTACT.TIKTOK, "")
                .set(CONTACT.DO_NOT_CONTACT_REASON, "").set(CONTACT.NEXT_FOLLOW_UP, (String) null)
                .set(CONTACT.NEXT_FOLLOW_UP_TIME, (String) null).set(CONTACT.NEXT_FOLLOW_UP_KIND, (String) null)
                .set(CONTACT.REFERRED_BY, (Long) null).set(CONTACT.UPDATED_AT, updated.toString())
                .where(CONTACT.ID.eq(contactId)).execute();
        if (rows != 1) {
            throw new IllegalStateException("No contact " + contactId);
        }
        tx.update(CONTACT).set(CONTACT.REFERRED_BY, (Long) null).where(CONTACT.REFERRED_BY.eq(contactId)).execute();
        tx.deleteFrom(CONTACT_PHONE).where(CONTACT_PHONE.CONTACT_ID.eq(contactId)).execute();
        tx.deleteFrom(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(contactId)).execute();
        tx.deleteFrom(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(contactId)).execute();
        tx.update(CONSENT).set(CONSENT.WORDING, "").where(CONSENT.CONTACT_ID.eq(contactId)).execute();
        tx.update(INTERACTION).set(INTERACTION.TEXT, "").set(INTERACTION.OUTCOME, "")
                .where(INTERACTION.CONTACT_ID.eq(contactId)).execute();
        tx.insertInto(RETENTION_DECISION).set(RETENTION_DECISION.CONTACT_ID, contactId)
                .set(RETENTION_DECISION.DECISION, "ANONYMISED").set(RETENTION_DECISION.DECIDED_ON, day.toString())
                .set(RETENTION_DECISION.REASON, "")
                .onConflict(RETENTION_DECISION.CONTACT_ID).doUpdate()
                .set(RETENTION_DECISION.DECISION, "ANONYMISED").set(RETENTION_DECISION.DECIDED_ON, day.toString())
                .set(RETENTION_DECISION.REASON, "")
                .execute();
    }

    private static boolean anonymised(DSLContext tx, long contactId) {
        return tx.fetchExists(RETENTION_DECISION, RETENTION_DECISION.CONTACT_ID.eq(contactId)
                .and(RETENTION_DECISION.DECISION.eq("ANONYMISED")));
    }

    private DSLContext dsl() {
        return database.dsl();
    }
}
