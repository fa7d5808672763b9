package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.ui.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Undo descriptions read as a sentence after "Undo"/"Fortryd" in the Edit menu and after "Undone:"/"Fortrudt:". */
class UndoWordingTest {

    private static String menu(Messages messages, String key, Object... args) {
        // as the menu shows it: without the mnemonic's marker ("_Undo {0}")
        return messages.format("menu.undoWhat", messages.format(key, args)).replaceFirst("_", "");
    }

    private static String undone(Messages messages, String key, Object... args) {
        return messages.format("status.undone", messages.format(key, args));
    }

    @Test
    void danishReadsAsANounAfterFortryd() {
        Messages da = new Messages(new Locale("da"), Bundles.ALL);
        assertThat(menu(da, "calendar.undo.balance")).isEqualTo("Fortryd ændring af balanceindstillinger");
        assertThat(undone(da, "calendar.undo.balance")).isEqualTo("Fortrudt: ændring af balanceindstillinger.");
        assertThat(menu(da, "calendar.undo.edit", "Kundemøde")).isEqualTo("Fortryd ændring af „Kundemøde“");
        assertThat(menu(da, "contact.undo.create", "Bo Nielsen")).isEqualTo("Fortryd oprettelse af Bo Nielsen");
        assertThat(undone(da, "library.undo.delete", "Katalog")).isEqualTo("Fortrudt: sletning af \u201eKatalog\u201c.");
        assertThat(menu(da, "merge.undo", "Bo", "Bo Nielsen")).isEqualTo("Fortryd fletning af Bo ind i Bo Nielsen");
    }

    @Test
    void englishReadsAsANounAfterUndo() {
        Messages en = new Messages(Locale.ENGLISH, Bundles.ALL);
        assertThat(menu(en, "calendar.undo.balance")).isEqualTo("Undo change to the balance settings");
        assertThat(undone(en, "calendar.undo.balance")).isEqualTo("Undone: change to the balance settings.");
        assertThat(menu(en, "contact.undo.delete", "Bo Nielsen")).isEqualTo("Undo deletion of Bo Nielsen");
        assertThat(undone(en, "merge.undo.dismiss", "Bo", "Bent")).isEqualTo("Undone: marking Bo and Bent as not duplicates.");
    }
}
