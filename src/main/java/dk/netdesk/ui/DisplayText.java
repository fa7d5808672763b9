package dk.netdesk.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How choice boxes and combo boxes show their values: one function from value to visible text. */
public final class DisplayText {

    private DisplayText() {
    }

    /** A converter that shows values with {@code text}; null shows as empty, and typed text picks nothing. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return of(text, "");
    }

    /** The same, with the text shown for null (such as "All tags"). */
    public static <T> StringConverter<T> of(Function<T, String> text, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
