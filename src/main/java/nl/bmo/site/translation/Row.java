package nl.bmo.site.translation;

import java.util.List;
import java.util.Optional;

/** One translation key: its page in every configured language, in configuration order. */
public record Row(String key, List<Cell> cells) {
    public Row {
        cells = List.copyOf(cells);
    }

    public Optional<Cell> cell(String lang) {
        return cells.stream().filter(c -> c.lang().equals(lang)).findFirst();
    }

    public boolean needsWork() {
        return cells.stream().anyMatch(c -> c.state().needsWork());
    }
}
