package dk.netdesk.calendar;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The sub-kinds of an event; each belongs to one {@link Category}. */
public enum Kind {
    PROSPECTING(Category.WORK),
    FOLLOW_UP(Category.WORK),
    PRESENTATION(Category.WORK),
    TRAINING(Category.WORK),
    NETWORKING(Category.WORK),
    ADMIN(Category.WORK),
    FAMILY(Category.PERSONAL),
    HEALTH(Category.PERSONAL),
    REST(Category.PERSONAL),
    OTHER(Category.PERSONAL);

    private final Category category;

    Kind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    public boolean isWork() {
        return category == Category.WORK;
    }

    /**
     * True for the kinds that reach out to the linked person (follow-up, prospecting, presentation):
     * these cannot be newly planned for a do-not-contact person.
     */
    public boolean reachesOut() {
        return this == FOLLOW_UP || this == PROSPECTING || this == PRESENTATION;
    }

    public static List<Kind> of(Category category) {
        return Arrays.stream(values()).filter(k -> k.category == category).toList();
    }

    /** The bundle key of the kind's name, e.g. {@code calendar.kind.follow_up}. */
    public String key() {
        return "calendar.kind." + name().toLowerCase(Locale.ROOT);
    }
}
