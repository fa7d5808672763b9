package dk.netdesk.library;

import java.util.List;

/**
 * Items of the tests' own, added through the view-model like a user would; they share the
 * made-up word "quokka" so that searches in tests do not depend on the starter library's content.
 */
final class LibraryFixtures {

    static final String POST = "Quokka morning post";
    static final String LINK = "Quokka catalogue";
    static final String SCRIPT = "Quokka objection";
    static final String NOTE = "Kvokka-opfølgning";

    private LibraryFixtures() {
    }

    static void add(LibraryViewModel model) {
        add(model, POST, LibraryKind.SOCIAL_POST, "en", "Coffee and **quokka** stretches.\n\nWhat is *your* routine?",
                "instagram, quokkatag", "Quokka posts", "");
        add(model, LINK, LibraryKind.LINK, "en", "The quokka catalogue with prices.", "products", "",
                "https://example.com/quokka");
        add(model, SCRIPT, LibraryKind.OBJECTION_SCRIPT, "en",
                "**Good quokka question.**\n\nWe are paid for *products* that customers use.\n\n- No fee.\n- No stock.",
                "objections, trust", "Quokka scripts", "");
        add(model, NOTE, LibraryKind.TRAINING_NOTE, "da",
                "## Hovedpointer\n\n1. Følg op inden for **48 timer** om quokka-produktet.\n2. Spørg, hvad de kunne lide.",
                "opfølgning, træning", "Træning", "");
    }

    private static void add(LibraryViewModel model, String title, LibraryKind kind, String language, String body,
                            String tags, String collection, String url) {
        model.newItem();
        LibraryForm form = model.form();
        form.titleProperty().set(title);
        form.kindProperty().set(kind);
        form.languageProperty().set(language);
        form.bodyProperty().set(body);
        form.tagsProperty().set(tags);
        form.collectionProperty().set(collection);
        form.urlProperty().set(url);
        if (!model.save()) {
            throw new IllegalStateException("Fixture not saved: " + title + " " + List.of(
                    String.valueOf(form.titleErrorProperty().get()), String.valueOf(form.urlErrorProperty().get())));
        }
    }
}
