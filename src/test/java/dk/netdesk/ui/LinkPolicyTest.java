package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dk.netdesk.app.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 17, item 1: which link destinations may open (decision 0037). */
class LinkPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // the examples
            "file:///usr/bin/xterm",
            "file:///C:/Users/Public/Downloads/opdatering.exe",
            "javascript:alert(1)",
            "../../../../bin/sh",
            "file:///etc/passwd",
            // script and data schemes, in any case, with white space or encoded
            "data:text/html,<script>alert(1)</script>",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "VBScript:msgbox(1)",
            " JaVaScRiPt:alert(1)",
            "\tjavascript:alert(1)",
            "java%73cript:alert(1)",
            "jav\tascript:alert(1)",
            "java\u0000script:alert(1)",
            "javascript\u200B:alert(1)",
            "&#106;avascript:alert(1)",
            // file URIs and paths of every shape
            "FILE:///usr/bin/xterm",
            "file://server/share/run.exe",
            "file:C:/Windows/System32/cmd.exe",
            "C:\\Windows\\System32\\cmd.exe",
            "C:/Windows/System32/cmd.exe",
            "\\\\server\\share\\run.exe",
            "//evil.example/run",
            "/usr/bin/xterm",
            "bin/sh",
            "opdatering.exe",
            "~/.bashrc",
            // other schemes a system hands to a program
            "smb://server/share/run.exe",
            "ms-msdt:/id PCWDiagnostic",
            "search-ms:query=x",
            "ms-settings:",
            "ftp://example.com/file",
            "ssh://example.com",
            "tel:+4520304050",
            "intent://scan/#Intent;scheme=zxing;end",
            // web and mail schemes without what makes them an address, or not well formed
            "https:///etc/passwd",
            "https:/etc/passwd",
            "https:example.com",
            "http://",
            "mailto:",
            "mailto:/etc/passwd",
            // mail programs that read attach= put a file of this machine into the mail
            "mailto:anna@example.com?attach=/home/anna/.ssh/id_rsa",
            "mailto:anna@example.com?subject=Hej&ATTACHMENT=file:///etc/passwd",
            "mailto:anna@example.com?att%61ch=/etc/passwd",
            "mailto:?attach=~/.gnupg/secring.gpg",
            "https://example.com/a b",
            "https://example.com/\"onmouseover=\"alert(1)",
            "https://example.com/\u202Eexe.pdf",
            "https://exa mple.com",
            "",
            "   "})
    void anythingButAWebOrMailAddressDoesNotOpen(String destination) {
        assertThat(LinkPolicy.web(destination)).as(destination).isEmpty();
        assertThat(LinkPolicy.opens(destination)).isFalse();
    }

    @Test
    void nullDoesNotOpen() {
        assertThat(LinkPolicy.web(null)).isEmpty();
    }

    @Test
    void webAndMailAddressesOpenTrimmedWithTheSchemeInLowerCase() {
        List<String> opened = new ArrayList<>();
        for (String destination : List.of("https://example.com/shop", "http://example.com/", "mailto:anna@example.com",
                "mailto:anna@example.com?Subject=Quokka%20pris&body=Hej&cc=bo@example.com", "https://example.com/quokka?a=1&b=2#top",
                " HTTPS://Example.com/Quokka ", "MailTo:Anna@Example.com", "https://blåbær.dk/kurv",
                "https://user@example.com:8443/p")) {
            opened.add(LinkPolicy.web(destination).orElseThrow(() -> new AssertionError(destination)));
        }
        assertThat(opened).containsExactly("https://example.com/shop", "http://example.com/", "mailto:anna@example.com",
                "mailto:anna@example.com?Subject=Quokka%20pris&body=Hej&cc=bo@example.com", "https://example.com/quokka?a=1&b=2#top",
                "https://Example.com/Quokka", "mailto:Anna@Example.com", "https://blåbær.dk/kurv",
                "https://user@example.com:8443/p");
    }

    @Test
    void aDestinationIsShownOnOneLineAndCutWhenLong() {
        assertThat(LinkPolicy.shown(" javascript:alert(1) ")).isEqualTo("javascript:alert(1)");
        assertThat(LinkPolicy.shown("jav\tascript:\u202Ealert")).isEqualTo("javU+0009ascript:U+202Ealert");
        assertThat(LinkPolicy.shown(null)).isEmpty();
        String data = "data:text/html," + "x".repeat(500);
        assertThat(LinkPolicy.shown(data)).hasSize(80).endsWith("x…").startsWith("data:text/html,");
    }

    @Test
    void theRefusalSaysWhereTheLinkLeadsInBothLanguages() {
        Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
        Messages danish = new Messages(Locale.forLanguageTag("da"), Bundles.ALL);
        assertThat(OpenWithSystem.refused(english, "file:///usr/bin/xterm")).isEqualTo(
                "This link leads to file:///usr/bin/xterm and is not opened. Netdesk opens only web and mail addresses.");
        assertThat(OpenWithSystem.refused(danish, "file:///usr/bin/xterm")).isEqualTo(
                "Linket fører til file:///usr/bin/xterm og bliver ikke åbnet. Netdesk åbner kun web- og mailadresser.");
        assertThat(OpenWithSystem.refused(english, " ")).isEqualTo("This link has no address and is not opened.");
        assertThat(OpenWithSystem.refused(danish, "")).isEqualTo("Linket har ingen adresse og bliver ikke åbnet.");
    }
}
