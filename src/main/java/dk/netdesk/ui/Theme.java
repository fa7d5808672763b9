package dk.netdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two looks, from AtlantaFX, with Netdesk's own stylesheet on top. */
public enum Theme {
    LIGHT, DARK;

    public static final String APP_STYLESHEET = Theme.class.getResource("netdesk.css").toExternalForm();

    /** Sets the user-agent stylesheet for the whole app. Call on the JavaFX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The CSS class put on every scene root, so feature stylesheets can differ per theme. */
    public String styleClass() {
        return this == DARK ? "theme-dark" : "theme-light";
    }

    public static Theme parse(String text) {
        return "DARK".equalsIgnoreCase(text) ? DARK : LIGHT;
    }
}
