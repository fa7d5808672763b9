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
    void firstStartFollowsTheSystemLanguage() throws Exception {
        try (Database db = Database.open(dir)) {
            ShellViewModel model = model(db);
            model.loadAtStart(new Locale("da", "DK"));
            assertThat(model.messages().get("menu.file")).isEqualTo("Filer");
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
