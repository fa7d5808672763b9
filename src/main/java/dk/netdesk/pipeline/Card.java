package dk.netdesk.pipeline;

import dk.netdesk.contacts.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contact as the board shows it. {@code searchText} is the lower-cased name, phones, emails
 * and notes the search filter looks in; each phone also in its digit forms ({@link
 * dk.netdesk.contacts.PhoneNumbers#searchKeys}), so a number typed in another format finds it.
 * {@code position} is the card's 0-based index in its column; the stored sort key
 * ({@code contact.stage_position}) is sparse (decision 0032).
 */
public record Card(long contactId, String name, long stageId, int position, LocalDate nextFollowUp,
                   Instant stageEnteredAt, Instant lastTouchedAt, boolean doNotContact, String doNotContactReason,
                   Source source, List<String> tags, String searchText) {

    public Card {
        tags = List.copyOf(tags);
    }

    /** The same card in another place on the board. */
    public Card placed(long newStageId, int newPosition, Instant enteredAt, Instant touchedAt) {
        return new Card(contactId, name, newStageId, newPosition, nextFollowUp, enteredAt, touchedAt,
                doNotContact, doNotContactReason, source, tags, searchText);
    }
}
