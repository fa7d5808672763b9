package dk.netdesk.app;

import dk.netdesk.exchange.ImportBoard;
import dk.netdesk.pipeline.PipelineRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The board as the contacts import sees it ({@link ImportBoard}), answered by the pipeline's repository.
 * Every method joins the caller's transaction and publishes nothing; the import publishes once.
 */
public final class BoardForImport implements ImportBoard {

    private final PipelineRepository pipeline;

    private final dk.netdesk.ui.Messages messages;

    /** The board's stages with their stored names. */
    public BoardForImport(PipelineRepository pipeline) {
        this(pipeline, null);
    }

    /** The board's stages, named as the UI shows them ({@code messages}: default stages in the UI language). */
    public BoardForImport(PipelineRepository pipeline, dk.netdesk.ui.Messages messages) {
        this.messages = messages;
        this.pipeline = pipeline;
    }

    @Override
    public List<BoardStage> stages() {
        return pipeline.stages().stream().map(s -> new BoardStage(s.id(), messages == null ? s.name() : s.name(messages))).toList();
    }

    @Override
    public void placeAtEnd(List<Long> contactIds, long stageId) {
        pipeline.placeAllAtEnd(contactIds, stageId);
    }

    @Override
    public void consentGiven(List<Long> contactIds, LocalDate date, String channel, String wording) {
        pipeline.addConsents(contactIds, date, channel, wording, true);
    }

    @Override
    public void leave(Collection<Long> contactIds) {
        pipeline.leaveBoard(contactIds);
    }
}
