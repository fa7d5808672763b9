package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 18, item 10: a card reads its content, in the UI language, without empty parts. */
class CardSpeechTest {

    @Test
    void aCardReadsNameStageAndNextStep() {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        assertThat(CardSpeech.card(messages, "Mette Sørensen", "Contacted", messages.get("pipeline.card.today")))
                .isEqualTo("Mette Sørensen, Contacted, Follow up today");
    }

    @Test
    void inDanishAndWithoutBlankParts() {
        Messages messages = new Messages(new Locale("da"), Bundles.ALL);
        assertThat(CardSpeech.card(messages, "Mette Sørensen", "", messages.get("pipeline.card.today"), null))
                .isEqualTo("Mette Sørensen, Følg op i dag");
    }
}
