package dk.netdesk.library;

import java.util.Locale;

/** Names of the languages items are written in. */
final class LanguageNames {

    private LanguageNames() {
    }

    /** A language code's name in {@code uiLocale}'s language, capitalised ("Dansk", "English"); unknown codes as they are. */
    static String of(String code, Locale uiLocale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(uiLocale);
        if (name.isEmpty()) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(uiLocale) + name.substring(1);
    }

    /** A language code's name as written inside a sentence of {@code uiLocale}'s language ("Danish", "dansk"). */
    static String inSentence(String code, Locale uiLocale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(uiLocale);
        return name.isEmpty() ? code : name;
    }
}
