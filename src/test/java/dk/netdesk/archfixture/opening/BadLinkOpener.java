package dk.netdesk.archfixture.opening;

import dk.netdesk.ui.SystemOpener;

/** Breaks the opening rule on purpose: hands a link to the system opener past {@code OpenWithSystem}. */
public final class BadLinkOpener {

    private BadLinkOpener() {
    }

    public static void open(SystemOpener opener, String link) {
        opener.open(link, failure -> { });
    }

    public static void browse(String link) throws Exception {
        java.awt.Desktop.getDesktop().browse(java.net.URI.create(link));
    }
}
