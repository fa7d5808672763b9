package dk.netdesk.library;

import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {

    @TempDir
    Path dir;
    Database database;
    LibraryRepository repository;
    LibraryViewModel model;
    UndoManager undo = new UndoManager();
    StatusLine status = new StatusLine();
    List<StageOption> stageList = new ArrayList<>();
    Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);

    @BeforeEach
    void open() throws Exception {
        model = create(Background.direct());
    }

    LibraryService service;

    private LibraryViewModel create(Background background) throws Exception {
        database = Database.open(dir);
        Changes changes = new Changes();
        repository = new LibraryRepository(database, changes, TestApp.CLOCK);
        service = new LibraryService(repository, new AttachmentStore(dir), new AttachmentReferences(database),
                new Settings(database, changes), new StarterLibrary());
        LibraryViewModel vm = new LibraryViewModel(repository, service, changes, background, undo, status,
                messages, () -> List.copyOf(stageList), EventOptions.none(),
                Debouncer.immediate());
        vm.load();
        LibraryFixtures.add(vm);
        vm.clearFilters();
        return vm;
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private List<String> titles() {
        return model.hits().stream().map(LibraryHit::title).toList();
    }

    @Test
    void theFirstLoadImportsTheStarterLibraryInBothLanguages() {
        int starter = new StarterLibrary().items().size();
        assertThat(model.hits()).hasSize(Math.min(starter + 4, LibraryRepository.LIMIT));
        assertThat(model.languages()).containsExactly("da", "en");
        assertThat(model.collections()).extracting(LibraryCollection::name).contains("Quokka posts", "Træning");
    }

    @Test
    void queryAndFiltersNarrowTheList() {
        model.queryProperty().set("quokka");
        assertThat(titles()).containsExactlyInAnyOrder(LibraryFixtures.POST, LibraryFixtures.LINK,
                LibraryFixtures.SCRIPT, LibraryFixtures.NOTE);
        assertThat(titles().get(0)).startsWith("Quokka");
        model.languageFilterProperty().set("da");
        assertThat(titles()).containsExactly(LibraryFixtures.NOTE);
        model.clearFilters();
        model.tagFilterProperty().set("quokkatag");
        assertThat(titles()).containsExactly(LibraryFixtures.POST);
        model.tagFilterProperty().set(null);
        model.kindFilterProperty().set(LibraryKind.LINK);
        model.queryProperty().set("quokka");
        assertThat(titles()).containsExactly(LibraryFixtures.LINK);
    }

    @Test
    void aSlowAnswerToAnOldSearchIsDropped() throws Exception {
        close();
        Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        List<Runnable> pending = new ArrayList<>();
        Background queued = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                pending.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }

            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
                run(work, onSuccess, e -> { });
            }
        };
        model = create(queued);
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
        model.queryProperty().set("quokka objection");
        Runnable old = pending.remove(pending.size() - 1);
        model.queryProperty().set("quokka morning");
        Runnable latest = pending.remove(pending.size() - 1);
        latest.run();
        old.run();
        assertThat(titles()).containsExactly(LibraryFixtures.POST);
    }

    @Test
    void savingAnInvalidItemChangesNothingAndSaysWhatIsWrong() {
        int before = repository.count();
        model.newItem();
        model.form().kindProperty().set(LibraryKind.LINK);
        model.form().urlProperty().set("not a web address");
        assertThat(model.save()).isFalse();
        assertThat(model.form().titleErrorProperty().get()).isEqualTo("library.error.title");
        assertThat(model.form().urlErrorProperty().get()).isEqualTo("library.error.url");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(status.textProperty().get()).isEqualTo("Fix the marked fields, then save again.");
    }

    @Test
    void createEditAndDeleteAreUndoable() {
        model.newItem();
        model.form().titleProperty().set("Too busy?");
        model.form().bodyProperty().set("Ten minutes is enough.");
        assertThat(model.save()).isTrue();
        assertThat(model.itemProperty().get().title()).isEqualTo("Too busy?");
        long id = model.itemProperty().get().id();

        model.edit();
        model.form().titleProperty().set("Too busy right now?");
        model.save();
        assertThat(repository.find(id).orElseThrow().title()).isEqualTo("Too busy right now?");
        undo.undo();
        assertThat(repository.find(id).orElseThrow().title()).isEqualTo("Too busy?");

        model.delete(repository.find(id).orElseThrow());
        assertThat(repository.find(id)).isEmpty();
        undo.undo();
        assertThat(repository.find(id)).isPresent();
        assertThat(model.itemProperty().get().id()).isEqualTo(id);
    }

    @Test
    void copyGivesPlainTextWithoutMarkupAndHtml() {
        model.queryProperty().set("quokka objection");
        model.selectedHitProperty().set(model.hits().get(0));
        CopyText text = model.copyText().orElseThrow();
        assertThat(text.plain()).startsWith("Good quokka question.\n\nWe are paid for products that customers use.\n")
                .contains("No fee.", "No stock.").doesNotContain("**");
        assertThat(text.html()).contains("<strong>Good quokka question.</strong>").contains("<em>products</em>");
        assertThat(status.textProperty().get()).isEqualTo("Copied “Quokka objection” to the clipboard.");
    }

    @Test
    void recordingAScriptUseUpdatesItsRecordAndCanBeUndone() {
        model.queryProperty().set("quokka objection");
        model.selectedHitProperty().set(model.hits().get(0));
        model.recordUse(ScriptOutcome.WORKED);
        model.recordUse(ScriptOutcome.DID_NOT_WORK);
        assertThat(model.recordProperty().get()).isEqualTo(new ScriptRecord(1, 0, 1));
        undo.undo();
        assertThat(model.recordProperty().get()).isEqualTo(new ScriptRecord(1, 0, 0));
    }

    @Test
    void theTagFilterListsOnlyTheTagsOfTheChosenLanguage() {
        model.languageFilterProperty().set("da");
        assertThat(model.tags()).contains("opfølgning", "træning").doesNotContain("quokkatag", "instagram", "products");
        assertThat(model.tags()).containsExactlyElementsOf(repository.tags("da"));
        model.refresh();
        assertThat(model.tags()).doesNotContain("quokkatag");
        model.languageFilterProperty().set(null);
        assertThat(model.tags()).contains("opfølgning", "quokkatag", "instagram");
    }

    @Test
    void savingANewItemKeepsTheFilters() {
        model.languageFilterProperty().set("da");
        model.tagFilterProperty().set("træning");
        model.newItem();
        model.form().titleProperty().set("Tillid først");
        model.form().languageProperty().set("da");
        model.form().bodyProperty().set("Byg tillid, før du sælger.");
        model.form().tagsProperty().set("tillid");
        assertThat(model.save()).isTrue();
        assertThat(model.languageFilterProperty().get()).isEqualTo("da");
        assertThat(model.tagFilterProperty().get()).isEqualTo("træning");
        assertThat(model.itemProperty().get().title()).as("the saved item stays in the reading pane").isEqualTo("Tillid først");
    }

    @Test
    void aStageAddedRenamedOrDeletedInThePipelineShowsAtOnce() {
        Changes changes = new Changes();
        List<StageOption> pipeline = new ArrayList<>(List.of(new StageOption(1, "Lead")));
        LibraryViewModel vm = new LibraryViewModel(repository, service, changes, Background.direct(), undo, status,
                messages, () -> List.copyOf(pipeline), EventOptions.none(), Debouncer.immediate());
        vm.refresh();
        assertThat(vm.stages()).extracting(StageOption::name).containsExactly("Lead");
        pipeline.add(new StageOption(2, "Demo"));
        changes.publish(Changes.Topic.PIPELINE);
        assertThat(vm.stages()).extracting(StageOption::name).containsExactly("Lead", "Demo");
        pipeline.set(0, new StageOption(1, "Ny lead"));
        pipeline.remove(1);
        changes.publish(Changes.Topic.PIPELINE);
        assertThat(vm.stages()).extracting(StageOption::name).containsExactly("Ny lead");
    }

    @Test
    void theStageNamesFollowTheLanguageWhenItChanges() {
        // a default stage is named in the UI language; the pickers are read again when the language changes
        StageOptions named = () -> List.of(new StageOption(7, messages.get("pipeline.default.contacted")));
        LibraryViewModel vm = new LibraryViewModel(repository, service, new Changes(), Background.direct(), undo, status,
                messages, named, EventOptions.none(), Debouncer.immediate());
        vm.refresh();
        assertThat(vm.stages()).extracting(StageOption::name).containsExactly("Contacted");
        messages.setLocale(new Locale("da"));
        assertThat(vm.stages()).extracting(StageOption::name).containsExactly("Kontaktet");
    }

    @Test
    void theDefaultLanguageFilterFollowsALanguageSwitchUntilTheUserPicksOne() {
        model.filterToUiLanguage();
        assertThat(model.languageFilterProperty().get()).isEqualTo("en");
        assertThat(titles()).doesNotContain(LibraryFixtures.NOTE);
        messages.setLocale(new Locale("da"));
        assertThat(model.languageFilterProperty().get()).as("follows the switch").isEqualTo("da");
        assertThat(titles()).contains(LibraryFixtures.NOTE).doesNotContain(LibraryFixtures.POST);
        messages.setLocale(Locale.ENGLISH);
        assertThat(model.languageFilterProperty().get()).isEqualTo("en");

        // a filter the user picks stays through a switch, and so does "all languages"
        model.languageFilterProperty().set("da");
        messages.setLocale(new Locale("da"));
        messages.setLocale(Locale.ENGLISH);
        assertThat(model.languageFilterProperty().get()).isEqualTo("da");
        model.filterToUiLanguage();
        model.showAllLanguages();
        messages.setLocale(new Locale("da"));
        assertThat(model.languageFilterProperty().get()).isNull();
    }

    @Test
    void stagesChosenInTheEditorLinkTheScript() {
        stageList.add(new StageOption(7, "Presentation"));
        model.refresh();
        assertThat(model.stages()).extracting(StageOption::name).containsExactly("Presentation");
        model.newItem();
        model.form().titleProperty().set("Think about it");
        model.form().stageIds().add(7L);
        model.save();
        assertThat(repository.scriptsForStage(7)).extracting(LibraryHit::title).containsExactly("Think about it");
    }

    @Test
    void aBodyOverTheTextLimitOrALongTagOrCollectionIsRefusedWithAMessageAndNothingSaved() {
        int before = repository.count();
        model.newItem();
        model.form().titleProperty().set("Long read");
        model.form().bodyProperty().set("x".repeat(dk.netdesk.ui.TextLimits.TEXT + 1));
        model.form().tagsProperty().set("t".repeat(dk.netdesk.ui.TextLimits.NAME + 1));
        model.form().collectionProperty().set("c".repeat(dk.netdesk.ui.TextLimits.NAME + 1));
        assertThat(model.save()).isFalse();
        assertThat(model.form().bodyErrorProperty().get()).isEqualTo("library.error.bodyTooLong");
        assertThat(model.form().tagsErrorProperty().get()).isEqualTo("library.error.tagTooLong");
        assertThat(model.form().collectionErrorProperty().get()).isEqualTo("library.error.collectionTooLong");
        assertThat(repository.count()).isEqualTo(before);

        model.form().bodyProperty().set("x".repeat(dk.netdesk.ui.TextLimits.TEXT));
        model.form().tagsProperty().set("long");
        model.form().collectionProperty().set("Reading");
        assertThat(model.form().bodyErrorProperty().get()).as("the mark follows the typing").isNull();
        assertThat(model.form().tagsErrorProperty().get()).isNull();
        assertThat(model.form().collectionErrorProperty().get()).isNull();
        assertThat(model.save()).isTrue();
        assertThat(repository.count()).isEqualTo(before + 1);
    }

    @Test
    void aTitleWithAControlCharacterIsRefusedWithAMessage() {
        model.newItem();
        model.form().titleProperty().set("\u0000Quokka rules");
        assertThat(model.save()).isFalse();
        assertThat(model.form().titleErrorProperty().get()).isEqualTo("text.error.control");
        assertThat(repository.count()).isEqualTo(new StarterLibrary().items().size() + 4);
    }

    @Test
    void aTitleWithARightToLeftOverrideIsRefusedSoTheStatusIsNotTurnedAround() {
        messages.setLocale(new Locale("da"));
        int before = repository.count();
        model.newItem();
        model.form().titleProperty().set("Quokka \u202Erules");
        assertThat(model.save()).isFalse();
        assertThat(model.form().titleErrorProperty().get()).isEqualTo("text.error.control");
        assertThat(repository.count()).isEqualTo(before);
        model.form().titleProperty().set("Quokka \u2067rules\u2069");
        assertThat(model.save()).isFalse();
        model.form().titleProperty().set("Quokka rules");
        assertThat(model.save()).isTrue();
        assertThat(repository.count()).isEqualTo(before + 1);
    }

    @Test
    void aTitleWithALoneSurrogateIsRefusedWithAMessage() {
        model.newItem();
        model.form().titleProperty().set("Quokka \uD83D");
        assertThat(model.save()).isFalse();
        assertThat(model.form().titleErrorProperty().get()).isEqualTo("text.error.broken");
        model.form().titleProperty().set("Quokka \uD83D\uDE00");
        assertThat(model.save()).isTrue();
        assertThat(model.itemProperty().get().title()).isEqualTo("Quokka \uD83D\uDE00");
    }

    @Test
    void copyingAQuoteKeepsItsOwnQuotesOnce() {
        model.newItem();
        model.form().titleProperty().set("Quokka quote");
        model.form().bodyProperty().set("> \"It simply works.\"\n\nSaid a customer.");
        assertThat(model.save()).isTrue();
        assertThat(model.copyText().orElseThrow().plain()).isEqualTo("\"It simply works.\"\n\nSaid a customer.");
    }

    @Test
    void aPdfWithoutTextIsAttachedWithAHintThatItCannotBeSearched() throws Exception {
        model.queryProperty().set("quokka catalogue");
        model.selectedHitProperty().set(model.hits().get(0));
        Path pdf = dir.resolve("scan.pdf");
        LibraryRepositoryTest.writePdf(pdf, "");
        model.attach(pdf);
        assertThat(model.itemProperty().get().attachments()).extracting(Attachment::fileName).containsExactly("scan.pdf");
        assertThat(status.textProperty().get()).contains("scan.pdf").contains("cannot be searched");
    }

    @Test
    void aNulCharacterInTheSearchGivesAMessageAndKeepsTheList() {
        model.queryProperty().set("quokka");
        assertThat(titles()).hasSize(4);
        model.queryProperty().set("quokka\u0000");
        assertThat(model.searchErrorProperty().get()).isEqualTo("library.search.error");
        assertThat(model.loadFailedProperty().get()).isFalse();
        assertThat(titles()).hasSize(4);
        model.queryProperty().set("quokka");
        assertThat(model.searchErrorProperty().get()).isNull();
    }

    @Test
    void aSearchInTheEnglishUiSaysHowManyMoreAreInDanish() {
        model.languageFilterProperty().set("en");
        model.queryProperty().set("opfølgning");
        assertThat(titles()).isEmpty();
        assertThat(model.otherLanguagesText()).matches("\\d+ more in Danish");
        int more = Integer.parseInt(model.otherLanguagesText().split(" ")[0]);
        model.showAllLanguages();
        assertThat(titles()).contains(LibraryFixtures.NOTE).hasSize(more);
        assertThat(model.otherLanguagesText()).isEmpty();
    }

    @Test
    void openingAnAttachmentWithNoViewerSaysSo() throws Exception {
        model.queryProperty().set("quokka catalogue");
        model.selectedHitProperty().set(model.hits().get(0));
        Path pdf = dir.resolve("prices.pdf");
        LibraryRepositoryTest.writePdf(pdf, "Wallaby wholesale prices");
        model.attach(pdf);
        assertThat(status.textProperty().get()).isEqualTo("Attached prices.pdf.");
        List<String> opened = new ArrayList<>();
        model.setOpener((uri, onFailure) -> {
            opened.add(uri);
            onFailure.accept(new java.io.IOException("xdg-open: no method available for opening"));
        });
        model.openAttachment(model.itemProperty().get().attachments().get(0));
        assertThat(opened).hasSize(1);
        assertThat(status.textProperty().get()).startsWith("No program could open prices.pdf. Install a PDF viewer");
    }

    @Test
    void copyingALinkAddsItsAddress() {
        model.queryProperty().set("quokka catalogue");
        model.selectedHitProperty().set(model.hits().get(0));
        assertThat(model.copyText().orElseThrow().plain())
                .isEqualTo("The quokka catalogue with prices.\nhttps://example.com/quokka");
    }

    @Test
    void attachingAPdfMakesItsTextSearchableAndUndoTakesItOffAgain() throws Exception {
        model.queryProperty().set("quokka catalogue");
        model.selectedHitProperty().set(model.hits().get(0));
        Path pdf = dir.resolve("prices.pdf");
        LibraryRepositoryTest.writePdf(pdf, "Wallaby wholesale prices");

        model.attach(pdf);
        assertThat(model.itemProperty().get().attachments()).extracting(Attachment::fileName).containsExactly("prices.pdf");
        assertThat(model.uriOf(model.itemProperty().get().attachments().get(0))).startsWith("file:")
                .contains("attachments").endsWith(".pdf");
        model.queryProperty().set("wallaby");
        assertThat(titles()).containsExactly(LibraryFixtures.LINK);

        undo.undo();
        assertThat(titles()).isEmpty();
        undo.redo();
        assertThat(titles()).containsExactly(LibraryFixtures.LINK);

        model.selectedHitProperty().set(model.hits().get(0));
        model.removeAttachment(model.itemProperty().get().attachments().get(0));
        assertThat(titles()).isEmpty();
        undo.undo();
        assertThat(titles()).containsExactly(LibraryFixtures.LINK);
    }

    @Test
    void aRemovedAttachmentsFileIsKeptForUndoEvenWhenUnusedFilesAreTidied() throws Exception {
        model.selectedHitProperty().set(model.hits().get(0));
        Path pdf = dir.resolve("order.pdf");
        LibraryRepositoryTest.writePdf(pdf, "Order form");
        model.attach(pdf);
        Attachment attached = model.itemProperty().get().attachments().get(0);
        Path stored = service.fileOf(attached);

        model.removeAttachment(attached);
        assertThat(service.deleteUnusedFiles()).as("no row refers to it, but undo may bring one back").isZero();
        assertThat(stored).exists();
        undo.undo();
        assertThat(model.itemProperty().get().attachments()).extracting(Attachment::sha256)
                .containsExactly(attached.sha256());
        assertThat(stored).exists();
    }

    @Test
    void aFileThatIsNotAPdfOrImageIsRefusedWithAMessage() throws Exception {
        model.selectedHitProperty().set(model.hits().get(0));
        Path text = dir.resolve("notes.docx");
        Files.writeString(text, "x");
        model.attach(text);
        assertThat(status.textProperty().get()).startsWith("notes.docx is not a PDF or an image.");
        assertThat(model.itemProperty().get().attachments()).isEmpty();
    }

    // ---- issue 15 item 19: a message about a state goes when the state ends --------------------

    @Test
    void theFixTheFieldsMessageGoesOnceTheMarkedFieldsAreFixed() {
        model.newItem();
        model.form().kindProperty().set(LibraryKind.LINK);
        model.form().urlProperty().set("not a web address");
        assertThat(model.save()).isFalse();
        assertThat(status.textProperty().get()).isEqualTo("Fix the marked fields, then save again.");

        model.form().titleProperty().set("Price list");
        assertThat(status.textProperty().get()).as("the address is still marked")
                .isEqualTo("Fix the marked fields, then save again.");
        model.form().urlProperty().set("https://example.com/prices");
        assertThat(status.textProperty().get()).isEmpty();
    }

    @Test
    void theFixTheFieldsMessageGoesWhenTheEditorIsLeft() {
        model.newItem();
        assertThat(model.save()).isFalse();
        assertThat(status.textProperty().get()).isEqualTo("Fix the marked fields, then save again.");
        model.cancelEdit();
        assertThat(status.textProperty().get()).isEmpty();
    }

    // ---- issue 18 (polish): Escape, Cancel and Edit ask before typed changes are dropped ---------

    @Test
    void leavingTheEditorAsksOnlyWhenSomethingWasTyped() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<dk.netdesk.ui.LeaveChoice> answer =
                new java.util.concurrent.atomic.AtomicReference<>(dk.netdesk.ui.LeaveChoice.CANCEL);
        model.setAskToLeave(() -> {
            asked.incrementAndGet();
            return answer.get();
        });
        model.newItem();
        assertThat(model.leaveEditor()).as("nothing typed: closes without asking").isTrue();
        assertThat(asked.get()).isZero();
        assertThat(model.editingProperty().get()).isFalse();

        model.newItem();
        model.form().titleProperty().set("Escape question");
        assertThat(model.leaveEditor()).as("Cancel stays").isFalse();
        assertThat(asked.get()).isEqualTo(1);
        assertThat(model.editingProperty().get()).isTrue();
        assertThat(model.form().titleProperty().get()).isEqualTo("Escape question");

        answer.set(dk.netdesk.ui.LeaveChoice.DISCARD);
        assertThat(model.leaveEditor()).isTrue();
        assertThat(model.editingProperty().get()).isFalse();
        model.queryProperty().set("escape question");
        assertThat(titles()).as("Discard saves nothing").isEmpty();

        model.newItem();
        model.form().titleProperty().set("Escape question");
        answer.set(dk.netdesk.ui.LeaveChoice.SAVE);
        assertThat(model.leaveEditor()).isTrue();
        assertThat(model.editingProperty().get()).isFalse();
        assertThat(titles()).as("Save saves").containsExactly("Escape question");

        // Edit over typed text of another item: Cancel opens nothing, the typed text stays
        model.newItem();
        model.form().titleProperty().set("Half typed");
        answer.set(dk.netdesk.ui.LeaveChoice.CANCEL);
        assertThat(model.itemProperty().get()).as("the saved item is shown, so Edit has one to open").isNotNull();
        model.edit();
        assertThat(model.form().editing()).as("still the new item").isEmpty();
        assertThat(model.form().titleProperty().get()).isEqualTo("Half typed");
    }

    @Test
    void theDeletedMessageOffersCtrlZOnlyWhileItsDeleteIsTheNextUndo() {
        model.queryProperty().set("quokka catalogue");
        LibraryItem shown = repository.find(model.hits().get(0).id()).orElseThrow();
        model.delete(shown);
        assertThat(status.textProperty().get()).isEqualTo("Deleted \u201c" + shown.title() + "\u201d. Ctrl+Z brings it back.");

        undo.done(UndoManager.Command.of(() -> "something else", () -> { }, () -> { }));
        assertThat(status.textProperty().get()).as("Ctrl+Z now undoes something else").isEmpty();
    }

    @Test
    void theRemovedAttachmentMessageGoesWhenTheHistoryIsCleared() throws Exception {
        model.selectedHitProperty().set(model.hits().get(0));
        Path pdf = dir.resolve("order.pdf");
        LibraryRepositoryTest.writePdf(pdf, "Order form");
        model.attach(pdf);
        model.removeAttachment(model.itemProperty().get().attachments().get(0));
        assertThat(status.textProperty().get()).isEqualTo("Removed order.pdf. Ctrl+Z puts it back.");

        undo.clear();
        assertThat(status.textProperty().get()).as("nothing left to undo").isEmpty();
    }

    @Test
    void linksOpenThroughTheOpenerAndSayWhenNoProgramCould() {
        List<String> opened = new ArrayList<>();
        model.setOpener((uri, onFailure) -> {
            opened.add(uri);
            onFailure.accept(new java.io.IOException("xdg-open: no method available for opening"));
        });
        model.openAddress("https://example.com/quokka");
        assertThat(opened).containsExactly("https://example.com/quokka");
        assertThat(status.textProperty().get()).isEqualTo("No program could open https://example.com/quokka."
                + " Copy the address into your browser or mail program.");
    }

    /**
     * Link destinations of issue 17 that must never reach the system opener: files and programs, script
     * and data schemes, relative and Windows paths, and schemes written to slip past a plain check.
     */
    static final List<String> NEVER_OPENED = List.of(
            "file:///usr/bin/xterm",
            "file:///C:/Users/Public/Downloads/opdatering.exe",
            "javascript:alert(1)",
            "../../../../bin/sh",
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            " JaVaScRiPt:alert(1)",
            "java%73cript:alert(1)",
            "jav\tascript:alert(1)",
            "C:\\Windows\\System32\\cmd.exe",
            "\\\\server\\share\\run.exe",
            "//evil.example/run",
            "/usr/bin/xterm",
            "smb://server/share/run.exe",
            "ms-msdt:/id PCWDiagnostic",
            "search-ms:query=x",
            "https:///etc/passwd",
            "mailto:anna@example.com?attach=/home/anna/.ssh/id_rsa",
            "");

    @Test
    void onlyWebAndMailAddressesReachTheOpenerAndTheRestIsSaidNotOpened() {
        List<String> opened = new ArrayList<>();
        model.setOpener((uri, onFailure) -> opened.add(uri));
        for (String destination : NEVER_OPENED) {
            model.openAddress(destination);
            assertThat(opened).as("handed to the opener: %s", destination).isEmpty();
            assertThat(status.textProperty().get()).as("said for %s", destination)
                    .contains(" is not opened.");
        }
        assertThat(status.textProperty().get()).isEqualTo("This link has no address and is not opened.");
        model.openAddress("javascript:alert(1)");
        assertThat(status.textProperty().get()).isEqualTo("This link leads to javascript:alert(1) and is not opened."
                + " Netdesk opens only web and mail addresses.");

        model.openAddress("https://example.com/quokka?a=1&b=2#top");
        model.openAddress("http://example.com/");
        model.openAddress("mailto:anna@example.com?subject=Quokka");
        model.openAddress(" HTTPS://Example.com/Quokka ");
        assertThat(opened).containsExactly("https://example.com/quokka?a=1&b=2#top", "http://example.com/",
                "mailto:anna@example.com?subject=Quokka", "https://Example.com/Quokka");
    }

    @Test
    void aLinkItemTakesOnlyAnAddressThatOpens() {
        model.newItem();
        model.form().titleProperty().set("Quokka shop");
        model.form().kindProperty().set(LibraryKind.LINK);
        for (String address : List.of("file:///usr/bin/xterm", " JaVaScRiPt:alert(1)", "https:///etc/passwd",
                "https:example.com", "../../../../bin/sh")) {
            model.form().urlProperty().set(address);
            assertThat(model.save()).as(address).isFalse();
            assertThat(model.form().urlErrorProperty().get()).isEqualTo("library.error.url");
        }
        model.form().urlProperty().set("https://example.com/shop");
        assertThat(model.save()).isTrue();
    }

    @Test
    void copyMakesOnlyWebAndMailLinksLiveAndTheRestPlainText() {
        model.newItem();
        model.form().titleProperty().set("Quokka offer");
        model.form().bodyProperty().set("[Bestil her](javascript:alert(1)) og <javascript:alert(1)> og"
                + " [Se tilbuddet](data:text/html,<script>alert(1)</script>) og [Åbn](vbscript:msgbox(1)) og"
                + " [Kør](file:///usr/bin/xterm) og [Skal](../../../../bin/sh) og [Navn](&#106;avascript:alert(1)) og"
                + " [Butik](https://example.com/shop) og [Skriv](mailto:anna@example.com)\n\n"
                + "<a href=\"javascript:alert(2)\">rå</a>\n\n![billede](javascript:alert(3)) ![logo](https://example.com/logo.png)");
        assertThat(model.save()).isTrue();
        CopyText text = model.copyText().orElseThrow();

        List<String> live = new ArrayList<>();
        java.util.regex.Matcher attribute = java.util.regex.Pattern.compile("(?i)\\b(href|src)\\s*=\\s*\"([^\"]*)\"")
                .matcher(text.html());
        while (attribute.find()) {
            live.add(attribute.group(2));
        }
        assertThat(live).containsExactly("https://example.com/shop", "mailto:anna@example.com",
                "https://example.com/logo.png");
        assertThat(text.html()).contains("Bestil her", "Se tilbuddet", "Åbn", "Kør", "Skal", "Navn", "billede")
                .contains("&lt;a href=&quot;javascript:alert(2)&quot;&gt;rå&lt;/a&gt;")
                .doesNotContain("<script>");
        assertThat(text.plain()).contains("Bestil her", "Se tilbuddet", "Kør")
                .doesNotContain("(javascript:", "(data:", "(vbscript:", "(file:", "(../");
    }

    @Test
    void copiedPlainTextGivesALinksLabelAndAddressWithoutStraightQuotes() {
        assertThat(Markdown.plainText("Se [vores shop](https://example.com/shop), skriv til [anna@example.com](mailto:anna@example.com)"
                + " eller <https://example.com>."))
                .isEqualTo("Se vores shop (https://example.com/shop), skriv til anna@example.com eller https://example.com.");
    }
}
