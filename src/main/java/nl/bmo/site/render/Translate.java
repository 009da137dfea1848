package nl.bmo.site.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import nl.bmo.site.model.UiStrings;

/**
 * {@code t("key")} or {@code t("key", arg0, …)}: the interface string in the page's language, with {@code {0}},
 * {@code {1}} … replaced. {@code tl("en", "key")} reads another language. A missing key is an error.
 */
final class Translate implements TemplateMethodModelEx {
    private final UiStrings strings;
    private final String lang;

    Translate(UiStrings strings, String lang) {
        this.strings = strings;
        this.lang = lang;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) throw new TemplateModelException("t() needs the key of an interface string");
        String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++)
            args[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
        return lookup(lang, key, args);
    }

    /** {@code tl("en", "404.title")}: the string in a named language. */
    static TemplateMethodModelEx inLanguage(UiStrings strings) {
        return arguments -> {
            if (arguments.size() < 2) throw new TemplateModelException("tl() needs a language code and a key");
            String language = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
            return new Translate(strings, language).exec(arguments.subList(1, arguments.size()));
        };
    }

    /** A template asked for an interface string that the language does not have. */
    static final class MissingString extends TemplateModelException {
        private static final long serialVersionUID = 1L;
        final String key;
        final String language;

        MissingString(String key, String language) {
            super("interface string \"" + key + "\" is missing for language \"" + language + "\"");
            this.key = key;
            this.language = language;
        }
    }

    private String lookup(String language, String key, Object[] args) throws TemplateModelException {
        String s = strings.get(language, key).orElseThrow(() -> new MissingString(key, language));
        for (int i = 0; i < args.length; i++) s = s.replace("{" + i + "}", String.valueOf(args[i]));
        return s;
    }
}
