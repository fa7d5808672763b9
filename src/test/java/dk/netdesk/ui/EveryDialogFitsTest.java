package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every dialog the app builds (a {@code new Dialog<>}, a {@code new Alert(…)} or a subclass of {@code Dialog}) is
 * handed to {@link DialogFit#onScreen}, directly or through {@link ToolDialog#create}, so none can grow off the
 * screen with its buttons: the new user's print preview and balance settings did on a 1024 x 700 screen.
 */
class EveryDialogFitsTest {

    private static final Pattern BUILT = Pattern.compile(
            "(\\w+)\\s*=\\s*new (?:Dialog<\\w*>|Alert)\\(|extends Dialog<");

    @Test
    void everyDialogInTheSourcesIsKeptOnScreen() throws IOException {
        List<String> missing;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            missing = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("ToolDialog.java") && !p.endsWith("DialogFit.java"))
                    .flatMap(EveryDialogFitsTest::unfitted)
                    .toList();
        }
        assertThat(missing).as("dialogs not given to DialogFit.onScreen").isEmpty();
    }

    private static Stream<String> unfitted(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Matcher m = BUILT.matcher(source);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            String call = m.group(1) == null ? "DialogFit.onScreen(this)" : "DialogFit.onScreen(" + m.group(1) + ")";
            if (!source.contains(call)) {
                found.add(file.getFileName() + ": " + m.group());
            }
        }
        return found.stream();
    }

    @Test
    void toolDialogsAreKeptOnScreen() throws IOException {
        assertThat(Files.readString(Path.of("src/main/java/dk/netdesk/ui/ToolDialog.java")))
                .contains("DialogFit.onScreen(new Dialog<>())");
    }
}
