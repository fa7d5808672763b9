package dk.netdesk.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The board as the contacts import needs it: where new contacts go and the consent log. Owned here and
 * answered by the pipeline through the composition root, so that this package does not use the pipeline.
 * Every method runs on the database thread, joins the caller's transaction and publishes nothing.
 */
public interface ImportBoard {

    /** A stage a new contact can be put in. */
    record BoardStage(long id, String name) {
    }

    /** The board's stages from left to right; empty before the board is set up. */
    List<BoardStage> stages();

    /**
     * Puts new contacts (on no stage yet) at the end of a stage in the order given, each with a
     * stage-history row.
     *
     * @throws IllegalStateException when the stage does not exist
     */
    void placeAtEnd(List<Long> contactIds, long stageId);

    /** Adds a "consent given" entry on {@code date} with this channel and wording to each contact's log. */
    void consentGiven(List<Long> contactIds, LocalDate date, String channel, String wording);

    /** Takes contacts off the board before they are deleted; the cards left close up. */
    void leave(Collection<Long> contactIds);
}
