package dk.netdesk.exchange;

/**
 * How a date such as {@code 05/04/1990} is read: day first (Danish and most of Europe: 5 April) or
 * month first (United States, Outlook's English exports: May 4). Dates with a four-digit year first
 * ({@code 1990-04-05}) and dotted dates ({@code 5.4.1990}, always day first) do not depend on it.
 */
public enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST;

    /** The message key of the choice's label in the exchange bundle, e.g. {@code exchange.dateOrder.DAY_FIRST}. */
    public String key() {
        return "exchange.dateOrder." + name();
    }
}
