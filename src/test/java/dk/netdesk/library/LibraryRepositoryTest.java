package dk.netdesk.library;

import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.People;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryRepositoryTest {

    @TempDir
    Path dir;
    Database database;
    Changes changes;
    LibraryRepository repository;
    LibraryService service;
    List<Changes.Topic> published = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir);
        changes = new Changes();
        changes.subscribe(Changes.Topic.LIBRARY, change -> published.add(change.topic()));
        repository = new LibraryRepository(database, changes, TestApp.CLOCK);
        service = new LibraryService(repository, new AttachmentStore(dir), new AttachmentReferences(database), new Settings(database, changes),
                new StarterLibrary());
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    static LibraryItemDraft draft(String title, LibraryKind kind, String body, String... tags) {
        return new LibraryItemDraft(title, kind, body, List.of(tags), LibrarySource.OWN, "en", "", "", null, List.of());
    }

    private List<String> titles(String query) {
        return repository.search(query, LibraryFilter.NONE).stream().map(LibraryHit::title).toList();
    }

    @Test
    void createdItemsAreFoundByWordsInTitleBodyAndTags() {
        repository.create(draft("Is this a pyramid scheme?", LibraryKind.OBJECTION_SCRIPT, "We sell products.", "trust"));
        repository.create(draft("Vitamin C sheet", LibraryKind.PRODUCT_SHEET, "Contains acerola cherry.", "nutrition"));

        assertThat(titles("pyramid")).containsExactly("Is this a pyramid scheme?");
        assertThat(titles("acerola")).containsExactly("Vitamin C sheet");
        assertThat(titles("nutrition")).containsExactly("Vitamin C sheet");
        assertThat(titles("trust")).containsExactly("Is this a pyramid scheme?");
        assertThat(titles("nothingmatches")).isEmpty();
        assertThat(published).isNotEmpty();
    }

    @Test
    void aTitleHitRanksAboveABodyHit() {
        repository.create(draft("Morning routine", LibraryKind.SOCIAL_POST,
                "A post about coffee, stretching and a long list of many other words in the text."));
        repository.create(draft("Coffee talk", LibraryKind.TRAINING_NOTE, "How to start a conversation."));

        assertThat(titles("coffee")).containsExactly("Coffee talk", "Morning routine");
    }

    @Test
    void searchWorksOnPrefixesWhileTyping() {
        repository.create(draft("Presentation checklist", LibraryKind.TRAINING_NOTE, "Bring samples."));
        assertThat(titles("pres")).containsExactly("Presentation checklist");
        assertThat(titles("presentation sam")).containsExactly("Presentation checklist");
        assertThat(titles("presentation xyz")).isEmpty();
    }

    @Test
    void onlyTheLastWordIsSearchedAsAPrefix() {
        repository.create(draft("Presentation checklist", LibraryKind.TRAINING_NOTE, "Bring samples."));
        repository.create(draft("No time", LibraryKind.OBJECTION_SCRIPT, "When they say they have no time."));
        repository.create(draft("Not now", LibraryKind.OBJECTION_SCRIPT, "Some time later, then."));

        assertThat(titles("pres sam")).isEmpty();
        assertThat(titles("no time")).containsExactly("No time");
    }

    @Test
    void danishWordsWithAeOeAaAreFoundAndKeptDistinct() {
        repository.create(draft("Opfølgning efter mødet", LibraryKind.TRAINING_NOTE, "Ring på søndag, mens interessen er frisk."));
        repository.create(draft("Ærlige svar", LibraryKind.OBJECTION_SCRIPT, "Sig det, som det er: blåbær og æbler."));
        repository.create(draft("Opfolgning uden bogstaver", LibraryKind.TRAINING_NOTE, "Moder og sondag."));

        assertThat(titles("opfølgning")).containsExactly("Opfølgning efter mødet");
        assertThat(titles("søndag")).containsExactly("Opfølgning efter mødet");
        assertThat(titles("ærlige")).containsExactly("Ærlige svar");
        assertThat(titles("ÆRLIGE")).containsExactly("Ærlige svar");
        assertThat(titles("blåbær")).containsExactly("Ærlige svar");
        assertThat(titles("sondag")).containsExactly("Opfolgning uden bogstaver");
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        repository.create(draft("Product facts", LibraryKind.PRODUCT_SHEET, "The cream contains aloe vera and shea butter."));
        LibraryHit hit = repository.search("aloe", LibraryFilter.NONE).get(0);
        assertThat(hit.snippet()).contains(new Snippet.Run("aloe", true));
    }

    private static String text(LibraryHit hit) {
        return Snippet.text(hit.snippet());
    }

    @Test
    void previewsEndAtAWordWithAnEllipsisAndReadLikeTheText() {
        String words = "Følg op inden for otte og fyrre timer, og spørg hvad de kunne lide ved prøven. ".repeat(4);
        repository.create(draft("Opfølgning", LibraryKind.TRAINING_NOTE,
                "## Hovedpointer\n\n- Ring samme dag\n- Send prisen\n\n" + words));
        LibraryHit hit = repository.search("", LibraryFilter.NONE).get(0);
        String preview = text(hit);
        assertThat(preview).startsWith("Hovedpointer · Ring samme dag · Send prisen · Følg op inden for")
                .doesNotContain("- ").doesNotContain("#").endsWith("…");
        String shown = preview.substring(0, preview.length() - 1);
        assertThat(shown.length()).isLessThanOrEqualTo(Snippet.LENGTH);
        assertThat(("Hovedpointer · Ring samme dag · Send prisen · " + words).startsWith(shown + " "))
                .as("cut at the end of a word: %s", shown).isTrue();
    }

    @Test
    void searchSnippetsKeepTextThatLooksLikeMarkupAndSignsTheTextHolds() {
        repository.create(draft("Startpakke", LibraryKind.PRODUCT_SHEET,
                "Startpakke: 2 * 50 ml aloe shake, rabat > 10 %. Et \\*kun\\* tilbud."));
        repository.create(draft("Ikoner", LibraryKind.TRAINING_NOTE, "Ikonet \uE000 står foran \uE001 wombat."));
        assertThat(text(repository.search("aloe", LibraryFilter.NONE).get(0)))
                .isEqualTo("Startpakke: 2 * 50 ml aloe shake, rabat > 10 %. Et *kun* tilbud.");
        LibraryHit icons = repository.search("wombat", LibraryFilter.NONE).get(0);
        assertThat(icons.snippet()).containsExactly(new Snippet.Run("Ikonet \uE000 står foran \uE001 ", false),
                new Snippet.Run("wombat", true), new Snippet.Run(".", false));
    }

    @Test
    void aHitFoundInAnAttachmentSaysSo() throws Exception {
        LibraryItem item = repository.create(draft("Price sheet", LibraryKind.PRODUCT_SHEET, "See the file."));
        Path pdf = dir.resolve("prices.pdf");
        writePdf(pdf, "Wallaby wholesale prices");
        service.attach(item.id(), pdf);
        LibraryHit hit = repository.search("wallaby", LibraryFilter.NONE).get(0);
        assertThat(hit.attachment()).isEqualTo("prices.pdf");
        assertThat(hit.snippet()).contains(new Snippet.Run("Wallaby", true));
        assertThat(repository.search("see", LibraryFilter.NONE).get(0).attachment()).isNull();
    }

    @Test
    void itemsInOtherLanguagesThatTheFilterHidesAreCounted() {
        repository.create(draft("Reply", LibraryKind.OBJECTION_SCRIPT, "An answer to the objection."));
        LibraryItemDraft danish = new LibraryItemDraft("Svar på indvending", LibraryKind.OBJECTION_SCRIPT,
                "Et svar på indvendingen.", List.of(), LibrarySource.OWN, "da", "", "", null, List.of());
        repository.create(danish);
        LibraryFilter english = new LibraryFilter(null, null, null, "en");
        assertThat(repository.search("indvending", english)).isEmpty();
        assertThat(repository.countInOtherLanguages("indvending", english)).containsExactly(java.util.Map.entry("da", 1));
        assertThat(repository.countInOtherLanguages("answer", english)).isEmpty();
        assertThat(repository.countInOtherLanguages("indvending", LibraryFilter.NONE)).isEmpty();
    }

    @Test
    void symbolsThatBelongToAWordStayWithIt() {
        repository.create(draft("C++ basics", LibraryKind.TRAINING_NOTE, "We write C++ every day."));
        repository.create(draft("Citron", LibraryKind.PRODUCT_SHEET, "Citron and c-vitamin, a classic cream."));
        repository.create(draft("Mail script", LibraryKind.OBJECTION_SCRIPT, "Send an e-mail the same day."));
        repository.create(draft("Mail list", LibraryKind.TRAINING_NOTE, "The email list and the mail box."));
        repository.create(draft("Price list", LibraryKind.PRODUCT_SHEET, "The starter kit costs 1.299,- kr."));
        repository.create(draft("Other price", LibraryKind.PRODUCT_SHEET, "1 299 members"));

        assertThat(titles("c++")).containsExactly("C++ basics");
        assertThat(titles("C++")).containsExactly("C++ basics");
        assertThat(titles("e-mail")).containsExactly("Mail script");
        assertThat(titles("1.299,-")).containsExactly("Price list");
        assertThat(titles("citron")).containsExactly("Citron");
        assertThat(titles("(citron)")).as("sentence marks around a word are not part of it").containsExactly("Citron");
    }

    @Test
    void controlCharactersAndBrokenTextInASearchNeverThrow() {
        repository.create(draft("Aloe facts", LibraryKind.PRODUCT_SHEET, "Aloe vera gel."));
        assertThat(titles("\u0000aloe")).containsExactly("Aloe facts");
        assertThat(titles("aloe\u0000")).containsExactly("Aloe facts");
        assertThat(titles("aloe \uD83D")).containsExactly("Aloe facts");
    }

    @Test
    void userInputWithFtsSyntaxNeverThrows() {
        repository.create(draft("Quotes \"and\" stars", LibraryKind.TRAINING_NOTE, "NEAR OR AND NOT body"));
        for (String nasty : List.of("\"", "\"unclosed", "a OR", "NOT", "*", "-x", "title:foo", "(a", "a AND (b",
                "NEAR(a b)", "^start", "'", "\\", ":", "\"\"\"", "a\"b", "!!!", "   ")) {
            repository.search(nasty, LibraryFilter.NONE);
        }
        assertThat(titles("near or")).containsExactly("Quotes \"and\" stars");
        assertThat(titles("\"and\"")).containsExactly("Quotes \"and\" stars");
    }

    @Test
    void deletingAnItemRemovesItFromTheIndexAndUndoPutsItBack() {
        LibraryItem item = repository.create(draft("Farewell note", LibraryKind.TRAINING_NOTE, "goodbye", "parting"));
        long scriptUse = repository.recordScriptUse(item.id(), null, ScriptOutcome.WORKED);
        assertThat(scriptUse).isPositive();

        LibraryRepository.Deleted deleted = repository.delete(item.id()).orElseThrow();
        assertThat(titles("farewell")).isEmpty();
        assertThat(titles("goodbye")).isEmpty();
        assertThat(titles("parting")).isEmpty();
        Long indexed = database.dsl().fetchOne("SELECT count(*) FROM library_fts").get(0, Long.class);
        assertThat(indexed).isZero();

        repository.restore(deleted);
        assertThat(titles("parting")).containsExactly("Farewell note");
        assertThat(repository.scriptRecord(item.id())).isEqualTo(new ScriptRecord(1, 0, 0));
    }

    @Test
    void editingReindexesTitleBodyAndTags() {
        LibraryItem item = repository.create(draft("Old title", LibraryKind.TRAINING_NOTE, "old body", "oldtag"));
        repository.update(item.id(), draft("New heading", LibraryKind.TRAINING_NOTE, "fresh text", "newtag"));
        assertThat(titles("old")).isEmpty();
        assertThat(titles("oldtag")).isEmpty();
        assertThat(titles("heading")).containsExactly("New heading");
        assertThat(titles("fresh")).containsExactly("New heading");
        assertThat(titles("newtag")).containsExactly("New heading");
    }

    @Test
    void textInsideAnAttachedPdfIsSearchable() throws Exception {
        LibraryItem item = repository.create(draft("Product sheet", LibraryKind.FILE, ""));
        Path pdf = dir.resolve("sheet.pdf");
        writePdf(pdf, "Hyaluronic serum for dry skin");

        Attachment attachment = service.attach(item.id(), pdf);

        assertThat(titles("hyaluronic")).containsExactly("Product sheet");
        Path stored = service.fileOf(attachment);
        assertThat(stored.getParent()).isEqualTo(dir.resolve("attachments"));
        assertThat(stored.getFileName().toString()).matches("[0-9a-f]{64}\\.pdf");
        assertThat(Files.readAllBytes(stored)).isEqualTo(Files.readAllBytes(pdf));
        assertThat(repository.find(item.id()).orElseThrow().attachments()).extracting(Attachment::fileName)
                .containsExactly("sheet.pdf");

        repository.removeAttachment(attachment.id());
        assertThat(titles("hyaluronic")).isEmpty();
        assertThat(service.deleteUnusedFiles()).isEqualTo(1);
        assertThat(stored).doesNotExist();
    }

    @Test
    void theTidyUpAtStartKeepsAFileAContactStillUses() throws Exception {
        LibraryItem item = repository.create(draft("Order form", LibraryKind.FILE, ""));
        Path pdf = dir.resolve("order.pdf");
        writePdf(pdf, "Order form");
        Attachment attachment = service.attach(item.id(), pdf);
        long contact = dk.netdesk.testing.People.service(database, changes, TestApp.CLOCK)
                .create(dk.netdesk.contacts.ContactDetails.named("Ida Lund"), null).id();
        dk.netdesk.contacts.ContactAttachments contacts = dk.netdesk.testing.People.attachments(database, changes,
                TestApp.CLOCK);
        contacts.attach(contact, pdf, null);

        repository.removeAttachment(attachment.id());
        assertThat(service.deleteUnusedFiles()).as("the contact's row still refers to it").isZero();
        assertThat(service.fileOf(attachment)).exists();

        // Removed through another store, as in an earlier run: nothing here keeps it for undo.
        contacts.remove(contacts.of(contact).get(0).id(), null);
        assertThat(service.deleteUnusedFiles()).isEqualTo(1);
        assertThat(service.fileOf(attachment)).doesNotExist();
    }

    @Test
    void theSameFileIsStoredOnceAndOtherFilesAreRefused() throws Exception {
        LibraryItem a = repository.create(draft("A", LibraryKind.FILE, ""));
        LibraryItem b = repository.create(draft("B", LibraryKind.FILE, ""));
        Path png = dir.resolve("photo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Attachment first = service.attach(a.id(), png);
        Attachment second = service.attach(b.id(), png);
        assertThat(first.sha256()).isEqualTo(second.sha256());
        try (var files = Files.list(dir.resolve("attachments"))) {
            assertThat(files.count()).isEqualTo(1);
        }
        Path exe = dir.resolve("virus.exe");
        Files.writeString(exe, "x");
        assertThatThrownBy(() -> service.attach(a.id(), exe)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtersNarrowByKindTagCollectionAndLanguage() {
        repository.create(new LibraryItemDraft("Script en", LibraryKind.OBJECTION_SCRIPT, "price", List.of("money"),
                LibrarySource.OWN, "en", "", "Objections", null, List.of()));
        repository.create(new LibraryItemDraft("Script da", LibraryKind.OBJECTION_SCRIPT, "pris", List.of("penge"),
                LibrarySource.OWN, "da", "", "Indvendinger", null, List.of()));
        repository.create(new LibraryItemDraft("Post", LibraryKind.SOCIAL_POST, "price", List.of("Money"),
                LibrarySource.OWN, "en", "", "", null, List.of()));

        assertThat(hits(null, new LibraryFilter(LibraryKind.OBJECTION_SCRIPT, null, null, null)))
                .containsExactly("Script da", "Script en");
        assertThat(hits("price", new LibraryFilter(null, "money", null, null))).containsExactlyInAnyOrder("Script en", "Post");
        assertThat(hits(null, new LibraryFilter(null, null, null, "da"))).containsExactly("Script da");
        long objections = repository.collections().stream().filter(c -> c.name().equals("Objections"))
                .findFirst().orElseThrow().id();
        assertThat(hits("", new LibraryFilter(null, null, objections, null))).containsExactly("Script en");
        assertThat(repository.tags()).containsExactly("money", "penge");
        assertThat(repository.languages()).containsExactly("da", "en");
    }

    private List<String> hits(String query, LibraryFilter filter) {
        return repository.search(query, filter).stream().map(LibraryHit::title).toList();
    }

    @Test
    void collectionNamesThatDifferOnlyByCaseBeyondAsciiAreOneCollection() {
        repository.create(new LibraryItemDraft("One", LibraryKind.TRAINING_NOTE, "", List.of(),
                LibrarySource.OWN, "da", "", "Ærø-tur", null, List.of()));
        repository.create(new LibraryItemDraft("Two", LibraryKind.TRAINING_NOTE, "", List.of(),
                LibrarySource.OWN, "da", "", "ÆRØ-TUR", null, List.of()));
        repository.create(new LibraryItemDraft("Three", LibraryKind.TRAINING_NOTE, "", List.of(),
                LibrarySource.OWN, "da", "", "ærø-tur", null, List.of()));

        assertThat(repository.collections()).extracting(LibraryCollection::name).containsExactly("Ærø-tur");
    }

    @Test
    void aCollectionGoesWithItsLastItem() {
        LibraryItem item = repository.create(new LibraryItemDraft("One", LibraryKind.TRAINING_NOTE, "", List.of(),
                LibrarySource.OWN, "en", "", "Folder", null, List.of()));
        assertThat(repository.collections()).extracting(LibraryCollection::name).containsExactly("Folder");
        repository.delete(item.id());
        assertThat(repository.collections()).isEmpty();
    }

    @Test
    void scriptsAreLinkedToStagesAndKeepARecordOfHowTheyWent() {
        LibraryItem script = repository.create(draft("Too expensive", LibraryKind.OBJECTION_SCRIPT, "Price per day"));
        LibraryItem other = repository.create(draft("Busy", LibraryKind.OBJECTION_SCRIPT, "Ten minutes"));
        repository.create(draft("Note", LibraryKind.TRAINING_NOTE, ""));
        repository.linkStage(script.id(), 3);
        repository.linkStage(other.id(), 4);
        assertThat(repository.scriptsForStage(3)).extracting(LibraryHit::title).containsExactly("Too expensive");
        repository.unlinkStage(script.id(), 3);
        assertThat(repository.scriptsForStage(3)).isEmpty();

        long contact = People.service(database, changes, TestApp.CLOCK)
                .create(ContactDetails.named("Anna").withContact("", "", ""), null).id();
        repository.recordScriptUse(script.id(), contact, ScriptOutcome.WORKED);
        repository.recordScriptUse(script.id(), contact, ScriptOutcome.WORKED);
        repository.recordScriptUse(script.id(), null, ScriptOutcome.NEUTRAL);
        long bad = repository.recordScriptUse(script.id(), contact, ScriptOutcome.DID_NOT_WORK);
        assertThat(repository.scriptRecord(script.id())).isEqualTo(new ScriptRecord(2, 1, 1));
        repository.removeScriptUse(bad);
        assertThat(repository.scriptRecord(script.id())).isEqualTo(new ScriptRecord(2, 1, 0));

        People.service(database, changes, TestApp.CLOCK).delete(contact, null);
        assertThat(repository.scriptRecord(script.id())).isEqualTo(new ScriptRecord(2, 1, 0));
        assertThat(database.dsl().fetchOne("SELECT count(*) FROM library_script_use WHERE contact_id IS NULL").get(0,
                Long.class)).isEqualTo(3);
    }

    @Test
    void theStarterLibraryIsImportedOnceAndDeletedItemsStayDeleted() {
        int imported = service.loadStarterIfFirstRun();
        assertThat(imported).isEqualTo(new StarterLibrary().items().size()).isGreaterThanOrEqualTo(6);
        assertThat(repository.count()).isEqualTo(imported);
        assertThat(repository.languages()).containsExactly("da", "en");
        assertThat(titles("pyramidespil")).contains("Er det her ikke et pyramidespil?");

        long first = repository.search("", LibraryFilter.NONE).get(0).id();
        repository.delete(first);
        assertThat(service.loadStarterIfFirstRun()).isZero();
        assertThat(repository.count()).isEqualTo(imported - 1);
    }

    @Test
    void aTitlelessItemIsRefused() {
        assertThatThrownBy(() -> repository.create(draft("  ", LibraryKind.LINK, "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.count()).isZero();
    }

    static void writePdf(Path file, String text) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(file.toFile());
        }
    }
}
