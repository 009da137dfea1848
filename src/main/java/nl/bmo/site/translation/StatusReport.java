package nl.bmo.site.translation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.bmo.site.Problem;
import nl.bmo.site.model.Language;

/**
 * The translation status of a site: one row per translation key, and the problems {@code check} reports about it.
 *
 * @param languages the configured languages, in order
 * @param rows one per translation key, in order of the original's file
 * @param problems translations that are behind or whose original is gone (warnings) and unusable records (errors), at
 *     their file's line; missing translations are not among them, since the assembly stage already reports those, nor
 *     translations without a record, which only {@code status} shows
 */
public record StatusReport(List<Language> languages, List<Row> rows, List<Problem> problems) {
    public StatusReport {
        languages = List.copyOf(languages);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        Objects.requireNonNull(languages, "languages");
    }

    /** How many pages are in each state. */
    public Map<State, Integer> counts() {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) counts.put(s, 0);
        for (Row r : rows) for (Cell c : r.cells()) counts.merge(c.state(), 1, Integer::sum);
        return counts;
    }

    /** Whether anything is missing, behind or not recorded: {@code status --strict} fails. */
    public boolean needsWork() {
        return rows.stream().anyMatch(Row::needsWork);
    }

    /** The cells that need work, row by row. */
    public List<Cell> todo() {
        List<Cell> out = new ArrayList<>();
        for (Row r : rows) for (Cell c : r.cells()) if (c.state().needsWork()) out.add(c);
        return out;
    }
}
