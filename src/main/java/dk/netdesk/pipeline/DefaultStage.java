package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import java.util.List;

/**
 * A stage the board starts with: its name, kind and stale threshold in days, and {@code key}, the
 * message key of its default name (null for a stage with no default name). A stage stored with a key
 * is shown in the UI language until the user renames it ({@link Stage#name(Messages)}).
 */
public record DefaultStage(String name, StageKind kind, int staleDays, String key) {

    /** A stage with a fixed name and no default key. */
    public DefaultStage(String name, StageKind kind, int staleDays) {
        this(name, kind, staleDays, null);
    }

    /** The default stages in board order, each named by its message key, with its kind and stale threshold. */
    public static final List<DefaultStage> KEYS = List.of(
            keyed("pipeline.default.newLead", StageKind.OPEN, 7),
            keyed("pipeline.default.contacted", StageKind.OPEN, 7),
            keyed("pipeline.default.interested", StageKind.OPEN, 7),
            keyed("pipeline.default.presentation", StageKind.OPEN, 5),
            keyed("pipeline.default.followUp", StageKind.OPEN, 7),
            keyed("pipeline.default.customer", StageKind.WON_CUSTOMER, 60),
            keyed("pipeline.default.teamMember", StageKind.WON_TEAM_MEMBER, 60),
            keyed("pipeline.default.notNow", StageKind.PARKED, 90));

    /** The default stages named in the current language of {@code messages}, each with its key. */
    public static List<DefaultStage> named(Messages messages) {
        return KEYS.stream().map(d -> new DefaultStage(messages.get(d.key()), d.kind(), d.staleDays(), d.key())).toList();
    }

    private static DefaultStage keyed(String key, StageKind kind, int staleDays) {
        return new DefaultStage(key, kind, staleDays, key);
    }
}
