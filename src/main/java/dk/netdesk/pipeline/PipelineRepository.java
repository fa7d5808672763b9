package dk.netdesk.pipeline;

import dk.netdesk.db.TextOrder;
import static dk.netdesk.db.generated.Tables.CONSENT;
import static dk.netdesk.db.generated.Tables.CONTACT;
import static dk.netdesk.db.generated.Tables.CONTACT_EMAIL;
import static dk.netdesk.db.generated.Tables.CONTACT_PHONE;
import static dk.netdesk.db.generated.Tables.CONTACT_TAG;
import static dk.netdesk.db.generated.Tables.INTERACTION;
import static dk.netdesk.db.generated.Tables.STAGE;
import static dk.netdesk.db.generated.Tables.STAGE_HISTORY;

import dk.netdesk.contacts.PhoneNumbers;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.generated.tables.records.ContactRecord;
import dk.netdesk.db.generated.tables.records.StageRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The SQL of the board: stages, where each contact sits, follow-ups, do-not-contact,
 * interactions, stage history and consent. Every method is one transaction; writes publish
 * {@code PIPELINE} (moves and stages) or {@code CONTACTS} (what a contact's details show).
 */
public final class PipelineRepository {

    private static final java.util.regex.Pattern NOT_DIGIT = java.util.regex.Pattern.compile("[^0-9+]");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[ ()./-]");

    private final Database database;
    private final Changes changes;
    private final Clock clock;

    public PipelineRepository(Database database, Changes changes, Clock clock) {
        this.database = database;
        this.changes = changes;
        this.clock = clock;
    }

    // ---- stages -------------------------------------------------------------------------

    /**
     * On the first run (no stages yet) creates the given stages and puts every contact that has
     * no stage at the end of the first one. Returns true if it seeded.
     */
    public boolean seedIfEmpty(List<DefaultStage> named) {
        return seedIfEmpty(named, null);
    }

    /** {@link #seedIfEmpty(List)}, publishing the change as made by {@code origin}. */
    public boolean seedIfEmpty(List<DefaultStage> named, Object origin) {
        boolean seeded = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (tx.fetchCount(STAGE) > 0) {
                return false;
            }
            for (int i = 0; i < named.size(); i++) {
                DefaultStage s = named.get(i);
                tx.insertInto(STAGE).set(STAGE.NAME, s.name()).set(STAGE.KIND, s.kind().name())
                        .set(STAGE.DEFAULT_KEY, s.key()).set(STAGE.POSITION, (long) i).set(STAGE.STALE_DAYS, (long) s.staleDays()).execute();
            }
            String now = now();
            for (Long id : tx.select(CONTACT.ID).from(CONTACT).where(CONTACT.STAGE_ID.isNull()).orderBy(CONTACT.ID)
                    .fetch(CONTACT.ID)) {
                placeAtEndOfFirstStage(tx, id, now);
            }
            return true;
        });
        if (seeded) {
            changes.publish(Changes.Topic.PIPELINE, origin);
        }
        return seeded;
    }

    public List<Stage> stages() {
        return dsl().selectFrom(STAGE).orderBy(STAGE.POSITION).fetch(PipelineRepository::toStage);
    }

    /**
     * Adds a stage after the last stage of its group, the others shifting right: an open stage after the
     * last open one (before the won stages), a won stage after the last won one (before the parked ones),
     * a parked stage at the end. With no stage of its group or an earlier one, it goes first.
     */
    public Stage addStage(String name, StageKind kind, int staleDays) {
        String clean = requireName(name);
        requireStaleDays(staleDays);
        Stage stage = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long at = 0;
            for (StageRecord r : tx.selectFrom(STAGE).orderBy(STAGE.POSITION).fetch()) {
                if (group(StageKind.valueOf(r.getKind())) <= group(kind)) {
                    at = r.getPosition() + 1;
                }
            }
            tx.update(STAGE).set(STAGE.POSITION, STAGE.POSITION.plus(1)).where(STAGE.POSITION.ge(at)).execute();
            return toStage(tx.insertInto(STAGE).set(STAGE.NAME, clean).set(STAGE.KIND, kind.name())
                    .set(STAGE.POSITION, at).set(STAGE.STALE_DAYS, (long) staleDays).returning().fetchOne());
        });
        changes.publish(Changes.Topic.PIPELINE);
        return stage;
    }

    /** Open stages, then won ones, then parked ones: where {@link #addStage} puts a new stage. */
    private static int group(StageKind kind) {
        return switch (kind) {
            case OPEN -> 0;
            case WON_CUSTOMER, WON_TEAM_MEMBER -> 1;
            case PARKED -> 2;
        };
    }

    /**
     * Changes a stage's name, kind and stale threshold. A {@code name} renames the stage, which from then
     * on keeps that name in every language (its default key is cleared); null keeps the name and key.
     * Making a stage open while it holds a do-not-contact contact is refused.
     */
    public Stage updateStage(long id, String name, StageKind kind, int staleDays) {
        String clean = name == null ? null : requireName(name);
        requireStaleDays(staleDays);
        Stage stage = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (kind == StageKind.OPEN && tx.fetchCount(CONTACT,
                    CONTACT.STAGE_ID.eq(id).and(CONTACT.DO_NOT_CONTACT.eq(1L))) > 0) {
                throw new PipelineRuleException("pipeline.rule.openStageHasDoNotContact");
            }
            var update = tx.update(STAGE).set(STAGE.KIND, kind.name()).set(STAGE.STALE_DAYS, (long) staleDays);
            if (clean != null) {
                update = update.set(STAGE.NAME, clean).set(STAGE.DEFAULT_KEY, (String) null);
            }
            int updated = update.where(STAGE.ID.eq(id)).execute();
            if (updated != 1) {
                throw new IllegalStateException("Stage " + id + " no longer exists");
            }
            return toStage(tx.selectFrom(STAGE).where(STAGE.ID.eq(id)).fetchOne());
        });
        changes.publish(Changes.Topic.PIPELINE);
        return stage;
    }

    /** Moves a stage to another column index; the others shift. */
    public void moveStage(long id, int index) {
        dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            StageRecord stage = tx.selectFrom(STAGE).where(STAGE.ID.eq(id)).fetchOptional()
                    .orElseThrow(() -> new IllegalStateException("Stage " + id + " no longer exists"));
            int from = stage.getPosition().intValue();
            int to = Math.max(0, Math.min(index, tx.fetchCount(STAGE) - 1));
            if (to > from) {
                tx.update(STAGE).set(STAGE.POSITION, STAGE.POSITION.minus(1))
                        .where(STAGE.POSITION.gt((long) from).and(STAGE.POSITION.le((long) to))).execute();
            } else if (to < from) {
                tx.update(STAGE).set(STAGE.POSITION, STAGE.POSITION.plus(1))
                        .where(STAGE.POSITION.ge((long) to).and(STAGE.POSITION.lt((long) from))).execute();
            }
            tx.update(STAGE).set(STAGE.POSITION, (long) to).where(STAGE.ID.eq(id)).execute();
        });
        changes.publish(Changes.Topic.PIPELINE);
    }

    /** Deletes an empty stage. A stage with contacts, or the last stage, is refused. */
    public Stage deleteStage(long id) {
        Stage deleted = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            StageRecord stage = tx.selectFrom(STAGE).where(STAGE.ID.eq(id)).fetchOptional()
                    .orElseThrow(() -> new IllegalStateException("Stage " + id + " no longer exists"));
            if (tx.fetchCount(CONTACT, CONTACT.STAGE_ID.eq(id)) > 0) {
                throw new PipelineRuleException("pipeline.rule.stageNotEmpty");
            }
            if (tx.fetchCount(STAGE) == 1) {
                throw new PipelineRuleException("pipeline.rule.lastStage");
            }
            tx.deleteFrom(STAGE).where(STAGE.ID.eq(id)).execute();
            tx.update(STAGE).set(STAGE.POSITION, STAGE.POSITION.minus(1))
                    .where(STAGE.POSITION.gt(stage.getPosition())).execute();
            return toStage(stage);
        });
        changes.publish(Changes.Topic.PIPELINE);
        return deleted;
    }

    // ---- the board ------------------------------------------------------------------------

    /** Every stage and every card, in four queries. */
    public Board loadBoard() {
        return dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            List<Stage> stages = tx.selectFrom(STAGE).orderBy(STAGE.POSITION).fetch(PipelineRepository::toStage);
            Map<Long, List<String>> tags = new HashMap<>();
            tx.select(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG).from(CONTACT_TAG).orderBy(CONTACT_TAG.TAG.collate(TextOrder.COLLATION))
                    .forEach(r -> tags.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            Map<Long, StringBuilder> extra = new HashMap<>();
            tx.select(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE).from(CONTACT_PHONE)
                    .forEach(r -> extra.computeIfAbsent(r.value1(), k -> new StringBuilder()).append(' ').append(r.value2())
                            .append(' ').append(String.join(" ", PhoneNumbers.searchKeys(r.value2()))));
            tx.select(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL)
                    .forEach(r -> extra.computeIfAbsent(r.value1(), k -> new StringBuilder()).append(' ').append(r.value2()));
            var rows = tx.select(CONTACT.ID, CONTACT.NAME, CONTACT.PHONE, CONTACT.EMAIL, CONTACT.NOTES,
                            CONTACT.STAGE_ID, CONTACT.STAGE_POSITION, CONTACT.NEXT_FOLLOW_UP, CONTACT.STAGE_ENTERED_AT,
                            CONTACT.LAST_TOUCHED_AT, CONTACT.DO_NOT_CONTACT, CONTACT.DO_NOT_CONTACT_REASON, CONTACT.SOURCE)
                    .from(CONTACT)
                    .where(CONTACT.STAGE_ID.isNotNull())
                    .orderBy(CONTACT.STAGE_ID, CONTACT.STAGE_POSITION, CONTACT.ID)
                    .fetch();
            List<Card> cards = new ArrayList<>(rows.size());
            long stageOfLast = Long.MIN_VALUE;
            int index = 0;
            for (Record r : rows) {
                long stageId = r.get(CONTACT.STAGE_ID);
                index = stageId == stageOfLast ? index + 1 : 0;
                stageOfLast = stageId;
                cards.add(toCard(r, index, tags.getOrDefault(r.get(CONTACT.ID), List.of()), extra.get(r.get(CONTACT.ID))));
            }
            return new Board(stages, cards);
        });
    }

    /** One card as the board shows it. */
    public Card card(long contactId) {
        return loadBoard().cards().stream().filter(c -> c.contactId() == contactId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Contact " + contactId + " is not on the board"));
    }

    /**
     * Moves a card to {@code index} (its final position, clamped) in a stage. Only the moved card's row
     * changes: it takes a sort key between its new neighbours' keys (decision 0032); only when they have no
     * room left are that stage's keys respaced, in the same transaction. Entering another stage
     * restarts the stage clock and writes a stage-history row. A do-not-contact contact cannot
     * enter an open stage ({@link PipelineRuleException}, nothing written).
     */
    public MoveResult move(long contactId, long stageId, int index) {
        return move(contactId, stageId, index, null);
    }

    /** {@link #move(long, long, int)}, publishing the change as made by {@code origin}. */
    public MoveResult move(long contactId, long stageId, int index, Object origin) {
        MoveResult result = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            HotStatements hot = hot(tx);
            // The card, its index in its stage and the target stage in one statement, prepared once: a move's
            // cost is mostly its statements (decision 0032).
            CardRow row = hot.card(contactId, stageId);
            if (row == null) {
                throw new PipelineRuleException(tx.fetchExists(CONTACT, CONTACT.ID.eq(contactId))
                        ? "pipeline.rule.stageGone" : "pipeline.rule.contactGone");
            }
            Long fromStage = row.stageId();
            Placement before = new Placement(fromStage == null ? -1 : fromStage, fromStage == null ? 0 : row.index(),
                    instant(row.enteredAt()), instant(row.touchedAt()));
            boolean sameStage = Objects.equals(fromStage, stageId);
            if (!sameStage && row.doNotContact() && StageKind.valueOf(row.stageKind()) == StageKind.OPEN) {
                throw new PipelineRuleException("pipeline.rule.doNotContactOpenStage");
            }
            Slot slot = slot(tx, stageId, index, contactId, sameStage ? row.key() : null);
            int to = slot.index();
            if (sameStage) {
                // A drop on its own place keeps its key: nothing to write.
                if (slot.key() != row.key()) {
                    hot.moveWithin(contactId, slot.key());
                }
                return new MoveResult(contactId, before, new Placement(stageId, to, before.stageEnteredAt(),
                        before.lastTouchedAt()), null);
            }
            Instant entered = Instant.now(clock);
            long historyId = hot.history(contactId, stageId, row.stageName(), entered.toString());
            hot.moveInto(contactId, stageId, slot.key(), entered.toString());
            return new MoveResult(contactId, before, new Placement(stageId, to, entered, entered), historyId);
        });
        changes.publish(Changes.Topic.PIPELINE, origin);
        return result;
    }

    /**
     * Undoes {@link #move}: the card goes back to its old place with its old stage clock, and
     * the history row the move wrote is removed. Returns the card's place as it was just before.
     *
     * @throws PipelineRuleException {@code pipeline.rule.stageGone} when the old stage was deleted since,
     *                               {@code pipeline.rule.contactGone} when the contact was; nothing is written
     */
    public Placement undoMove(MoveResult move) {
        return undoMove(move, null);
    }

    /** {@link #undoMove(MoveResult)}, publishing the change as made by {@code origin}. */
    public Placement undoMove(MoveResult move, Object origin) {
        Placement now = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ContactRecord contact = tx.selectFrom(CONTACT).where(CONTACT.ID.eq(move.contactId())).fetchOptional()
                    .orElseThrow(() -> new PipelineRuleException("pipeline.rule.contactGone"));
            Placement current = placement(tx, contact);
            Placement back = move.before();
            if (!tx.fetchExists(STAGE, STAGE.ID.eq(back.stageId()))) {
                throw new PipelineRuleException("pipeline.rule.stageGone");
            }
            Slot slot = slot(tx, back.stageId(), back.position(), move.contactId(),
                    Objects.equals(contact.getStageId(), back.stageId()) ? contact.getStagePosition() : null);
            tx.update(CONTACT).set(CONTACT.STAGE_ID, back.stageId()).set(CONTACT.STAGE_POSITION, slot.key())
                    .set(CONTACT.STAGE_ENTERED_AT, text(back.stageEnteredAt()))
                    .set(CONTACT.LAST_TOUCHED_AT, text(back.lastTouchedAt()))
                    .where(CONTACT.ID.eq(move.contactId())).execute();
            if (move.historyId() != null) {
                tx.deleteFrom(STAGE_HISTORY).where(STAGE_HISTORY.ID.eq(move.historyId())).execute();
            }
            return current;
        });
        changes.publish(Changes.Topic.PIPELINE, origin);
        return now;
    }

    /**
     * The gap between neighbouring cards' sort keys ({@code contact.stage_position}) after V14's respacing or
     * a {@link #rebalance}: room for about ten drops into the same place before that stage is respaced.
     */
    static final long GAP = 1024;

    /** A card's place in a stage: its index among the cards (0-based) and its sort key. */
    private record Slot(int index, long key) {
    }

    /**
     * Where a card goes at {@code index} (clamped to 0..the number of other cards) among the stage's other
     * cards: the key halfway between its neighbours' keys, or {@link #GAP} before the first or after the last.
     * {@code currentKey} (the card's key while it is in that stage, else null) is kept when it already lies
     * between them. When the neighbours' keys are adjacent the stage's other cards are respaced first.
     */
    private Slot slot(DSLContext tx, long stageId, int index, long contactId, Long currentKey) {
        org.jooq.Condition others = CONTACT.STAGE_ID.eq(stageId).and(CONTACT.ID.ne(contactId));
        int at = Math.max(0, index);
        List<Long> around = hot(tx).neighbours(stageId, contactId, Math.max(0, at - 1));
        Long previous;
        Long next;
        if (at == 0) {
            previous = null;
            next = around.isEmpty() ? null : around.get(0);
        } else if (around.isEmpty()) {
            at = tx.fetchCount(CONTACT, others);
            previous = at == 0 ? null
                    : tx.select(DSL.max(CONTACT.STAGE_POSITION)).from(CONTACT).where(others).fetchOne().value1();
            next = null;
        } else {
            previous = around.get(0);
            next = around.size() > 1 ? around.get(1) : null;
        }
        if (currentKey != null && (previous == null || currentKey > previous) && (next == null || currentKey < next)) {
            return new Slot(at, currentKey);
        }
        if (previous == null) {
            return new Slot(at, next == null ? 0 : next - GAP);
        }
        if (next == null) {
            return new Slot(at, previous + GAP);
        }
        if (next - previous >= 2) {
            return new Slot(at, previous + (next - previous) / 2);
        }
        rebalance(tx, stageId, contactId);
        return slot(tx, stageId, at, contactId, null);
    }

    // ---- the statements of a move, prepared once ------------------------------------------------

    /** What a move reads about the card and the target stage in one statement. */
    private record CardRow(Long stageId, long key, boolean doNotContact, String enteredAt, String touchedAt, int index,
                           String stageKind, String stageName) {
    }

    private HotStatements hot;

    /**
     * The move's statements for the connection of {@code tx}: written with jOOQ, rendered once and kept prepared
     * on that connection, so that a move does not render and prepare four statements each time (decision 0032).
     * Made again when the connection is another one or a statement was closed. Call inside a transaction.
     */
    private HotStatements hot(DSLContext tx) {
        java.sql.Connection connection = tx.connectionResult(c -> c);
        if (hot == null || !hot.usable(connection)) {
            if (hot != null) {
                hot.close();
            }
            hot = new HotStatements(tx, connection);
        }
        return hot;
    }

    /**
     * Prepared statements of {@link #move} on one connection, executed through plain JDBC inside the caller's
     * jOOQ transaction; an {@link java.sql.SQLException} becomes jOOQ's {@link DataAccessException}. Only the
     * database thread uses them, one at a time.
     */
    private static final class HotStatements {

        private final java.sql.Connection connection;
        private final java.sql.PreparedStatement card;
        private final java.sql.PreparedStatement neighbours;
        private final java.sql.PreparedStatement history;
        private final java.sql.PreparedStatement moveWithin;
        private final java.sql.PreparedStatement moveInto;

        HotStatements(DSLContext tx, java.sql.Connection connection) {
            this.connection = connection;
            var contact = DSL.param("contact", Long.class);
            var stage = DSL.param("stage", Long.class);
            var key = DSL.param("key", Long.class);
            var at = DSL.param("at", String.class);
            // Bind order: the order of the parameters in each statement's text (jOOQ renders each as "?").
            String cardSql = tx.render(tx.select(CONTACT.STAGE_ID, CONTACT.STAGE_POSITION, CONTACT.DO_NOT_CONTACT,
                            CONTACT.STAGE_ENTERED_AT, CONTACT.LAST_TOUCHED_AT, indexInStage(), STAGE.KIND, STAGE.NAME)
                    .from(CONTACT).crossJoin(STAGE).where(CONTACT.ID.eq(contact)).and(STAGE.ID.eq(stage)));
            String neighboursSql = tx.render(tx.select(CONTACT.STAGE_POSITION).from(CONTACT)
                    .where(CONTACT.STAGE_ID.eq(stage)).and(CONTACT.ID.ne(contact))
                    .orderBy(CONTACT.STAGE_POSITION, CONTACT.ID).limit(DSL.inline(2)).offset(DSL.param("offset", Integer.class)));
            String historySql = tx.render(tx.insertInto(STAGE_HISTORY, STAGE_HISTORY.CONTACT_ID, STAGE_HISTORY.STAGE_ID,
                    STAGE_HISTORY.STAGE_NAME, STAGE_HISTORY.ENTERED_AT).values(contact, stage, DSL.param("name", String.class), at))
                    + " returning " + tx.render(DSL.name(STAGE_HISTORY.ID.getName()));
            String withinSql = tx.render(tx.update(CONTACT).set(CONTACT.STAGE_POSITION, key).where(CONTACT.ID.eq(contact)));
            String intoSql = tx.render(tx.update(CONTACT).set(CONTACT.STAGE_ID, stage).set(CONTACT.STAGE_POSITION, key)
                    .set(CONTACT.STAGE_ENTERED_AT, at).set(CONTACT.LAST_TOUCHED_AT, at).where(CONTACT.ID.eq(contact)));
            List<java.sql.PreparedStatement> made = new ArrayList<>();
            try {
                for (String sql : List.of(cardSql, neighboursSql, historySql, withinSql, intoSql)) {
                    made.add(connection.prepareStatement(sql));
                }
            } catch (java.sql.SQLException e) {
                made.forEach(HotStatements::closeQuietly);
                throw failed(e);
            }
            card = made.get(0);
            neighbours = made.get(1);
            history = made.get(2);
            moveWithin = made.get(3);
            moveInto = made.get(4);
        }

        boolean usable(java.sql.Connection now) {
            try {
                return now == connection && !connection.isClosed() && !card.isClosed() && !neighbours.isClosed()
                        && !history.isClosed() && !moveWithin.isClosed() && !moveInto.isClosed();
            } catch (java.sql.SQLException e) {
                return false;
            }
        }

        void close() {
            for (var s : List.of(card, neighbours, history, moveWithin, moveInto)) {
                closeQuietly(s);
            }
        }

        /** The card and the target stage, or null when either does not exist. */
        CardRow card(long contactId, long stageId) {
            try {
                card.setLong(1, contactId);
                card.setLong(2, stageId);
                try (java.sql.ResultSet r = card.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    long stage = r.getLong(1);
                    Long stageOrNull = r.wasNull() ? null : stage;
                    return new CardRow(stageOrNull, r.getLong(2), r.getLong(3) == 1L, r.getString(4), r.getString(5),
                            r.getInt(6), r.getString(7), r.getString(8));
                }
            } catch (java.sql.SQLException e) {
                throw failed(e);
            }
        }

        /** The keys of the (at most) two cards of the stage, other than the contact's, from {@code offset} on. */
        List<Long> neighbours(long stageId, long contactId, int offset) {
            try {
                neighbours.setLong(1, stageId);
                neighbours.setLong(2, contactId);
                neighbours.setInt(3, offset);
                List<Long> keys = new ArrayList<>(2);
                try (java.sql.ResultSet r = neighbours.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getLong(1));
                    }
                }
                return keys;
            } catch (java.sql.SQLException e) {
                throw failed(e);
            }
        }

        /** Writes a stage-history row and returns its id. */
        long history(long contactId, long stageId, String stageName, String enteredAt) {
            try {
                history.setLong(1, contactId);
                history.setLong(2, stageId);
                history.setString(3, stageName);
                history.setString(4, enteredAt);
                try (java.sql.ResultSet r = history.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("No id for the new stage-history row");
                    }
                    return r.getLong(1);
                }
            } catch (java.sql.SQLException e) {
                throw failed(e);
            }
        }

        /** Gives the card another key in its stage. */
        void moveWithin(long contactId, long key) {
            try {
                moveWithin.setLong(1, key);
                moveWithin.setLong(2, contactId);
                requireOneRow(moveWithin.executeUpdate(), contactId);
            } catch (java.sql.SQLException e) {
                throw failed(e);
            }
        }

        /** Puts the card into another stage with a key, restarting its stage clock at {@code enteredAt}. */
        void moveInto(long contactId, long stageId, long key, String enteredAt) {
            try {
                moveInto.setLong(1, stageId);
                moveInto.setLong(2, key);
                moveInto.setString(3, enteredAt);
                moveInto.setString(4, enteredAt);
                moveInto.setLong(5, contactId);
                requireOneRow(moveInto.executeUpdate(), contactId);
            } catch (java.sql.SQLException e) {
                throw failed(e);
            }
        }

        private static void requireOneRow(int updated, long contactId) {
            if (updated != 1) {
                throw new IllegalStateException("Contact " + contactId + " was not updated (" + updated + " rows)");
            }
        }

        private static DataAccessException failed(java.sql.SQLException e) {
            return new DataAccessException("SQL [move]; " + e.getMessage(), e);
        }

        private static void closeQuietly(java.sql.Statement s) {
            try {
                s.close();
            } catch (java.sql.SQLException ignored) {
                // closing a statement of a connection that is gone
            }
        }
    }

    /**
     * Respaces the keys of a stage's cards, all but {@code except} (the card being placed), to 0, GAP,
     * 2·GAP, … in their order. Joins the caller's transaction.
     */
    private static void rebalance(DSLContext tx, long stageId, long except) {
        List<Long> order = tx.select(CONTACT.ID).from(CONTACT)
                .where(CONTACT.STAGE_ID.eq(stageId).and(CONTACT.ID.ne(except)))
                .orderBy(CONTACT.STAGE_POSITION, CONTACT.ID).fetch(CONTACT.ID);
        var respace = tx.batch(tx.update(CONTACT).set(CONTACT.STAGE_POSITION, (Long) null)
                .where(CONTACT.ID.eq((Long) null)));
        for (int i = 0; i < order.size(); i++) {
            respace = respace.bind(i * GAP, order.get(i));
        }
        if (!order.isEmpty()) {
            respace.execute();
        }
    }

    /** The key after the last card of a stage: {@link #GAP} past the greatest key, or 0 for an empty stage. */
    private static long keyAfterLast(DSLContext tx, long stageId) {
        Long last = tx.select(DSL.max(CONTACT.STAGE_POSITION)).from(CONTACT).where(CONTACT.STAGE_ID.eq(stageId))
                .fetchOne().value1();
        return last == null ? 0 : last + GAP;
    }

    // ---- follow-ups and do-not-contact ---------------------------------------------------

    /**
     * Sets or clears (null) the next follow-up date. Setting one is refused for a do-not-contact contact
     * with {@link dk.netdesk.contacts.DoNotContactException} (nothing written).
     * The one way, with {@link #addInteraction}, that {@code next_follow_up} changes.
     */
    public void setNextFollowUp(long contactId, LocalDate date) {
        dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ContactRecord contact = contact(tx, contactId);
            if (date != null && contact.getDoNotContact() == 1L) {
                throw new dk.netdesk.contacts.DoNotContactException(contactId, contact.getName(),
                        contact.getDoNotContactReason());
            }
            setFollowUpDate(tx, contactId, date == null ? null : date.toString());
        });
        changes.publish(Changes.Topic.CONTACTS);
    }

    /**
     * Sets the next follow-up with its time and kind (decision 0045), or with null clears it. Setting one is refused
     * for a do-not-contact contact with {@link dk.netdesk.contacts.DoNotContactException} (nothing written). In
     * its own transaction and publishes {@code CONTACTS}.
     */
    public void planNextFollowUp(long contactId, NextFollowUp plan) {
        writeNextFollowUp(contactId, plan);
        changes.publish(Changes.Topic.CONTACTS);
    }

    /**
     * As {@link #planNextFollowUp}, joining the caller's transaction and publishing nothing (the
     * caller does, once it has committed): a new contact is stored with its follow-up in one transaction.
     */
    public void writeNextFollowUp(long contactId, NextFollowUp plan) {
        dsl().transaction(() -> {
            DSLContext tx = dsl();
            ContactRecord contact = contact(tx, contactId);
            if (plan != null && contact.getDoNotContact() == 1L) {
                throw new dk.netdesk.contacts.DoNotContactException(contactId, contact.getName(),
                        contact.getDoNotContactReason());
            }
            tx.update(CONTACT).set(CONTACT.NEXT_FOLLOW_UP, plan == null ? null : plan.date().toString())
                    .set(CONTACT.NEXT_FOLLOW_UP_TIME, plan == null || plan.time() == null ? null
                            : dk.netdesk.ui.TimeOfDay.format(plan.time().getHour() * 60 + plan.time().getMinute()))
                    .set(CONTACT.NEXT_FOLLOW_UP_KIND, plan == null || plan.kind() == null ? null : plan.kind().name())
                    .where(CONTACT.ID.eq(contactId)).execute();
        });
    }

    /**
     * Sets the follow-up date alone: the time and kind stay when the date is the same, and are cleared when it
     * changes, as they belong to the date they were planned with (decision 0045).
     */
    private static void setFollowUpDate(DSLContext tx, long contactId, String date) {
        tx.update(CONTACT).set(CONTACT.NEXT_FOLLOW_UP_TIME, (String) null).set(CONTACT.NEXT_FOLLOW_UP_KIND, (String) null)
                .where(CONTACT.ID.eq(contactId).and(CONTACT.NEXT_FOLLOW_UP.isDistinctFrom(date))).execute();
        tx.update(CONTACT).set(CONTACT.NEXT_FOLLOW_UP, date).where(CONTACT.ID.eq(contactId)).execute();
    }

    /**
     * Marks a contact do-not-contact (a reason is required; the follow-up date is cleared) or
     * lifts the mark.
     */
    public void setDoNotContact(long contactId, boolean doNotContact, String reason) {
        String clean = reason == null ? "" : reason.trim();
        if (doNotContact && clean.isEmpty()) {
            throw new PipelineRuleException("pipeline.rule.reasonRequired");
        }
        dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            contact(tx, contactId);
            var update = tx.update(CONTACT).set(CONTACT.DO_NOT_CONTACT, doNotContact ? 1L : 0L)
                    .set(CONTACT.DO_NOT_CONTACT_REASON, doNotContact ? clean : "");
            if (doNotContact) {
                update = update.set(CONTACT.NEXT_FOLLOW_UP, (String) null).set(CONTACT.NEXT_FOLLOW_UP_TIME, (String) null)
                        .set(CONTACT.NEXT_FOLLOW_UP_KIND, (String) null);
            }
            update.where(CONTACT.ID.eq(contactId)).execute();
        });
        changes.publish(Changes.Topic.CONTACTS);
    }

    /** Stage, follow-up and do-not-contact of one contact. */
    public ContactStatus status(long contactId) {
        var r = dsl().select(STAGE.NAME, CONTACT.NEXT_FOLLOW_UP, CONTACT.DO_NOT_CONTACT, CONTACT.DO_NOT_CONTACT_REASON,
                        CONTACT.STAGE_ID, STAGE.DEFAULT_KEY, CONTACT.NEXT_FOLLOW_UP_TIME, CONTACT.NEXT_FOLLOW_UP_KIND)
                .from(CONTACT).leftJoin(STAGE).on(STAGE.ID.eq(CONTACT.STAGE_ID)).where(CONTACT.ID.eq(contactId))
                .fetchOptional().orElseThrow(() -> new IllegalStateException("Contact " + contactId + " no longer exists"));
        return new ContactStatus(r.value1() == null ? "" : r.value1(), r.value2() == null ? null : LocalDate.parse(r.value2()),
                r.value3() == 1L, r.value4(), r.value5(), r.value6(), followUpTime(r.value7()), followUpKind(r.value8()));
    }

    private static java.time.LocalTime followUpTime(String stored) {
        return stored == null ? null : java.time.LocalTime.parse(stored);
    }

    private static FollowUpKind followUpKind(String stored) {
        return stored == null ? null : FollowUpKind.valueOf(stored);
    }

    /**
     * Contacts whose follow-up is due on or before {@code today}, most urgent first (by date, then time of day, those
     * without a time after the timed ones of their day, then by name); never do-not-contact ones.
     */
    public List<FollowUp> dueFollowUps(LocalDate today) {
        return dsl().select(CONTACT.ID, CONTACT.NAME, CONTACT.NEXT_FOLLOW_UP, STAGE.NAME, STAGE.DEFAULT_KEY,
                        CONTACT.NEXT_FOLLOW_UP_TIME, CONTACT.NEXT_FOLLOW_UP_KIND)
                .from(CONTACT).leftJoin(STAGE).on(STAGE.ID.eq(CONTACT.STAGE_ID))
                .where(CONTACT.NEXT_FOLLOW_UP.le(today.toString()).and(CONTACT.DO_NOT_CONTACT.eq(0L)))
                .orderBy(CONTACT.NEXT_FOLLOW_UP, CONTACT.NEXT_FOLLOW_UP_TIME.nullsLast(),
                        CONTACT.NAME.collate(TextOrder.COLLATION), CONTACT.ID)
                .fetch(r -> new FollowUp(r.value1(), r.value2(), LocalDate.parse(r.value3()),
                        r.value4() == null ? "" : r.value4(), r.value5(), followUpTime(r.value6()),
                        followUpKind(r.value7())));
    }

    /** A contact marked do-not-contact: id, name and the reason as stored. */
    public record Blocked(long contactId, String name, String reason) {
    }

    /** Every contact marked do-not-contact, by name. */
    public List<Blocked> doNotContacts() {
        return dsl().select(CONTACT.ID, CONTACT.NAME, CONTACT.DO_NOT_CONTACT_REASON).from(CONTACT)
                .where(CONTACT.DO_NOT_CONTACT.eq(1L)).orderBy(CONTACT.NAME.collate(TextOrder.COLLATION), CONTACT.ID)
                .fetch(r -> new Blocked(r.value1(), r.value2(), r.value3()));
    }

    // ---- interactions, stage history, consent -------------------------------------------

    /**
     * Logs an interaction; it restarts the stale clock. When {@code nextFollowUp} is given it
     * becomes the contact's next follow-up (refused, with nothing written, for do-not-contact:
     * {@link dk.netdesk.contacts.DoNotContactException}).
     */
    public Interaction addInteraction(long contactId, InteractionType type, LocalDate date, String text,
                                      String outcome, LocalDate nextFollowUp) {
        Objects.requireNonNull(type);
        Objects.requireNonNull(date);
        Interaction added = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ContactRecord contact = contact(tx, contactId);
            if (nextFollowUp != null && contact.getDoNotContact() == 1L) {
                throw new dk.netdesk.contacts.DoNotContactException(contactId, contact.getName(),
                        contact.getDoNotContactReason());
            }
            String now = now();
            long id = tx.insertInto(INTERACTION).set(INTERACTION.CONTACT_ID, contactId).set(INTERACTION.TYPE, type.name())
                    .set(INTERACTION.HAPPENED_ON, date.toString()).set(INTERACTION.TEXT, trim(text))
                    .set(INTERACTION.OUTCOME, trim(outcome)).set(INTERACTION.CREATED_AT, now)
                    .returning(INTERACTION.ID).fetchOne().getId();
            tx.update(CONTACT).set(CONTACT.LAST_TOUCHED_AT, now).where(CONTACT.ID.eq(contactId)).execute();
            if (nextFollowUp != null) {
                setFollowUpDate(tx, contactId, nextFollowUp.toString());
            }
            return new Interaction(id, contactId, type, date, trim(text), trim(outcome));
        });
        changes.publish(Changes.Topic.CONTACTS);
        return added;
    }

    /** The timeline, newest first. */
    public List<Interaction> interactions(long contactId) {
        return dsl().selectFrom(INTERACTION).where(INTERACTION.CONTACT_ID.eq(contactId))
                .orderBy(INTERACTION.HAPPENED_ON.desc(), INTERACTION.ID.desc())
                .fetch(PipelineRepository::toInteraction);
    }

    /** When the contact entered each stage, newest first. */
    public List<StageVisit> stageHistory(long contactId) {
        // a visit to a default stage that still has the name it had then is shown in the UI language
        return dsl().select(STAGE_HISTORY.STAGE_NAME, STAGE_HISTORY.ENTERED_AT, STAGE.DEFAULT_KEY).from(STAGE_HISTORY)
                .leftJoin(STAGE).on(STAGE.ID.eq(STAGE_HISTORY.STAGE_ID).and(STAGE.NAME.eq(STAGE_HISTORY.STAGE_NAME)))
                .where(STAGE_HISTORY.CONTACT_ID.eq(contactId))
                .orderBy(STAGE_HISTORY.ENTERED_AT.desc(), STAGE_HISTORY.ID.desc())
                .fetch(r -> new StageVisit(r.value1(), Instant.parse(r.value2()), r.value3()));
    }

    public Consent addConsent(long contactId, LocalDate date, String channel, String wording, boolean given) {
        String cleanChannel = trim(channel);
        if (cleanChannel.isEmpty()) {
            throw new PipelineRuleException("pipeline.consent.channelRequired");
        }
        Objects.requireNonNull(date);
        Consent added = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            contact(tx, contactId);
            long id = tx.insertInto(CONSENT).set(CONSENT.CONTACT_ID, contactId).set(CONSENT.GIVEN_ON, date.toString())
                    .set(CONSENT.CHANNEL, cleanChannel).set(CONSENT.WORDING, trim(wording))
                    .set(CONSENT.GIVEN, given ? 1L : 0L).set(CONSENT.CREATED_AT, now())
                    .returning(CONSENT.ID).fetchOne().getId();
            return new Consent(id, contactId, date, cleanChannel, trim(wording), given);
        });
        changes.publish(Changes.Topic.CONTACTS);
        return added;
    }

    /** The consent log, newest first. */
    public List<Consent> consents(long contactId) {
        return dsl().selectFrom(CONSENT).where(CONSENT.CONTACT_ID.eq(contactId))
                .orderBy(CONSENT.GIVEN_ON.desc(), CONSENT.ID.desc())
                .fetch(r -> new Consent(r.getId(), r.getContactId(), LocalDate.parse(r.getGivenOn()), r.getChannel(),
                        r.getWording(), r.getGiven() == 1L));
    }

    // ---- a contact joining and leaving the board ------------------------------------------

    /**
     * Puts a contact that is on no stage at the end of the first stage and records that in its stage
     * history. Does nothing while there are no stages. Joins the caller's transaction.
     */
    public void placeAtEndOfFirstStage(long contactId) {
        dsl().transaction(() -> placeAtEndOfFirstStage(dsl(), contactId, now()));
    }

    /**
     * Puts a contact that is on no stage at the end of the stage {@code stageId}, or of the first stage when that
     * is null or no longer exists, and records that in its stage history. Does nothing while there are no stages.
     * Joins the caller's transaction.
     */
    public void placeAtEndOf(long contactId, Long stageId) {
        dsl().transaction(() -> placeAtEnd(dsl(), contactId, stageId, now()));
    }

    private static void placeAtEndOfFirstStage(DSLContext tx, long contactId, String now) {
        placeAtEnd(tx, contactId, null, now);
    }

    private static void placeAtEnd(DSLContext tx, long contactId, Long wanted, String now) {
        var chosen = wanted == null ? Optional.<org.jooq.Record2<Long, String>>empty()
                : tx.select(STAGE.ID, STAGE.NAME).from(STAGE).where(STAGE.ID.eq(wanted)).fetchOptional();
        var first = chosen.isPresent() ? chosen
                : tx.select(STAGE.ID, STAGE.NAME).from(STAGE).orderBy(STAGE.POSITION).limit(1).fetchOptional();
        if (first.isEmpty()) {
            return;
        }
        long stageId = first.get().value1();
        tx.update(CONTACT).set(CONTACT.STAGE_ID, stageId).set(CONTACT.STAGE_POSITION, keyAfterLast(tx, stageId))
                .set(CONTACT.STAGE_ENTERED_AT, now).set(CONTACT.LAST_TOUCHED_AT, now)
                .where(CONTACT.ID.eq(contactId)).execute();
        tx.insertInto(STAGE_HISTORY).set(STAGE_HISTORY.CONTACT_ID, contactId).set(STAGE_HISTORY.STAGE_ID, stageId)
                .set(STAGE_HISTORY.STAGE_NAME, first.get().value2()).set(STAGE_HISTORY.ENTERED_AT, now).execute();
    }

    // ---- many contacts at once (imports) ---------------------------------------------------

    /**
     * Puts contacts that are on no stage at the end of a stage, in the order given, each with a
     * stage-history row, as a contact made in the app gets. Reuses one prepared statement per table.
     * Joins the caller's transaction and publishes nothing (the caller does, once it has committed).
     *
     * @throws IllegalStateException when the stage does not exist; nothing is written
     */
    public void placeAllAtEnd(List<Long> contactIds, long stageId) {
        dsl().transaction(() -> {
            DSLContext tx = dsl();
            StageRecord stage = tx.selectFrom(STAGE).where(STAGE.ID.eq(stageId)).fetchOptional()
                    .orElseThrow(() -> new IllegalStateException("Stage " + stageId + " no longer exists"));
            if (contactIds.isEmpty()) {
                return;
            }
            long first = keyAfterLast(tx, stageId);
            String now = now();
            var place = tx.batch(tx.update(CONTACT).set(CONTACT.STAGE_ID, (Long) null)
                    .set(CONTACT.STAGE_POSITION, (Long) null).set(CONTACT.STAGE_ENTERED_AT, (String) null)
                    .set(CONTACT.LAST_TOUCHED_AT, (String) null).where(CONTACT.ID.eq((Long) null)));
            var history = tx.batch(tx.insertInto(STAGE_HISTORY, STAGE_HISTORY.CONTACT_ID, STAGE_HISTORY.STAGE_ID,
                    STAGE_HISTORY.STAGE_NAME, STAGE_HISTORY.ENTERED_AT).values((Long) null, (Long) null, (String) null,
                    (String) null));
            for (int i = 0; i < contactIds.size(); i++) {
                long id = contactIds.get(i);
                place = place.bind(stageId, first + i * GAP, now, now, id);
                history = history.bind(id, stageId, stage.getName(), now);
            }
            place.execute();
            history.execute();
        });
    }

    /**
     * Adds one consent-log entry to each of the contacts (the same date, channel and wording).
     * Joins the caller's transaction and publishes nothing.
     *
     * @throws PipelineRuleException with {@code pipeline.consent.channelRequired} when the channel is blank
     */
    public void addConsents(List<Long> contactIds, LocalDate date, String channel, String wording, boolean given) {
        String cleanChannel = trim(channel);
        if (cleanChannel.isEmpty()) {
            throw new PipelineRuleException("pipeline.consent.channelRequired");
        }
        Objects.requireNonNull(date);
        if (contactIds.isEmpty()) {
            return;
        }
        dsl().transaction(() -> {
            String now = now();
            var insert = dsl().batch(dsl().insertInto(CONSENT, CONSENT.CONTACT_ID, CONSENT.GIVEN_ON, CONSENT.CHANNEL,
                    CONSENT.WORDING, CONSENT.GIVEN, CONSENT.CREATED_AT).values((Long) null, (String) null,
                    (String) null, (String) null, (Long) null, (String) null));
            for (long id : contactIds) {
                insert = insert.bind(id, date.toString(), cleanChannel, trim(wording), given ? 1L : 0L, now);
            }
            insert.execute();
        });
    }

    /**
     * Takes contacts off the board before they are deleted together (undo of an import): their cards
     * go; the cards left keep their sort keys and their order (decision 0032).
     * Joins the caller's transaction and publishes nothing.
     */
    public void leaveBoard(java.util.Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return;
        }
        dsl().transaction(() -> {
            DSLContext tx = dsl();
            List<Long> list = List.copyOf(new java.util.LinkedHashSet<>(contactIds));
            for (int from = 0; from < list.size(); from += 500) {
                List<Long> part = list.subList(from, Math.min(list.size(), from + 500));
                tx.update(CONTACT).set(CONTACT.STAGE_ID, (Long) null).set(CONTACT.STAGE_POSITION, 0L)
                        .where(CONTACT.ID.in(part)).execute();
            }
        });
    }

    /**
     * What the board keeps about one contact, to put it back after the contact is deleted and restored.
     *
     * @param placement   its stage, place and stage clock; null when it was on no stage
     * @param history     its stage history rows, oldest first
     * @param interactions its timeline
     * @param consents    its consent log
     * @param followUpTime its follow-up's time as stored ("HH:MM"), or null
     * @param followUpKind its follow-up's kind as stored ({@link FollowUpKind} name), or null
     */
    public record BoardEntry(long contactId, Placement placement, LocalDate nextFollowUp, boolean doNotContact,
                             String doNotContactReason, List<HistoryRow> history, List<Interaction> interactions,
                             List<Consent> consents, String followUpTime, String followUpKind) {
    }

    /** One stage-history row as stored. */
    public record HistoryRow(long id, Long stageId, String stageName, Instant enteredAt) {
    }

    /**
     * Takes a contact off the board before the contact is deleted: returns what the board keeps about
     * it; the other cards keep their keys. The row keeps its sort key, so that {@link #putBack} gives the card
     * the same key again when it still fits there. Joins the caller's transaction.
     *
     * @throws IllegalStateException when the contact does not exist
     */
    public BoardEntry takeOff(long contactId) {
        return dsl().transactionResult(() -> {
            DSLContext tx = dsl();
            ContactRecord c = contact(tx, contactId);
            List<HistoryRow> history = tx.selectFrom(STAGE_HISTORY).where(STAGE_HISTORY.CONTACT_ID.eq(contactId))
                    .orderBy(STAGE_HISTORY.ID)
                    .fetch(r -> new HistoryRow(r.getId(), r.getStageId(), r.getStageName(), Instant.parse(r.getEnteredAt())));
            BoardEntry entry = new BoardEntry(contactId, c.getStageId() == null ? null : placement(tx, c),
                    c.getNextFollowUp() == null ? null : LocalDate.parse(c.getNextFollowUp()), c.getDoNotContact() == 1L,
                    c.getDoNotContactReason(), history, interactions(contactId), consents(contactId),
                    c.getNextFollowUpTime(), c.getNextFollowUpKind());
            if (c.getStageId() != null) {
                tx.update(CONTACT).set(CONTACT.STAGE_ID, (Long) null).where(CONTACT.ID.eq(contactId)).execute();
            }
            return entry;
        });
    }

    /**
     * Puts back what {@link #takeOff} returned, for a contact row that exists again: its old place
     * (index) when its stage still exists, its old sort key when that still fits there, else the end of the
     * first stage; its follow-up, do-not-contact mark, stage history, timeline and consent log.
     * Joins the caller's transaction.
     */
    public void putBack(BoardEntry entry) {
        dsl().transaction(() -> {
            DSLContext tx = dsl();
            long id = entry.contactId();
            Placement p = entry.placement();
            boolean stageExists = p != null && tx.fetchExists(STAGE, STAGE.ID.eq(p.stageId()));
            if (stageExists) {
                Long oldKey = tx.select(CONTACT.STAGE_POSITION).from(CONTACT).where(CONTACT.ID.eq(id))
                        .fetchOptional(CONTACT.STAGE_POSITION).orElse(null);
                Slot slot = slot(tx, p.stageId(), p.position(), id, oldKey);
                tx.update(CONTACT).set(CONTACT.STAGE_ID, p.stageId()).set(CONTACT.STAGE_POSITION, slot.key())
                        .set(CONTACT.STAGE_ENTERED_AT, text(p.stageEnteredAt()))
                        .set(CONTACT.LAST_TOUCHED_AT, text(p.lastTouchedAt())).where(CONTACT.ID.eq(id)).execute();
            }
            tx.update(CONTACT).set(CONTACT.NEXT_FOLLOW_UP, entry.nextFollowUp() == null ? null : entry.nextFollowUp().toString())
                    .set(CONTACT.NEXT_FOLLOW_UP_TIME, entry.followUpTime()).set(CONTACT.NEXT_FOLLOW_UP_KIND, entry.followUpKind())
                    .set(CONTACT.DO_NOT_CONTACT, entry.doNotContact() ? 1L : 0L)
                    .set(CONTACT.DO_NOT_CONTACT_REASON, entry.doNotContactReason()).where(CONTACT.ID.eq(id)).execute();
            for (HistoryRow h : entry.history()) {
                boolean known = h.stageId() != null && tx.fetchExists(STAGE, STAGE.ID.eq(h.stageId()));
                tx.insertInto(STAGE_HISTORY).set(STAGE_HISTORY.ID, h.id()).set(STAGE_HISTORY.CONTACT_ID, id)
                        .set(STAGE_HISTORY.STAGE_ID, known ? h.stageId() : null).set(STAGE_HISTORY.STAGE_NAME, h.stageName())
                        .set(STAGE_HISTORY.ENTERED_AT, h.enteredAt().toString()).execute();
            }
            entry.interactions().forEach(this::insertInteraction);
            for (Consent c : entry.consents()) {
                tx.insertInto(CONSENT).set(CONSENT.ID, c.id()).set(CONSENT.CONTACT_ID, id)
                        .set(CONSENT.GIVEN_ON, c.date().toString()).set(CONSENT.CHANNEL, c.channel())
                        .set(CONSENT.WORDING, c.wording()).set(CONSENT.GIVEN, c.given() ? 1L : 0L)
                        .set(CONSENT.CREATED_AT, now()).execute();
            }
            if (!stageExists) {
                placeAtEndOfFirstStage(tx, id, now());
            }
        });
    }

    /**
     * Deletes one timeline entry and returns it, or empty when it is gone already. The contact's
     * follow-up date and stale clock stay as they are.
     */
    public Optional<Interaction> deleteInteraction(long interactionId) {
        Optional<Interaction> gone = dsl().transactionResult(() -> {
            Optional<Interaction> found = dsl().selectFrom(INTERACTION).where(INTERACTION.ID.eq(interactionId))
                    .fetchOptional(PipelineRepository::toInteraction);
            found.ifPresent(i -> dsl().deleteFrom(INTERACTION).where(INTERACTION.ID.eq(interactionId)).execute());
            return found;
        });
        gone.ifPresent(i -> changes.publish(Changes.Topic.CONTACTS));
        return gone;
    }

    /** Puts a deleted timeline entry back with its id (undo of delete). */
    public void restoreInteraction(Interaction interaction) {
        dsl().transaction(() -> insertInteraction(interaction));
        changes.publish(Changes.Topic.CONTACTS);
    }

    /**
     * Undoes {@link #addInteraction}: removes the entry and gives the contact back the follow-up date
     * and stale clock it had before (no follow-up date when the contact has been marked do-not-contact since).
     */
    public void undoInteraction(Interaction interaction, LocalDate followUpBefore, Instant lastTouchedBefore) {
        dsl().transaction(() -> {
            dsl().deleteFrom(INTERACTION).where(INTERACTION.ID.eq(interaction.id())).execute();
            // A person marked do-not-contact since then gets no follow-up date back (the entry still goes).
            boolean blocked = dsl().fetchExists(CONTACT, CONTACT.ID.eq(interaction.contactId()).and(CONTACT.DO_NOT_CONTACT.eq(1L)));
            setFollowUpDate(dsl(), interaction.contactId(), followUpBefore == null || blocked ? null : followUpBefore.toString());
            dsl().update(CONTACT).set(CONTACT.LAST_TOUCHED_AT, text(lastTouchedBefore))
                    .where(CONTACT.ID.eq(interaction.contactId())).execute();
        });
        changes.publish(Changes.Topic.CONTACTS);
    }

    /** When the contact's stale clock last restarted (a move to another stage or an interaction), or null. */
    public Instant lastTouched(long contactId) {
        return instant(dsl().select(CONTACT.LAST_TOUCHED_AT).from(CONTACT).where(CONTACT.ID.eq(contactId))
                .fetchOptional(CONTACT.LAST_TOUCHED_AT).orElse(null));
    }

    private void insertInteraction(Interaction i) {
        dsl().insertInto(INTERACTION).set(INTERACTION.ID, i.id()).set(INTERACTION.CONTACT_ID, i.contactId())
                .set(INTERACTION.TYPE, i.type().name()).set(INTERACTION.HAPPENED_ON, i.date().toString())
                .set(INTERACTION.TEXT, i.text()).set(INTERACTION.OUTCOME, i.outcome()).set(INTERACTION.CREATED_AT, now())
                .execute();
    }

    private static Interaction toInteraction(dk.netdesk.db.generated.tables.records.InteractionRecord r) {
        return new Interaction(r.getId(), r.getContactId(), InteractionType.valueOf(r.getType()),
                LocalDate.parse(r.getHappenedOn()), r.getText(), r.getOutcome());
    }

    // ---- helpers ------------------------------------------------------------------------

    private static ContactRecord contact(DSLContext tx, long id) {
        return tx.selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new IllegalStateException("Contact " + id + " no longer exists"));
    }

    /**
     * For a query over {@code contact}: the row's index in its stage, the number of cards of that stage that
     * sort before it (by key, then id); 0 for a contact on no stage.
     */
    private static org.jooq.Field<Integer> indexInStage() {
        var other = CONTACT.as("other");
        return DSL.field(DSL.selectCount().from(other).where(other.STAGE_ID.eq(CONTACT.STAGE_ID))
                .and(other.STAGE_POSITION.le(CONTACT.STAGE_POSITION))
                .and(other.STAGE_POSITION.lt(CONTACT.STAGE_POSITION).or(other.ID.lt(CONTACT.ID))));
    }

    /** Where the card sits: its stage and its index there (how many cards sort before it), and its stage clock. */
    private static Placement placement(DSLContext tx, ContactRecord c) {
        int index = 0;
        if (c.getStageId() != null) {
            long key = c.getStagePosition();
            index = tx.fetchCount(CONTACT, CONTACT.STAGE_ID.eq(c.getStageId()).and(CONTACT.STAGE_POSITION.le(key))
                    .and(CONTACT.STAGE_POSITION.lt(key).or(CONTACT.ID.lt(c.getId()))));
        }
        return new Placement(c.getStageId() == null ? -1 : c.getStageId(), index,
                instant(c.getStageEnteredAt()), instant(c.getLastTouchedAt()));
    }

    private static Card toCard(Record r, int index, List<String> tags, StringBuilder extra) {
        String phone = r.get(CONTACT.PHONE);
        String search = (r.get(CONTACT.NAME) + ' ' + phone + ' ' + NOT_DIGIT.matcher(phone).replaceAll("") + ' '
                + String.join(" ", PhoneNumbers.searchKeys(phone)) + ' '
                + r.get(CONTACT.EMAIL) + ' ' + r.get(CONTACT.NOTES)
                + (extra == null ? "" : extra.toString() + ' ' + SEPARATORS.matcher(extra).replaceAll("")))
                .toLowerCase(Locale.ROOT);
        String followUp = r.get(CONTACT.NEXT_FOLLOW_UP);
        String source = r.get(CONTACT.SOURCE);
        return new Card(r.get(CONTACT.ID), r.get(CONTACT.NAME), r.get(CONTACT.STAGE_ID),
                index, followUp == null ? null : LocalDate.parse(followUp),
                instant(r.get(CONTACT.STAGE_ENTERED_AT)), instant(r.get(CONTACT.LAST_TOUCHED_AT)),
                r.get(CONTACT.DO_NOT_CONTACT) == 1L, r.get(CONTACT.DO_NOT_CONTACT_REASON),
                source == null ? null : Source.valueOf(source), tags, search);
    }

    private static Stage toStage(StageRecord r) {
        return new Stage(r.getId(), r.getName(), StageKind.valueOf(r.getKind()), r.getPosition().intValue(),
                r.getStaleDays().intValue(), r.getDefaultKey());
    }

    private static String requireName(String name) {
        String clean = trim(name);
        if (clean.isEmpty()) {
            throw new PipelineRuleException("pipeline.stage.nameRequired");
        }
        return clean;
    }

    private static void requireStaleDays(int days) {
        if (days < 1 || days > 3650) {
            throw new PipelineRuleException("pipeline.stage.staleDaysRange");
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    private DSLContext dsl() {
        return database.dsl();
    }
}
