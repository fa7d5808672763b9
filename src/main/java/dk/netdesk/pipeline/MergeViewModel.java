package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.ContactMerge.Field;
import dk.netdesk.pipeline.ContactMerge.Side;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Find duplicates": the likely pairs with their reasons, the chosen pair's differing fields side by side with a
 * choice each (the kept contact on the left; {@link #swap} keeps the other one), what is joined (phones, emails,
 * tags) and the do-not-contact note, and the commands merge (undoable), skip (this session only) and "not a
 * duplicate" (remembered, undoable). Reloads on {@code CONTACTS} changes while open. All database work goes through
 * the {@link Background}; call on the JavaFX thread.
 */
public final class MergeViewModel {

    /**
     * One differing field: its label, the two values as shown, and the side chosen.
     *
     * @param bothAllowed true for the notes, which may keep both texts
     */
    public record FieldRow(Field field, String label, String keptText, String otherText, ObjectProperty<Side> choice,
                           boolean bothAllowed) {
    }

    private final ContactMerge service;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine statusLine;
    private final Messages messages;

    private final ObservableList<DuplicateFinder.Pair> pairs = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicateFinder.Pair> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper swapped = new ReadOnlyBooleanWrapper();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper keptName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper otherName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keptDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper otherDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper joined = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doNotContactNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final Set<String> skipped = new HashSet<>();
    private boolean open;

    public MergeViewModel(ContactMerge service, Changes changes, Background background, UndoManager undo,
                          StatusLine statusLine, Messages messages) {
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.statusLine = statusLine;
        this.messages = messages;
        selected.addListener((obs, old, now) -> {
            swapped.set(false);
            showPair();
        });
        changes.subscribe(Changes.Topic.CONTACTS, change -> {
            if (open && !busy.get()) {
                load();
            }
        });
        // the pairs follow a switch of the UI language at once; the chosen pair stays chosen
        messages.localeProperty().addListener((obs, old, now) -> {
            List<DuplicateFinder.Pair> sorted = new java.util.ArrayList<>(pairs);
            sorted.sort(DuplicateFinder.order(now));
            DuplicateFinder.Pair chosen = selected.get();
            boolean wasSwapped = swapped.get();
            pairs.setAll(sorted);
            if (selected.get() != chosen) {
                selected.set(chosen);
                if (wasSwapped) {
                    swap();
                }
            }
        });
    }

    /** Opens the view: forgets the skipped pairs, clears the status and reads the pairs. */
    public void open() {
        open = true;
        skipped.clear();
        status.set("");
        load();
    }

    /** Closes the view: it stops following changes. */
    public void close() {
        open = false;
    }

    /** Reads the pairs again; keeps the chosen pair when it is still listed, else chooses the first. */
    public void load() {
        background.run(service::pairs, this::show, this::failed);
    }

    private void show(List<DuplicateFinder.Pair> found) {
        String chosen = selected.get() == null ? null : selected.get().key();
        boolean wasSwapped = swapped.get();
        pairs.setAll(found.stream().filter(p -> !skipped.contains(p.key())).toList());
        loaded.set(true);
        DuplicateFinder.Pair again = pairs.stream().filter(p -> p.key().equals(chosen)).findFirst().orElse(null);
        selected.set(again != null ? again : pairs.isEmpty() ? null : pairs.get(0));
        if (again != null && wasSwapped) {
            swap();
        }
        if (pairs.isEmpty() && status.get().isEmpty()) {
            status.set(messages.get("merge.none"));
        }
    }

    /** Keeps the other contact of the pair instead (its card and stage stay); the choices start again. */
    public void swap() {
        if (selected.get() != null) {
            swapped.set(!swapped.get());
            showPair();
        }
    }

    private Contact kept() {
        DuplicateFinder.Pair p = selected.get();
        return p == null ? null : swapped.get() ? p.second() : p.first();
    }

    private Contact other() {
        DuplicateFinder.Pair p = selected.get();
        return p == null ? null : swapped.get() ? p.first() : p.second();
    }

    private void showPair() {
        Contact kept = kept();
        Contact other = other();
        fields.clear();
        if (kept == null) {
            keptName.set("");
            otherName.set("");
            keptDetails.set("");
            otherDetails.set("");
            joined.set("");
            doNotContactNote.set("");
            return;
        }
        keptName.set(kept.name());
        otherName.set(other.name());
        keptDetails.set(identify(kept));
        otherDetails.set(identify(other));
        ContactDetails k = kept.details();
        ContactDetails o = other.details();
        for (Field field : ContactMerge.differing(k, o)) {
            fields.add(new FieldRow(field, messages.get("merge.field." + field.name()), text(k, field), text(o, field),
                    new SimpleObjectProperty<>(ContactMerge.suggested(k, o, field)), field == Field.NOTES));
        }
        ContactDetails merged = ContactMerge.merged(kept, other, Map.of());
        List<String> parts = new ArrayList<>();
        addJoined(parts, "merge.joined.phones",
                merged.phones().stream().map(dk.netdesk.contacts.PhoneNumbers::display).toList());
        addJoined(parts, "merge.joined.emails", merged.emails());
        addJoined(parts, "merge.joined.tags", merged.tags());
        joined.set(String.join("\n", parts));
        if (kept.doNotContact() || other.doNotContact()) {
            Contact marked = kept.doNotContact() ? kept : other;
            doNotContactNote.set(messages.format("merge.dnc", marked.name(), marked.doNotContactReason()));
        } else {
            doNotContactNote.set("");
        }
    }

    /** What tells one record from the other: primary email, primary phone and the date it was created. */
    private String identify(Contact contact) {
        List<String> parts = new ArrayList<>();
        if (!contact.email().isEmpty()) {
            parts.add(contact.email());
        }
        if (!contact.phone().isEmpty()) {
            parts.add(dk.netdesk.contacts.PhoneNumbers.display(contact.phone()));
        }
        if (contact.createdAt() != null) {
            parts.add(messages.format("merge.created",
                    messages.date(contact.createdAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** "Merged A into B", or "Merged two contacts named A" when both have the same name. */
    private String said(String key, ContactMerge.Merged merged) {
        if (dk.netdesk.db.TextOrder.same(merged.otherName(), merged.keptName())) {
            return messages.format(key + ".sameName", merged.keptName());
        }
        return messages.format(key, merged.otherName(), merged.keptName());
    }

    private void addJoined(List<String> parts, String key, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(messages.format(key, String.join(", ", values)));
        }
    }

    /** A field's value as shown: "—" for none, a date in the UI language, a source or interest by its label. */
    private String text(ContactDetails d, Field field) {
        Object value = ContactMerge.value(d, field);
        if (value == null || value instanceof String s && s.isBlank()) {
            return messages.get("merge.empty");
        }
        if (value instanceof LocalDate date) {
            return messages.date(date);
        }
        if (value instanceof Source source) {
            return messages.get(source.key());
        }
        if (value instanceof Interest interest) {
            return messages.get(interest.key());
        }
        return value.toString();
    }

    /** Sets the side of one differing field (ignored for a field that does not differ, or BOTH outside the notes). */
    public void choose(Field field, Side side) {
        fields.stream().filter(r -> r.field() == field && (side != Side.BOTH || r.bothAllowed()))
                .forEach(r -> r.choice().set(side));
    }

    /** The choices as they stand, per differing field. */
    public Map<Field, Side> choices() {
        Map<Field, Side> choices = new EnumMap<>(Field.class);
        fields.forEach(r -> choices.put(r.field(), r.choice().get()));
        return choices;
    }

    /**
     * Merges the other contact into the kept one with the chosen values; says so in the view and the status line,
     * and records an undo entry (undo restores both contacts and every moved row). A failure (a contact gone
     * meanwhile) is said in the view's status and changes nothing.
     */
    public void merge() {
        Contact kept = kept();
        Contact other = other();
        if (kept == null || busy.get()) {
            return;
        }
        Map<Field, Side> choices = choices();
        busy.set(true);
        background.run(() -> service.merge(kept.id(), other.id(), choices, this), merged -> {
            busy.set(false);
            String text = said("merge.done", merged);
            status.set(text);
            UndoManager.Command command = command(merged);
            undo.done(command);
            statusLine.showWhile(() -> said("merge.done", merged), undo.isNext(command));
            load();
        }, error -> {
            busy.set(false);
            failed(error);
        });
    }

    private UndoManager.Command command(ContactMerge.Merged first) {
        ContactMerge.Merged[] last = {first};
        return UndoManager.Command.of(() -> said("merge.undo", last[0]),
                () -> background.run(() -> service.undo(last[0], null), () -> { }, this::failed),
                () -> background.run(() -> service.merge(last[0].keptId(), last[0].otherId(), last[0].choices(), null),
                        again -> last[0] = again, this::failed));
    }

    /** Leaves the chosen pair for now (listed again the next time the view opens) and chooses the next. */
    public void skip() {
        DuplicateFinder.Pair pair = selected.get();
        if (pair == null) {
            return;
        }
        int index = pairs.indexOf(pair);
        skipped.add(pair.key());
        pairs.remove(pair);
        selected.set(pairs.isEmpty() ? null : pairs.get(Math.min(index, pairs.size() - 1)));
        status.set(messages.format("merge.skipped", pair.first().name(), pair.second().name()));
    }

    /** Remembers that the chosen pair are two people, so it is not listed again; undoable. */
    public void notDuplicate() {
        DuplicateFinder.Pair pair = selected.get();
        if (pair == null) {
            return;
        }
        long a = pair.first().id();
        long b = pair.second().id();
        background.run(() -> service.dismiss(a, b, this), () -> {
            String text = messages.format("merge.dismissed", pair.first().name(), pair.second().name());
            status.set(text);
            UndoManager.Command command = UndoManager.Command.of(() -> messages.format("merge.undo.dismiss",
                            pair.first().name(), pair.second().name()),
                    () -> background.run(() -> service.undismiss(a, b, null), () -> { }, this::failed),
                    () -> background.run(() -> service.dismiss(a, b, null), () -> { }, this::failed));
            undo.done(command);
            statusLine.showWhile(() -> messages.format("merge.dismissed", pair.first().name(), pair.second().name()),
                    undo.isNext(command));
            load();
        }, this::failed);
    }

    private void failed(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof IllegalStateException) && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException) {
            status.set(messages.get("merge.failed"));
            load();
            return;
        }
        status.set(messages.get("merge.failed.other"));
        background.report(error);
    }

    /**
     * A pair's reasons in words, joined with " · ", such as "Same phone: 20 30 40 50 · Similar name"; a phone
     * number is shown in its one display form ({@link dk.netdesk.contacts.PhoneNumbers#display}).
     */
    public String reasons(DuplicateFinder.Pair pair) {
        return String.join(" \u00b7 ", reasonLines(pair));
    }

    /** A pair's reasons in words, one each, strongest first. */
    public List<String> reasonLines(DuplicateFinder.Pair pair) {
        return pair.reasons().stream().map(r -> switch (r.kind()) {
            case EMAIL -> messages.format("merge.reason.email", r.value());
            case PHONE -> messages.format("merge.reason.phone", dk.netdesk.contacts.PhoneNumbers.display(r.value()));
            case SAME_NAME -> messages.get("merge.reason.sameName");
            case SIMILAR_NAME -> messages.get("merge.reason.similarName");
        }).toList();
    }

    public ObservableList<DuplicateFinder.Pair> pairs() { return pairs; }

    /** The chosen pair, or null when none is listed. */
    public ObjectProperty<DuplicateFinder.Pair> selectedProperty() { return selected; }

    /** True when the pair's second (newer) contact is the one kept. */
    public ReadOnlyBooleanProperty swappedProperty() { return swapped.getReadOnlyProperty(); }

    /** The differing fields of the chosen pair, in form order. */
    public ObservableList<FieldRow> fields() { return fields; }

    public ReadOnlyStringProperty keptNameProperty() { return keptName.getReadOnlyProperty(); }

    public ReadOnlyStringProperty otherNameProperty() { return otherName.getReadOnlyProperty(); }

    /** What identifies the kept record: "email · phone · Created 1 Dec 2026" (the parts it has). */
    public ReadOnlyStringProperty keptDetailsProperty() { return keptDetails.getReadOnlyProperty(); }

    /** What identifies the other record, like {@link #keptDetailsProperty()}. */
    public ReadOnlyStringProperty otherDetailsProperty() { return otherDetails.getReadOnlyProperty(); }

    /** The phones, emails and tags the merged contact will have, one line each ("" for none). */
    public ReadOnlyStringProperty joinedProperty() { return joined.getReadOnlyProperty(); }

    /** Says that the merged contact stays marked do not contact, and why; "" when neither is marked. */
    public ReadOnlyStringProperty doNotContactNoteProperty() { return doNotContactNote.getReadOnlyProperty(); }

    /** What the last command did, or why it could not. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** True while a merge runs. */
    public BooleanProperty busyProperty() { return busy; }

    /** True once the pairs have been read. */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }

    public Messages messages() { return messages; }
}
