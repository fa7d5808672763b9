package dk.netdesk.exchange;

import dk.netdesk.ui.Messages;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A vCard file (2.1, 3.0 or 4.0, several cards) read card by card. The text is first cut at every
 * {@code BEGIN:VCARD} line (folded continuation lines never start a card), so that each card's
 * first line is known and one broken card does not take its neighbours with it; each piece is then
 * parsed by ez-vcard, which unfolds lines and decodes quoted-printable (with its CHARSET), escapes
 * and the version's types.
 */
final class VcardFile {

    /** One card's text and where it starts. */
    record Piece(int line, int record, String text, boolean ended) {
    }

    private VcardFile() {
    }

    /** The cards of {@code text}, with their 1-based first lines and numbers; empty if there is no BEGIN:VCARD line. */
    static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int start = -1;
        StringBuilder card = new StringBuilder();
        boolean ended = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            String trimmed = line.strip().toUpperCase(Locale.ROOT);
            if (!continuation && trimmed.equals("BEGIN:VCARD")) {
                if (start >= 0) {
                    pieces.add(new Piece(start + 1, pieces.size() + 1, card.toString(), ended));
                }
                start = i;
                card.setLength(0);
                ended = false;
            }
            if (start >= 0) {
                card.append(line).append("\r\n");
                if (!continuation && trimmed.equals("END:VCARD")) {
                    ended = true;
                }
            }
        }
        if (start >= 0) {
            pieces.add(new Piece(start + 1, pieces.size() + 1, card.toString(), ended));
        }
        return pieces;
    }

    /**
     * What a card that cannot be read is shown by: the value of its first FN line, else of its first EMAIL or TEL
     * line, as written (escapes undone, folded lines joined), cut to 40 characters; "" when it has none.
     */
    static String rawName(String text) {
        String[] lines = text.replaceAll("\r\n[ \t]|\n[ \t]", "").split("\r\n|\r|\n");
        for (String property : List.of("FN", "EMAIL", "TEL")) {
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                // "item1.EMAIL;TYPE=INTERNET:" is an EMAIL line too.
                String name = line.substring(0, colon).split(";", 2)[0];
                name = name.substring(name.lastIndexOf('.') + 1).strip().toUpperCase(Locale.ROOT);
                if (name.equals(property)) {
                    String value = line.substring(colon + 1).replace("\\,", ",").replace("\\;", ";").strip();
                    if (!value.isEmpty()) {
                        return ContactDraft.shorten(value);
                    }
                }
            }
        }
        return "";
    }

    /**
     * One card as the preview shows it.
     *
     * @param outcome  the contact, or why it is left out
     * @param birthday the birthday as read, in the UI language ("17 May 1990", "12 April" without a year), or ""
     */
    record Read(Outcome outcome, String birthday) {
    }

    /** Reads one piece: the contact, or why it is left out. */
    static Outcome read(Piece piece, boolean last, Messages messages, LocalDate today) {
        return readShown(piece, last, messages, today).outcome();
    }

    /** Reads one piece for the preview: the contact or why it is left out, and how its birthday was read. */
    static Read readShown(Piece piece, boolean last, Messages messages, LocalDate today) {
        if (!piece.ended()) {
            String reason = messages.get(last ? "exchange.import.vcard.truncated" : "exchange.import.vcard.noEnd");
            return new Read(Outcome.rejected(new RejectedRecord(piece.line(), piece.record(), reason,
                    rawName(piece.text()))), "");
        }
        if (TextFile.unreadable(piece.text())) {
            // Bytes that could not be read in the file's encoding: left out, not imported garbled (TextFile).
            return new Read(Outcome.rejected(new RejectedRecord(piece.line(), piece.record(),
                    messages.get("exchange.import.vcard.damagedText"), rawName(piece.text()))), "");
        }
        try {
            VCard card;
            try (VCardReader reader = new VCardReader(piece.text())) {
                card = reader.readNext();
            }
            if (card != null) {
                ContactDraft draft = CardMapping.draft(card, messages);
                return new Read(draft.finish(piece.line(), piece.record(), today), draft.shownBirthday());
            }
        } catch (IOException | RuntimeException | StackOverflowError broken) {
            // ez-vcard failing on a card (while reading it or when its values are asked) is bad input: the card
            // is left out with a reason, and the other cards are read (decision 0038).
        }
        return new Read(Outcome.rejected(new RejectedRecord(piece.line(), piece.record(),
                messages.get("exchange.import.vcard.unreadable"), rawName(piece.text()))), "");
    }
}
