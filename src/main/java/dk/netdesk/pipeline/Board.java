package dk.netdesk.pipeline;

import java.util.List;

/** The stages left to right and every card, ordered by stage and position. */
public record Board(List<Stage> stages, List<Card> cards) {
}
