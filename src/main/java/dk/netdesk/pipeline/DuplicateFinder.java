package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.PhoneNumbers;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds likely duplicate pairs among contacts, in memory: the same email address (NFC, ignoring case),
 * the same phone number as {@link PhoneNumbers#normalise} writes it (8 digits count as Danish, +45), the same
 * name (NFC, ignoring case and spacing), or a similar name ({@link #similarName}: Danish letters and their
 * spellings without them, accents, word order). No database work.
 */
public final class DuplicateFinder {

    /** Why a pair was matched, strongest first. */
    public enum Kind {
        EMAIL, PHONE, SAME_NAME, SIMILAR_NAME
    }

    /**
     * One reason a pair was matched.
     *
     * @param value the shared email address or normalised phone number; the first contact's name for a name match
     */
    public record Reason(Kind kind, String value) {
    }

    /**
     * Two contacts that may be the same person, the older (lower id) first, with every reason found.
     */
    public record Pair(Contact first, Contact second, List<Reason> reasons) {
        public Pair {
            reasons = List.copyOf(reasons);
        }

        /** {@link #pairKey} of the two ids. */
        public String key() {
            return pairKey(first.id(), second.id());
        }

        /** The strongest reason's kind. */
        public Kind strongest() {
            return reasons.get(0).kind();
        }
    }

    private DuplicateFinder() {
    }

    /** A pair's key, the same whichever id comes first: "lowId-highId". */
    public static String pairKey(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    /** {@link #find(Collection, Set, Locale)} with names in English order. */
    public static List<Pair> find(Collection<Contact> contacts, Set<String> dismissed) {
        return find(contacts, dismissed, Locale.ENGLISH);
    }

    /**
     * The likely pairs, strongest reason first, then by the first contact's name in {@code language}'s
     * order (the UI language; {@link dk.netdesk.db.TextOrder}).
     *
     * @param dismissed pair keys ({@link #pairKey}) the user said are not duplicates; left out
     */
    public static List<Pair> find(Collection<Contact> contacts, Set<String> dismissed, Locale language) {
        Map<String, Map<Kind, String>> reasons = new LinkedHashMap<>();
        Map<Long, Contact> byId = new HashMap<>();
        Map<String, List<Contact>> groups = new HashMap<>();
        for (Contact c : contacts) {
            byId.put(c.id(), c);
            for (String email : c.details().emails()) {
                String key = nfc(email).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    add(groups, "E" + key, c);
                }
            }
            for (String phone : c.details().phones()) {
                String key = PhoneNumbers.normalise(phone);
                if (key.replaceAll("[^0-9]", "").length() >= 6) {
                    add(groups, "P" + key, c);
                }
            }
            String name = sameName(c.name());
            if (!name.isEmpty()) {
                add(groups, "N" + name, c);
            }
            String similar = similarName(c.name());
            if (!similar.isEmpty()) {
                add(groups, "S" + similar, c);
            }
        }
        for (Map.Entry<String, List<Contact>> group : groups.entrySet()) {
            List<Contact> members = group.getValue();
            Kind kind = switch (group.getKey().charAt(0)) {
                case 'E' -> Kind.EMAIL;
                case 'P' -> Kind.PHONE;
                case 'N' -> Kind.SAME_NAME;
                default -> Kind.SIMILAR_NAME;
            };
            String value = group.getKey().substring(1);
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    Contact a = members.get(i);
                    Contact b = members.get(j);
                    if (a.id() == b.id()) {
                        continue;
                    }
                    String key = pairKey(a.id(), b.id());
                    if (!dismissed.contains(key)) {
                        Contact first = a.id() < b.id() ? a : b;
                        String shown = kind == Kind.SAME_NAME || kind == Kind.SIMILAR_NAME ? first.name() : value;
                        reasons.computeIfAbsent(key, k -> new java.util.EnumMap<>(Kind.class)).putIfAbsent(kind, shown);
                    }
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<String, Map<Kind, String>> e : reasons.entrySet()) {
            long[] ids = Arrays.stream(e.getKey().split("-")).mapToLong(Long::parseLong).toArray();
            Map<Kind, String> kinds = new java.util.EnumMap<>(e.getValue());
            if (kinds.containsKey(Kind.SAME_NAME)) {
                kinds.remove(Kind.SIMILAR_NAME); // the same name says it already
            }
            List<Reason> list = kinds.entrySet().stream().map(k -> new Reason(k.getKey(), k.getValue())).toList();
            pairs.add(new Pair(byId.get(ids[0]), byId.get(ids[1]), list));
        }
        pairs.sort(order(language));
        return pairs;
    }

    /**
     * The order pairs are listed in: strongest reason first, then by the first contact's name in {@code language}
     * ({@code TextOrder}), then by the second contact's id.
     */
    public static Comparator<Pair> order(java.util.Locale language) {
        return Comparator.comparing(Pair::strongest)
                .thenComparing((Pair p) -> p.first().name(), dk.netdesk.db.TextOrder.comparator(language))
                .thenComparingLong(p -> p.second().id());
    }

    /** The name as compared for "same name": NFC, lower case, inner spaces collapsed; "" for none. */
    public static String sameName(String name) {
        return name == null ? "" : nfc(name).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The name as compared for "similar name": lower case; æ, ø, å (and ä, ö, ü) and their two-letter
     * spellings (ae, oe, aa) all become one plain letter; other accents dropped; punctuation dropped; the
     * words sorted. "Søren Ågård", "Soeren Aagaard", "soren agard" and "Ågård, Søren" give the same text.
     */
    public static String similarName(String name) {
        String text = sameName(name);
        text = text.replace("æ", "a").replace("ä", "a").replace("ø", "o").replace("ö", "o").replace("å", "a")
                .replace("ü", "u");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        text = text.replace("aa", "a").replace("ae", "a").replace("oe", "o").replace("ue", "u");
        text = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (text.isEmpty()) {
            return "";
        }
        String[] words = text.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    private static void add(Map<String, List<Contact>> groups, String key, Contact c) {
        List<Contact> list = groups.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1).id() != c.id()) {
            list.add(c);
        }
    }

    /** As a one-line value is stored ({@link dk.netdesk.db.PlainText#line}): a name pasted with a no-break space is the same name. */
    private static String nfc(String text) {
        return dk.netdesk.db.PlainText.line(text);
    }
}
