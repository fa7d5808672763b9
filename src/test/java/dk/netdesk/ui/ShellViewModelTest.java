package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path dir;

    @Test
    void languageThemeNameAndWindowAreRememberedAcrossRestarts() throws Exception {
        try (Database db = Database.open(dir)) {
            ShellViewModel model = model(db);
            model.loadAtStart(Locale.ENGLISH);
            assertThat(model.bounds()).isEqualTo(ShellViewModel.Bounds.DEFAULT);
            model.setLanguage(new Locale("da", "DK"));
            model.setTheme(Theme.DARK);
            model.setOwnerName("  Mette Holm ");
            model.saveBounds(new ShellViewModel.Bounds(50, 60, 1024, 700, false));
        }
        try (Database db = Database.open(dir)) {
            ShellViewModel model = model(db);
            model.loadAtStart(Locale.ENGLISH);
            assertThat(model.messages().getLocale().getLanguage()).isEqualTo("da");
            assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
            assertThat(model.ownerNameProperty().get()).isEqualTo("Mette Holm");
            assertThat(model.bounds()).isEqualTo(new ShellViewModel.Bounds(50, 60, 1024, 700, false));
        }
    }

    @Test
    void aNameWithAControlCharacterBrokenTextOrTooLongIsRefusedAndNotStored() throws Exception {
        try (Database db = Database.open(dir)) {
            ShellViewModel model = model(db);
            model.loadAtStart(Locale.ENGLISH);
            assertThat(model.setOwnerName("Mette Holm")).isTrue();
            assertThat(model.ownerNameProblem("Mette\u0000Holm")).isEqualTo(TypedText.CONTROL);
            assertThat(model.setOwnerName("Mette\u0000Holm")).isFalse();
            assertThat(model.ownerNameProblem("Mette \uD83D")).isEqualTo(TypedText.BROKEN);
            assertThat(model.setOwnerName("Mette \uD83D")).isFalse();
            String tooLong = "M".repeat(TextLimits.NAME + 1);
            assertThat(model.ownerNameProblem(tooLong)).isEqualTo(ShellViewModel.OWNER_NAME_TOO_LONG);
            assertThat(model.setOwnerName(tooLong)).isFalse();
            assertThat(model.messages().format(ShellViewModel.OWNER_NAME_TOO_LONG, TextLimits.NAME)).contains("200");
            assertThat(model.ownerNameProperty().get()).isEqualTo("Mette Holm");
            assertThat(new Settings(db, new Changes()).get(ShellViewModel.OWNER_NAME, "")).isEqualTo("Mette Holm");

            assertThat(model.setOwnerName("Rene\u0301 \uD83D\uDE00")).isTrue();
            assertThat(new Settings(db, new Changes()).get(ShellViewModel.OWNER_NAME, "")).isEqualTo("Ren\u00e9 \uD83D\uDE00");
        }
    }

    @Test
    void firstStartFollowsTheSystemLanguage() throws Exception {
        try (Database db = Database.open(dir)) {
            ShellViewModel model = model(db);
            model.loadAtStart(new Locale("da", "DK"));
            assertThat(model.messages().get("menu.file")).isEqualTo("_Filer");
        }
    }

    @Test
    void damagedOrTinyBoundsFallBackToTheDefault() {
        assertThat(ShellViewModel.parseBounds("garbage")).isEqualTo(ShellViewModel.Bounds.DEFAULT);
        assertThat(ShellViewModel.parseBounds("1;2;100;50;false")).isEqualTo(ShellViewModel.Bounds.DEFAULT);
        assertThat(ShellViewModel.parseBounds("1;2;x;600;false")).isEqualTo(ShellViewModel.Bounds.DEFAULT);
    }

    private static ShellViewModel model(Database db) {
        return new ShellViewModel(new Settings(db, new Changes()), Background.direct(),
                new Messages(Locale.ENGLISH, Bundles.ALL));
    }
}
