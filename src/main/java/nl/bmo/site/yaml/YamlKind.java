package nl.bmo.site.yaml;

import nl.bmo.site.Message;

/** What a YAML text is, for messages: the front matter of a page, the configuration, a data file, … */
public enum YamlKind {
    FRONT_MATTER,
    CONFIGURATION,
    THEME_SETTINGS,
    STRINGS_FILE,
    DATA_FILE,
    RULES_FILE;

    /** The kind as the subject of a sentence: "the front matter" ({@code yaml.subject.*}). */
    Message subject() {
        return Message.of(
                switch (this) {
                    case FRONT_MATTER -> "yaml.subject.frontMatter";
                    case CONFIGURATION -> "yaml.subject.configuration";
                    case THEME_SETTINGS -> "yaml.subject.themeSettings";
                    case STRINGS_FILE -> "yaml.subject.stringsFile";
                    case DATA_FILE -> "yaml.subject.dataFile";
                    case RULES_FILE -> "yaml.subject.rulesFile";
                });
    }

    /** The kind as it qualifies a field: "front matter" in "unknown front matter field" ({@code yaml.qualifier.*}). */
    Message qualifier() {
        return Message.of(
                switch (this) {
                    case FRONT_MATTER -> "yaml.qualifier.frontMatter";
                    case CONFIGURATION -> "yaml.qualifier.configuration";
                    case THEME_SETTINGS -> "yaml.qualifier.themeSettings";
                    case STRINGS_FILE -> "yaml.qualifier.stringsFile";
                    case DATA_FILE -> "yaml.qualifier.dataFile";
                    case RULES_FILE -> "yaml.qualifier.rulesFile";
                });
    }
}
