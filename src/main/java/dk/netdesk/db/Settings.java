package dk.netdesk.db;

import static dk.netdesk.db.generated.Tables.SETTING;

import java.util.Optional;

/** Settings kept in the {@code setting} table as text, with typed reads. Keys are plain dotted names. */
public final class Settings {

    private final Database database;
    private final Changes changes;

    public Settings(Database database, Changes changes) {
        this.database = database;
        this.changes = changes;
    }

    public Optional<String> get(String key) {
        return database.dsl().select(SETTING.VALUE).from(SETTING)
                .where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE);
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int getInt(String key, int fallback) {
        return get(key).flatMap(Settings::parseInt).orElse(fallback);
    }

    public double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        database.dsl().insertInto(SETTING, SETTING.KEY, SETTING.VALUE).values(key, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value)
                .execute();
        changes.publish(Changes.Topic.SETTINGS);
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
