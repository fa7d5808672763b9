package dk.netdesk.archfixture.views;

import dk.netdesk.db.Database;

/** A main window that reaches into the database on purpose: Shell is a view. */
public class Shell {
    Object folder(Database database) {
        return database.dataDir();
    }
}
