package dk.netdesk.pipeline;

import java.time.LocalDate;

/** A contact's place in the pipeline as its details panel shows it. */
public record ContactStatus(String stageName, LocalDate nextFollowUp, boolean doNotContact, String doNotContactReason,
                            Long stageId) {
}
