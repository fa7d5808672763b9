package dk.netdesk.contacts;

/** What the user types for a contact, before it is stored. */
public record ContactDraft(String name, String phone, String email, String notes) {

    /** Trims every field; null becomes empty. */
    public ContactDraft trimmed() {
        return new ContactDraft(trim(name), trim(phone), trim(email), notes == null ? "" : notes.strip());
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
