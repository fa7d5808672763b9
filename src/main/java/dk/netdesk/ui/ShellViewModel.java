package dk.netdesk.ui;

import dk.netdesk.db.Settings;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's remembered state: language, theme and bounds. Read once at start
 * (before the window exists), written through {@link Background} as they change.
 */
public final class ShellViewModel {

    /** Window bounds; NaN position means "let the system place it". */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
        public static final Bounds DEFAULT = new Bounds(Double.NaN, Double.NaN, 1200, 800, false);
    }

    static final String LANGUAGE = "app.language";
    static final String THEME = "app.theme";
    static final String WINDOW = "app.window";
    /** The user's own name, printed on the weekly schedule. */
    public static final String OWNER_NAME = "app.ownerName";
    /** Message key: the typed name is longer than {@link TextLimits#NAME} characters (one number argument). */
    public static final String OWNER_NAME_TOO_LONG = "settings.ownerName.tooLong";

    private final Settings settings;
    private final Background background;
    private final Messages messages;
    private final BackupViewModel backups;
    private final StatusLine status;
    private String screen;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final StringProperty ownerName = new SimpleStringProperty("");
    private Bounds bounds = Bounds.DEFAULT;

    /** Without the backup commands: Settings then shows no backup rows (tests of the window's state). */
    public ShellViewModel(Settings settings, Background background, Messages messages) {
        this(settings, background, messages, null);
    }

    /** @param backups the backup part of Settings ("Back up now", the folder, "Restore…") */
    public ShellViewModel(Settings settings, Background background, Messages messages, BackupViewModel backups) {
        this(settings, background, messages, backups, new StatusLine());
    }

    /**
     * @param backups the backup part of Settings, or null
     * @param status  the window's status line: a confirmation on it goes when the user goes to another screen
     *                ({@link #screenShown})
     */
    public ShellViewModel(Settings settings, Background background, Messages messages, BackupViewModel backups,
                          StatusLine status) {
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        this.backups = backups;
        this.status = status;
    }

    /**
     * The window now shows the screen {@code areaId} ("today", "pipeline", …). When it is another screen than
     * before, a confirmation on the status line ("Balance settings saved.") goes: it was about the screen left.
     * Refusals and failures stay ({@link StatusLine#screenChanged}).
     */
    public void screenShown(String areaId) {
        if (screen != null && !screen.equals(areaId)) {
            status.screenChanged();
        }
        screen = areaId;
    }

    /** The status line this window shows. */
    public StatusLine status() {
        return status;
    }

    /** The backup part of Settings, or null when this window has none. */
    public BackupViewModel backups() {
        return backups;
    }

    /** Reads the saved state; runs on the calling thread, before the UI starts. */
    public void loadAtStart(Locale systemLocale) {
        messages.setLocale(settings.get(LANGUAGE).map(Locale::forLanguageTag).orElse(systemLocale));
        theme.set(Theme.parse(settings.get(THEME, "LIGHT")));
        bounds = parseBounds(settings.get(WINDOW, ""));
        ownerName.set(settings.get(OWNER_NAME, ""));
    }

    /**
     * Stores the user's name (NFC, stripped; null counts as ""), unless {@link #ownerNameProblem} refuses it:
     * then nothing is stored and false is returned.
     */
    public boolean setOwnerName(String name) {
        if (ownerNameProblem(name) != null) {
            return false;
        }
        String value = TypedText.line(name);
        ownerName.set(value);
        background.run(() -> settings.put(OWNER_NAME, value), () -> { });
        return true;
    }

    /**
     * What is wrong with a typed name, as a message key: {@link TypedText#CONTROL}, {@link TypedText#BROKEN},
     * or {@link #OWNER_NAME_TOO_LONG} (over {@link TextLimits#NAME} characters); null when it can be stored.
     */
    public String ownerNameProblem(String name) {
        String typed = TypedText.problem(name, false);
        if (typed != null) {
            return typed;
        }
        return TextLimits.tooLong(name, TextLimits.NAME) ? OWNER_NAME_TOO_LONG : null;
    }

    public ReadOnlyStringProperty ownerNameProperty() {
        return ownerName;
    }

    public void setLanguage(Locale locale) {
        messages.setLocale(locale);
        String tag = messages.getLocale().toLanguageTag();
        background.run(() -> settings.put(LANGUAGE, tag), () -> { });
    }

    public void setTheme(Theme value) {
        theme.set(value);
        background.run(() -> settings.put(THEME, value.name()), () -> { });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Messages messages() {
        return messages;
    }

    public Bounds bounds() {
        return bounds;
    }

    public void saveBounds(Bounds value) {
        bounds = value;
        String text = value.x() + ";" + value.y() + ";" + value.width() + ";" + value.height() + ";" + value.maximized();
        // Not asked for by the user: a failure (a full disk) goes to the log only.
        background.run(() -> settings.put(WINDOW, text), () -> { },
                e -> ErrorReporter.logQuietly("saving the window size", e));
    }

    static Bounds parseBounds(String text) {
        String[] parts = text.split(";");
        if (parts.length != 5) {
            return Bounds.DEFAULT;
        }
        try {
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            if (width < 400 || height < 300) {
                return Bounds.DEFAULT;
            }
            return new Bounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), width, height,
                    Boolean.parseBoolean(parts[4]));
        } catch (NumberFormatException e) {
            return Bounds.DEFAULT;
        }
    }
}
