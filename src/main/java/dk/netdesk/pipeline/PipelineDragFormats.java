package dk.netdesk.pipeline;

import javafx.scene.input.DataFormat;

/** The drag-and-drop formats of the board: a dragged card carries only its contact id. */
public final class PipelineDragFormats {

    public static final DataFormat CONTACT_ID = new DataFormat("application/x-netdesk-contact-id");

    private PipelineDragFormats() {
    }
}
