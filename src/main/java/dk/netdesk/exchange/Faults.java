package dk.netdesk.exchange;

import dk.netdesk.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything wrong with one record, said on one line for its {@link RejectedRecord}: one fault in its own full
 * sentence ("“x” is not an email address. Correct it in the file and import it again."); several as their brief
 * sentences one after the other, then once "Correct the row in the file and import it again."
 */
final class Faults {

    private final Messages messages;
    private final List<String> full = new ArrayList<>();
    private final List<String> brief = new ArrayList<>();

    Faults(Messages messages) {
        this.messages = messages;
    }

    /** A fault whose sentence says nothing about what to do (the same text alone or among others). */
    void add(String sentence) {
        add(sentence, sentence);
    }

    /**
     * A fault.
     *
     * @param alone  its sentence when it is the only one (may say what to do)
     * @param among  its sentence among others (says only what is wrong)
     */
    void add(String alone, String among) {
        if (!brief.contains(among)) {
            full.add(alone);
            brief.add(among);
        }
    }

    /** A fault the file can fix: alone, its sentence is followed by "Correct the row in the file and import it again." */
    void addFixable(String sentence) {
        add(sentence + " " + messages.get("exchange.import.fixRow"), sentence);
    }

    boolean isEmpty() {
        return full.isEmpty();
    }

    /** The line: "" when nothing is wrong. */
    String text() {
        if (full.size() <= 1) {
            return full.isEmpty() ? "" : full.get(0);
        }
        return String.join(" ", brief) + " " + messages.get("exchange.import.fixRow");
    }
}
