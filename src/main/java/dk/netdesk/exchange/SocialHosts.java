package dk.netdesk.exchange;

import java.net.URI;
import java.util.Locale;

/** Which social network a web address or profile belongs to, by its host. */
final class SocialHosts {

    private SocialHosts() {
    }

    /**
     * {@code facebook}, {@code instagram}, {@code linkedin} or {@code tiktok} for an address on
     * facebook.com/fb.com, instagram.com, linkedin.com or tiktok.com (with or without scheme or
     * {@code www.}), else null.
     */
    static String network(String address) {
        String text = address.strip();
        String withScheme = text.contains("://") ? text : "https://" + text;
        String host;
        try {
            host = URI.create(withScheme.replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (is(host, "facebook.com") || is(host, "fb.com") || is(host, "fb.me")) {
            return "facebook";
        }
        if (is(host, "instagram.com") || is(host, "instagr.am")) {
            return "instagram";
        }
        if (is(host, "linkedin.com") || is(host, "lnkd.in")) {
            return "linkedin";
        }
        if (is(host, "tiktok.com")) {
            return "tiktok";
        }
        return null;
    }

    /** The network a type or service name stands for ("Facebook", "x-linkedin"…), or null. */
    static String named(String type) {
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT);
        for (String network : new String[] {"facebook", "instagram", "linkedin", "tiktok"}) {
            if (t.contains(network)) {
                return network;
            }
        }
        return null;
    }

    private static boolean is(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
