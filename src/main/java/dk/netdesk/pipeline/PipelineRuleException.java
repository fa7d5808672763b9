package dk.netdesk.pipeline;

/**
 * A pipeline rule refused a change (nothing was written). {@link #key()} is the message key
 * that explains why to the user.
 */
public final class PipelineRuleException extends RuntimeException {

    private final String key;

    public PipelineRuleException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
