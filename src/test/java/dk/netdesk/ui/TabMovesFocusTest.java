package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every multi-line field of the app lets Tab move the focus (issue 18, item 3; decision 0042): no source file in
 * {@code src/main} makes a {@code TextArea} itself ({@code new TextArea}, or a subclass), only
 * {@link TabMovesFocus#textArea()} does. The keys themselves are driven in {@code app/KeyboardFocusTest}.
 */
class TabMovesFocusTest {

    private static final Pattern MADE = Pattern.compile("new\\s+(javafx\\.scene\\.control\\.)?TextArea\\s*[(<]"
            + "|extends\\s+(javafx\\.scene\\.control\\.)?TextArea\\b");

    @Test
    void everyTextAreaIsMadeByTabMovesFocus() throws IOException {
        List<String> breaches;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            breaches = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("TabMovesFocus.java"))
                    .filter(f -> {
                        try {
                            return MADE.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).sorted().toList();
        }
        assertThat(breaches).as("make text areas with TabMovesFocus.textArea()").isEmpty();
    }

    @Test
    void theRuleSeesATextAreaMadeDirectly() {
        assertThat(MADE.matcher("TextArea notes = new TextArea();").find()).isTrue();
        assertThat(MADE.matcher("var a = new javafx.scene.control.TextArea(text);").find()).isTrue();
        assertThat(MADE.matcher("final class Notes extends TextArea {").find()).isTrue();
        assertThat(MADE.matcher("TextArea notes = TabMovesFocus.textArea();").find()).isFalse();
    }
}
