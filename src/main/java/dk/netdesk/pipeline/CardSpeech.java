package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import java.util.Arrays;

/**
 * What a screen reader says for a card on the board or a row of Today's list (issue 18, item 10): the person's
 * name, their stage and their next step, e.g. "Mette Sørensen, Contacted, Follow up today", in the UI language
 * (the parts joined by the bundle key {@code pipeline.card.spoken.join}). Plain text, no nodes.
 */
final class CardSpeech {

    private CardSpeech() {
    }

    /**
     * The spoken text: {@code parts} (shown texts, already in the UI language: name, stage, the card's follow-up
     * or do-not-contact line, the days in the stage) in order; null and blank parts are left out. Empty for none.
     */
    static String card(Messages messages, String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .reduce((a, b) -> messages.format("pipeline.card.spoken.join", a, b)).orElse("");
    }
}
