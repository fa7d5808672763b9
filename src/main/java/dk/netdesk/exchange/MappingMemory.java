package dk.netdesk.exchange;

import dk.netdesk.db.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The column mappings the user chose, one per header set, kept in {@link Settings} under
 * {@link ColumnMapping#key} as the field names joined by commas. Reads and writes the database:
 * call it on the database thread.
 */
public final class MappingMemory {

    private final Settings settings;

    public MappingMemory(Settings settings) {
        this.settings = settings;
    }

    /** Remembers {@code mapping} for its header set (replacing an earlier one). Publishes {@code SETTINGS}. */
    public void remember(ColumnMapping mapping) {
        settings.put(ColumnMapping.key(mapping.headers()),
                String.join(",", mapping.fields().stream().map(Enum::name).toList()));
    }

    /** The mapping remembered for these headers, or empty (none, or one that no longer fits). */
    public Optional<ColumnMapping> recall(List<String> headers) {
        Optional<String> stored = settings.get(ColumnMapping.key(headers));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        String[] names = stored.get().split(",", -1);
        if (names.length != headers.size()) {
            return Optional.empty();
        }
        List<ContactField> fields = new ArrayList<>();
        for (String name : names) {
            try {
                fields.add(ContactField.valueOf(name.strip()));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
        return Optional.of(new ColumnMapping(headers, fields));
    }
}
