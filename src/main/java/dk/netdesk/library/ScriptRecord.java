package dk.netdesk.library;

/** How often a script was used, by outcome. */
public record ScriptRecord(int worked, int neutral, int didNotWork) {

    public static final ScriptRecord NONE = new ScriptRecord(0, 0, 0);

    public int total() {
        return worked + neutral + didNotWork;
    }
}
