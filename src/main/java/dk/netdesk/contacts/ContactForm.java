package dk.netdesk.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editable fields of one contact, with the one set of validation rules every screen uses.
 * Phones and emails are edited one per line, tags comma-separated. Each error property holds a
 * message key (or null), so the view shows it in the current language beside the field.
 * {@link #dirtyProperty()} is true while the fields differ from what was last filled in, or the birthday holds text
 * that is no date.
 */
public final class ContactForm {

    private final Clock clock;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phones = new SimpleStringProperty("");
    private final StringProperty emails = new SimpleStringProperty("");
    private final StringProperty facebook = new SimpleStringProperty("");
    private final StringProperty instagram = new SimpleStringProperty("");
    private final StringProperty linkedin = new SimpleStringProperty("");
    private final StringProperty tiktok = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> birthday = new SimpleObjectProperty<>();
    private final StringProperty unreadableBirthday = new SimpleStringProperty();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactRef> referredBy = new SimpleObjectProperty<>();
    private final ObjectProperty<Interest> interest = new SimpleObjectProperty<>();
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> nameError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> phonesError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> emailsError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> facebookError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> instagramError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> linkedinError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> tiktokError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> cityError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> birthdayError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> tagsError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> notesError = new ReadOnlyObjectWrapper<>();
    /** The contacts that may be chosen as referrer (all but the one edited), by name. */
    private final ObservableList<ContactRef> referrerChoices = FXCollections.observableArrayList();
    /** What the fields were last filled with, cleaned; the baseline of {@link #dirty}. */
    private final ReadOnlyBooleanWrapper errorsShown = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ContactDetails> original = new SimpleObjectProperty<>(ContactDetails.empty());
    private final BooleanBinding dirty;
    private boolean stored;

    /** @param clock gives "today", after which no birthday may fall */
    public ContactForm(Clock clock) {
        this.clock = clock;
        Observable[] fields = {name, phones, emails, facebook, instagram, linkedin, tiktok, city, birthday, source,
                referredBy, interest, tags, notes, original, unreadableBirthday};
        // a birthday typed that is no date is an edit too: leaving asks rather than dropping it
        dirty = Bindings.createBooleanBinding(() -> !details().equals(original.get()) || unreadableBirthday.get() != null,
                fields);
        name.addListener((obs, o, n) -> validate(false));
        phones.addListener((obs, o, n) -> validate(false));
        emails.addListener((obs, o, n) -> validate(false));
        for (StringProperty line : List.of(facebook, instagram, linkedin, tiktok, city, tags, notes)) {
            line.addListener((obs, o, n) -> validate(false));
        }
        birthday.addListener((obs, o, n) -> validate(false));
        unreadableBirthday.addListener((obs, o, n) -> validate(false));
    }

    /**
     * Fills the fields from a contact's details (or empties them with {@link ContactDetails#empty()}
     * for a new one) and makes that the unchanged state.
     *
     * @param stored   true for a stored contact (its name error shows at once)
     * @param referrers the contacts that may be chosen as referrer
     */
    public void fill(ContactDetails details, boolean stored, List<ContactRef> referrers) {
        this.stored = stored;
        referrerChoices.setAll(referrers);
        ContactDetails d = ContactValidation.clean(details);
        name.set(d.name());
        phones.set(String.join("\n", d.phones()));
        emails.set(String.join("\n", d.emails()));
        facebook.set(d.facebook());
        instagram.set(d.instagram());
        linkedin.set(d.linkedin());
        tiktok.set(d.tiktok());
        city.set(d.city());
        birthday.set(d.birthday());
        source.set(d.source());
        referredBy.set(d.referredBy() == null ? null
                : referrers.stream().filter(c -> c.id() == d.referredBy()).findFirst().orElse(null));
        interest.set(d.interest());
        tags.set(String.join(", ", d.tags()));
        notes.set(d.notes());
        original.set(details());
        nameError.set(null);
        validate(false);
    }

    /**
     * Replaces the referrer choices (a contact was added, renamed, deleted or restored elsewhere) and
     * keeps the chosen referrer when it is still there.
     */
    public void updateReferrerChoices(List<ContactRef> referrers) {
        ContactRef chosen = referredBy.get();
        referrerChoices.setAll(referrers);
        referredBy.set(chosen == null ? null
                : referrers.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null));
    }

    /**
     * Takes in the contact as stored now, while the user has unsaved edits: every field the user has
     * not edited takes the stored value, and edited fields keep the user's text. The stored version
     * becomes the unchanged state, so only the user's own edits stay unsaved.
     *
     * @return true when a field the user edited was also changed elsewhere, to something else: the
     *         user should look before saving
     */
    public boolean merge(ContactDetails stored, List<ContactRef> referrers) {
        ContactDetails mine = details();
        ContactDetails base = original.get();
        Long chosen = mine.referredBy();
        updateReferrerChoices(referrers);
        ContactDetails cleaned = ContactValidation.clean(stored);
        Long storedReferrer = cleaned.referredBy();
        ContactDetails theirs = storedReferrer != null && referrers.stream().noneMatch(r -> r.id() == storedReferrer)
                ? withReferrer(cleaned, null) : cleaned;
        Merge merge = new Merge();
        name.set(merge.pick(mine.name(), base.name(), theirs.name()));
        phones.set(String.join("\n", merge.pick(mine.phones(), base.phones(), theirs.phones())));
        emails.set(String.join("\n", merge.pick(mine.emails(), base.emails(), theirs.emails())));
        facebook.set(merge.pick(mine.facebook(), base.facebook(), theirs.facebook()));
        instagram.set(merge.pick(mine.instagram(), base.instagram(), theirs.instagram()));
        linkedin.set(merge.pick(mine.linkedin(), base.linkedin(), theirs.linkedin()));
        tiktok.set(merge.pick(mine.tiktok(), base.tiktok(), theirs.tiktok()));
        city.set(merge.pick(mine.city(), base.city(), theirs.city()));
        birthday.set(merge.pick(mine.birthday(), base.birthday(), theirs.birthday()));
        source.set(merge.pick(mine.source(), base.source(), theirs.source()));
        Long referrer = merge.pick(chosen, base.referredBy(), theirs.referredBy());
        referredBy.set(referrer == null ? null
                : referrers.stream().filter(c -> c.id() == referrer).findFirst().orElse(null));
        interest.set(merge.pick(mine.interest(), base.interest(), theirs.interest()));
        tags.set(String.join(", ", merge.pick(mine.tags(), base.tags(), theirs.tags())));
        notes.set(merge.pick(mine.notes(), base.notes(), theirs.notes()));
        original.set(theirs);
        validate(false);
        return merge.conflict;
    }

    /** A three-way choice per field: the user's value when they edited it, else the stored one. */
    private static final class Merge {
        private boolean conflict;

        <T> T pick(T mine, T base, T theirs) {
            if (java.util.Objects.equals(mine, base)) {
                return theirs;
            }
            conflict |= !java.util.Objects.equals(theirs, base) && !java.util.Objects.equals(theirs, mine);
            return mine;
        }
    }

    private static ContactDetails withReferrer(ContactDetails d, Long referrer) {
        return new ContactDetails(d.name(), d.phones(), d.emails(), d.facebook(), d.instagram(), d.linkedin(),
                d.tiktok(), d.city(), d.birthday(), d.source(), referrer, d.interest(), d.tags(), d.notes());
    }

    /** The fields as details, cleaned (NFC, trimmed, blank lines and repeated tags dropped). */
    public ContactDetails details() {
        return ContactValidation.clean(new ContactDetails(name.get(), lines(phones.get()), lines(emails.get()),
                facebook.get(), instagram.get(), linkedin.get(), tiktok.get(), city.get(), birthday.get(), source.get(),
                referredBy.get() == null ? null : referredBy.get().id(), interest.get(),
                Arrays.asList(tags.get() == null ? new String[0] : tags.get().split(",")), notes.get()));
    }

    /** What the fields were last filled with. */
    public ContactDetails original() {
        return original.get();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
    }

    /** Shows every error, also on fields not touched yet; true if the form can be saved. */
    public boolean validateAll() {
        return validate(true);
    }

    private boolean validate(boolean all) {
        ContactDetails d = details();
        boolean touched = all || stored || !name.get().isEmpty();
        nameError.set(touched ? ContactValidation.name(d.name()).orElse(null) : null);
        phonesError.set(ContactValidation.phones(d.phones()).orElse(null));
        emailsError.set(ContactValidation.emails(d.emails()).orElse(null));
        facebookError.set(ContactValidation.line(d.facebook()).orElse(null));
        instagramError.set(ContactValidation.line(d.instagram()).orElse(null));
        linkedinError.set(ContactValidation.line(d.linkedin()).orElse(null));
        tiktokError.set(ContactValidation.line(d.tiktok()).orElse(null));
        cityError.set(ContactValidation.line(d.city()).orElse(null));
        tagsError.set(ContactValidation.tags(d.tags()).orElse(null));
        notesError.set(ContactValidation.notes(d.notes()).orElse(null));
        birthdayError.set(d.birthday() != null && d.birthday().isAfter(LocalDate.now(clock)) ? "contact.error.birthday" : null);
        boolean shown = Stream.of(nameError, phonesError, emailsError, facebookError, instagramError, linkedinError,
                tiktokError, cityError, birthdayError, tagsError, notesError).allMatch(error -> error.get() == null);
        errorsShown.set(!shown || unreadableBirthday.get() != null);
        return shown && unreadableBirthday.get() == null && ContactValidation.isValid(d);
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty phonesProperty() { return phones; }
    public StringProperty emailsProperty() { return emails; }
    public StringProperty facebookProperty() { return facebook; }
    public StringProperty instagramProperty() { return instagram; }
    public StringProperty linkedinProperty() { return linkedin; }
    public StringProperty tiktokProperty() { return tiktok; }
    public StringProperty cityProperty() { return city; }
    public ObjectProperty<LocalDate> birthdayProperty() { return birthday; }

    /**
     * Text typed as the birthday that is no date, or null: the view binds it to its date field (which
     * shows the message); while it is set the contact cannot be saved.
     */
    public StringProperty unreadableBirthdayProperty() { return unreadableBirthday; }
    public ObjectProperty<Source> sourceProperty() { return source; }
    public ObjectProperty<ContactRef> referredByProperty() { return referredBy; }
    public ObjectProperty<Interest> interestProperty() { return interest; }
    public StringProperty tagsProperty() { return tags; }
    public StringProperty notesProperty() { return notes; }
    public ObservableList<ContactRef> referrerChoices() { return referrerChoices; }
    public ReadOnlyObjectProperty<String> nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> phonesErrorProperty() { return phonesError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> emailsErrorProperty() { return emailsError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> facebookErrorProperty() { return facebookError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> instagramErrorProperty() { return instagramError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> linkedinErrorProperty() { return linkedinError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> tiktokErrorProperty() { return tiktokError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> cityErrorProperty() { return cityError.getReadOnlyProperty(); }
    /** The birthday's own error (a day after today), or null; text that is no date is {@link #unreadableBirthdayProperty()}. */
    public ReadOnlyObjectProperty<String> birthdayErrorProperty() { return birthdayError.getReadOnlyProperty(); }
    /** The tags' error (a control character, broken text, a tag over 200 characters), or null. */
    public ReadOnlyObjectProperty<String> tagsErrorProperty() { return tagsError.getReadOnlyProperty(); }
    /** The notes' error (a control character, broken text, over 100,000 characters), or null. */
    public ReadOnlyObjectProperty<String> notesErrorProperty() { return notesError.getReadOnlyProperty(); }
    public BooleanBinding dirtyProperty() { return dirty; }

    /** True while a field shows an error (marked in red); false again once every marked field is corrected or the form is filled anew. */
    public ReadOnlyBooleanProperty errorsShownProperty() { return errorsShown.getReadOnlyProperty(); }
}
