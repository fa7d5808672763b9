package dk.netdesk.archfixture.features.app;

import dk.netdesk.archfixture.features.calendar.Agenda;
import dk.netdesk.archfixture.features.library.Note;
import dk.netdesk.archfixture.features.pipeline.Board;
import dk.netdesk.archfixture.features.print.Sheet;
import java.time.Clock;

/** The fixture's composition root: it may use every feature, and it picks the system clock. */
public class Root {
    private final Clock clock = Clock.systemDefaultZone();
    private final Board board = new Board();
    Agenda agenda;
    Note note;
    Sheet sheet;

    /** The pipeline's board. */
    public Board pipeline() {
        return board;
    }

    /** The clock every feature is given. */
    public Clock clock() {
        return clock;
    }
}
