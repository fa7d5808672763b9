package dk.netdesk.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.Collation;

/**
 * How text is sorted and compared as a person reads it, in the UI language: names, stages, tags and
 * titles. Danish puts Æ, Ø, Å after Z and sorts "Aa" as "Å"; English puts them with A and O. Upper
 * and lower case sort together ("ærø" beside "Ærø"), beyond ASCII.
 *
 * <p>Two SQLite collations are registered on every connection {@link Database} opens (never named in the
 * schema, so the file stays readable by {@code sqlite3} and other tools; decision 0031):
 * {@link #COLLATION} orders by the current language ({@link #setLocale}), and {@link #SAME} compares
 * without case ({@link #fold}), for equality such as a tag filter.
 */
public final class TextOrder {

    /** The collation that sorts in the UI language: {@code ORDER BY name COLLATE NETDESK_ORDER}. */
    public static final String COLLATION = "NETDESK_ORDER";

    /** The collation under which texts that differ only by case are equal: {@code tag = ? COLLATE NETDESK_SAME}. */
    public static final String SAME = "NETDESK_SAME";

    private static final Map<Locale, Collator> COLLATORS = new ConcurrentHashMap<>();

    private volatile Locale locale = Locale.ENGLISH;

    /** The language SQL sorts in from now on (the UI language; English until set). Any thread. */
    public void setLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
    }

    /** The language SQL sorts in now. */
    public Locale locale() {
        return locale;
    }

    /**
     * The order of {@code locale}'s language for texts (null sorts first): Danish rules for "da",
     * the JDK's rules for the others, but English puts Ø/ø right after O (as CLDR's root order; the
     * JDK puts it after Z). Case and accents only break ties.
     */
    public static Comparator<String> comparator(Locale locale) {
        Collator collator = COLLATORS.computeIfAbsent(new Locale(locale.getLanguage()), TextOrder::collator);
        return Comparator.nullsFirst((a, b) -> collator.compare(a, b));
    }

    private static Collator collator(Locale languageLocale) {
        Collator collator = Collator.getInstance(languageLocale);
        if (languageLocale.getLanguage().equals("en") && collator instanceof java.text.RuleBasedCollator rules) {
            // The JDK's English rules put Æ and Å with A but Ø after Z; as CLDR's root order, Ø goes right after O.
            try {
                collator = new java.text.RuleBasedCollator(rules.getRules() + "& O < \u00f8 , \u00d8");
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
        }
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }

    /**
     * The text as compared "as a person reads it": {@link PlainText#key} (NFC, every kind of space a plain one and
     * runs of them one, invisible marks left out, trimmed, case folded beyond ASCII: "ÆRØ", "Ærø" and "ærø" give
     * one key; "STRASSE" and "Straße" too; "café", "cafe\u0301" and "café\u00a0" too). Null gives "".
     */
    public static String fold(String text) {
        return PlainText.key(text);
    }

    /** Whether two texts are the same but for case, form and invisible differences (see {@link #fold}). */
    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /** Registers {@link #COLLATION} (following {@link #setLocale}) and {@link #SAME} on {@code connection}. */
    void register(Connection connection) throws SQLException {
        Collation.create(connection, COLLATION, new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                int order = comparator(locale).compare(a, b);
                // Texts the collator calls equal still get one stable order (SQLite wants a total order).
                return order != 0 ? order : a.compareTo(b);
            }
        });
        Collation.create(connection, SAME, new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return fold(a).compareTo(fold(b));
            }
        });
    }
}
