package dk.netdesk.app;

import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.contacts.ContactsView;
import dk.netdesk.contacts.ContactsViewModel;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.ui.Area;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ShellViewModel;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.time.Clock;
import java.util.List;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The composition root: builds every repository, service and view-model through its
 * constructor. Nothing else calls {@code new} on a repository.
 */
public final class AppContext {

    /** One resource bundle per package with visible text. */
    public static final List<String> BUNDLES = List.of(
            "dk.netdesk.ui.messages",
            "dk.netdesk.contacts.messages",
            "dk.netdesk.print.messages");

    private final Database database;
    private final Messages messages;
    private final Background background;
    private final Changes changes = new Changes();
    private final UndoManager undo = new UndoManager();
    private final StatusLine status = new StatusLine();
    private final Settings settings;
    private final ShellViewModel shell;
    private final ContactsViewModel contacts;

    public AppContext(Database database, Background background, Messages messages, Clock clock) {
        this.database = database;
        this.background = background;
        this.messages = messages;
        this.settings = new Settings(database, changes);
        this.shell = new ShellViewModel(settings, background, messages);
        ContactRepository contactRepository = new ContactRepository(database, changes, clock);
        this.contacts = new ContactsViewModel(contactRepository, changes, background, undo, status, messages);
    }

    /** The areas in navigation order; each view is built when first shown. */
    public List<Area> areas() {
        return List.of(
                new Area("contacts", "nav.contacts", Material2OutlinedAL.CONTACTS,
                        () -> new ContactsView(contacts, messages).build()));
    }

    /** Loads what the first screen shows; runs through the background executor. */
    public void startLoading() {
        contacts.load();
    }

    public Database database() {
        return database;
    }

    public Messages messages() {
        return messages;
    }

    public Background background() {
        return background;
    }

    public UndoManager undo() {
        return undo;
    }

    public StatusLine status() {
        return status;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public ContactsViewModel contacts() {
        return contacts;
    }
}
