package dk.netdesk.pipeline;

/** Why a contact is in the retention review, in the order the review names them. */
public enum RetentionReason {
    /** Their newest consent-log entry refuses or withdraws consent. */
    DECLINED,
    /** They sit in a stage of kind {@link StageKind#PARKED} (the default "Not now", or one the user made). */
    PARKED,
    /** They are marked do-not-contact. */
    DO_NOT_CONTACT,
    /** No interaction, no stage move and no creation within the review period. */
    INACTIVE;

    /** The message key of the reason's name. */
    public String key() {
        return "retention.reason." + name();
    }
}
