package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;

/**
 * What a screen reader says for a card on the board or a row of Today's list (issue 18, item 10): the person's
 * name, their stage and their next step, e.g. "Mette Sørensen, Contacted, Follow up today", in the UI language
 * (bundle keys {@code pipeline.card.spoken} and {@code pipeline.card.spoken.more}). Plain text, no nodes.
 */
final class CardSpeech {

    private CardSpeech() {
    }

    /**
     * The spoken text. {@code name}, {@code stage} and {@code next} are shown texts (the stage already in the UI
     * language, {@code next} the card's follow-up or do-not-contact line); {@code more} is one more part read
     * last (the days in the stage), or null or blank for none. Blank parts are left out with their comma.
     */
    static String card(Messages messages, String name, String stage, String next, String more) {
        String text = messages.format("pipeline.card.spoken", blankless(name), blankless(stage), blankless(next));
        text = text.replace(", , ", ", ").replaceAll("(, )+$", "");
        return more == null || more.isBlank() ? text : messages.format("pipeline.card.spoken.more", text, more);
    }

    private static String blankless(String part) {
        return part == null ? "" : part.strip();
    }
}
