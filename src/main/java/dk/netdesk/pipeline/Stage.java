package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;

/**
 * One column of the board. Positions are dense, 0 for the leftmost column. {@code name} is the stored
 * name; {@code defaultKey} is the message key of a default stage the user never renamed (else null).
 */
public record Stage(long id, String name, StageKind kind, int position, int staleDays, String defaultKey) {

    /** A stage with no default key. */
    public Stage(long id, String name, StageKind kind, int position, int staleDays) {
        this(id, name, kind, position, staleDays, null);
    }

    /** The name to show: a default stage's name in the UI language, else the name the user gave. */
    public String name(Messages messages) {
        return shown(name, defaultKey, messages);
    }

    /**
     * A stage name to show: the text of {@code defaultKey} in the UI language when there is one (and
     * {@code messages} knows it), else {@code stored}.
     */
    public static String shown(String stored, String defaultKey, Messages messages) {
        return defaultKey != null && messages.has(defaultKey) ? messages.get(defaultKey) : stored;
    }
}
