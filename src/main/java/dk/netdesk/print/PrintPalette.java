package dk.netdesk.print;

/**
 * The calendar screen's colours as the printed week uses them (0xRRGGBB), in one place. The screen takes its
 * colours from the {@code -cal-*} variables of {@code calendar/calendar.css}, which point at the light theme's
 * (AtlantaFX PrimerLight) {@code -color-*} values or give their own; a page cannot read CSS, so each is copied here
 * with the variable it mirrors. Translucent screen colours are given as they look over white paper (alpha
 * blended, times the node's opacity where the CSS sets one). {@code PrintPaletteTest} reads both stylesheets and
 * fails when one of them changes without this class.
 */
final class PrintPalette {

    /** {@code -cal-work-bg} = {@code -color-accent-muted}, rgba(84, 174, 255, 0.4) over white. */
    static final int WORK_BG = 0xBBDFFF;
    /** {@code -cal-work-edge} = {@code -color-accent-emphasis}. */
    static final int WORK_EDGE = 0x0969DA;
    /** {@code -cal-personal-bg} = {@code -color-success-muted}, rgba(74, 194, 107, 0.4) over white: the stripes. */
    static final int PERSONAL_BG = 0xB7E7C4;
    /** {@code -cal-personal-edge} = {@code -color-success-emphasis}. */
    static final int PERSONAL_EDGE = 0x2DA44E;
    /** {@code -cal-window}, rgba(110, 119, 129, 0.16) over white. */
    static final int WINDOW = 0xE8E9EB;
    /** {@code -cal-window-edge}. */
    static final int WINDOW_EDGE = 0x8C959F;
    /** {@code -cal-protected}, rgba(130, 80, 223, 0.45) at the hatching's opacity 0.7, over white. */
    static final int PROTECTED = 0xD8C8F5;
    /** {@code -cal-protected-edge}. */
    static final int PROTECTED_EDGE = 0x8250DF;
    /** {@code -cal-flag} = {@code -color-danger-emphasis}: work without a break. */
    static final int FLAG = 0xCF222E;
    /** {@code -cal-flag-fg}: the break flag's hourglass and words on a work block. */
    static final int FLAG_FG = 0xA40E26;
    /** {@code -cal-in-protected} = {@code -color-warning-emphasis}: work in protected time. */
    static final int IN_PROTECTED = 0xBF8700;
    /** The skipped hour's band ({@code .calendar-gap}): {@code -color-bg-inset}. */
    static final int GAP = 0xF6F8FA;
    /** The skipped hour's hatching and dashed edges ({@code .calendar-gap}): {@code -color-fg-subtle}. */
    static final int GAP_EDGE = 0x6E7781;

    private PrintPalette() {
    }
}
