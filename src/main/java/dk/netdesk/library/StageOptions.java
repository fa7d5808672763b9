package dk.netdesk.library;

import java.util.List;

/** The pipeline's stages, for linking scripts; wired to the pipeline by the composition root. */
@FunctionalInterface
public interface StageOptions {

    List<StageOption> stages();

    static StageOptions none() {
        return List::of;
    }
}
