package dk.netdesk.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The one "Do not contact" badge, shown wherever a blocked person's name appears (Today, board,
 * contacts list, calendar events, the details header): the same block icon and words everywhere,
 * the reason as tooltip and in the accessible text, so the block never rests on colour alone.
 * Texts: {@code dnc.badge} ("Do not contact") and {@code dnc.badge.reason} ("Do not contact: {0}")
 * in the {@code ui} bundle. The badge carries its own small stylesheet, so it looks the same in
 * dialogs, which do not load the main window's sheet.
 */
public final class DoNotContactBadge {

    /** The style class of every badge (and of its compact form, plus {@code dnc-badge-compact}). */
    public static final String STYLE = "dnc-badge";
    private static final String SHEET = DoNotContactBadge.class.getResource("dnc-badge.css").toExternalForm();

    private DoNotContactBadge() {
    }

    /**
     * A badge for one blocked person.
     *
     * @param reason the do-not-contact reason as stored ("" or null when none was given)
     * @param withReason true to show the reason in the text ("Do not contact: moved abroad"), false for the
     *                   short "Do not contact" (the reason is then in the tooltip and accessible text only)
     * @return a new label, id not set; hidden and unmanaged when {@link #update} is given a null reason
     */
    public static Label create(Messages messages, String reason, boolean withReason) {
        return create(messages, reason, withReason, true);
    }

    /**
     * {@link #create(Messages, String, boolean)}, with or without the badge's own style sheet: a screen that shows
     * many badges (the board's cards) adds {@link #stylesheet()} once to its root and passes {@code ownSheet} false,
     * since a sheet on each node makes the styling of every card slower.
     */
    public static Label create(Messages messages, String reason, boolean withReason, boolean ownSheet) {
        Label badge = new Label();
        badge.getStyleClass().add(STYLE);
        if (ownSheet) {
            badge.getStylesheets().add(SHEET);
        }
        badge.setGraphic(new FontIcon(Material2OutlinedAL.BLOCK));
        badge.setAccessibleRole(AccessibleRole.TEXT);
        badge.setWrapText(withReason);
        badge.setMinWidth(withReason ? 0 : Label.USE_PREF_SIZE);
        update(badge, messages, reason, withReason);
        return badge;
    }

    /** The badge's style sheet (a URL), for a root whose badges are made without their own. */
    public static String stylesheet() {
        return SHEET;
    }

    /**
     * Shows the badge for a blocked person ({@code reason} not null; "" when no reason was given), or
     * hides it ({@code reason} null), keeping the node in place for reuse in cells.
     */
    public static void update(Label badge, Messages messages, String reason, boolean withReason) {
        boolean blocked = reason != null;
        badge.setVisible(blocked);
        badge.setManaged(blocked);
        if (!blocked) {
            badge.setText("");
            badge.setAccessibleText(null);
            badge.setTooltip(null);
            return;
        }
        String full = text(messages, reason);
        badge.setText(withReason ? full : messages.get("dnc.badge"));
        badge.setAccessibleText(full);
        badge.setTooltip(new Tooltip(full));
    }

    /** "Do not contact: {reason}", or "Do not contact" when no reason was given: the badge's full words. */
    public static String text(Messages messages, String reason) {
        return reason == null || reason.isBlank() ? messages.get("dnc.badge") : messages.format("dnc.badge.reason", reason.strip());
    }
}
