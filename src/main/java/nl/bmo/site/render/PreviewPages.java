package nl.bmo.site.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.Messages;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.model.Language;
import nl.bmo.site.translation.Cell;
import nl.bmo.site.translation.Row;
import nl.bmo.site.translation.StatusFormat;
import nl.bmo.site.translation.StatusReport;

/**
 * The preview's own pages, never part of a build: the page of problems shown while the build has errors
 * ({@code _server/error.ftlh}) and the translation status ({@code _server/translations.ftlh}). They come from the
 * site's theme; when it has none, or cannot render them (a template that fails, or no theme compiled at all), from the
 * bundled theme in the jar, so the problems are always shown. A failure of the theme's template is shown among them.
 */
public final class PreviewPages {
    static final String ERROR = "_server/error.ftlh";
    static final String TRANSLATIONS = "_server/translations.ftlh";

    private PreviewPages() {}

    /**
     * The page of problems, sorted, with the live-reload script at {@code reloadScript}.
     *
     * @param templates the site's compiled templates, or empty when the theme could not be compiled
     */
    public static byte[] problems(
            Optional<Templates> templates, List<Problem> problems, String reloadScript, Messages messages) {
        Optional<Templates.Source> own = templates.flatMap(t -> t.own(ERROR));
        if (own.isPresent()) {
            try {
                return bytes(process(own.get(), problemsModel(problems, reloadScript, messages)));
            } catch (SiteException e) {
                List<Problem> all = new ArrayList<>(problems);
                all.addAll(e.problems());
                return bytes(process(builtin(ERROR), problemsModel(all, reloadScript, messages)));
            }
        }
        return bytes(process(builtin(ERROR), problemsModel(problems, reloadScript, messages)));
    }

    /**
     * The translation status page, in the language of {@code messages}; when the theme's template fails, that problem.
     */
    public static byte[] translations(
            Optional<Templates> templates, StatusReport report, String reloadScript, Messages messages) {
        Map<String, Object> model = translationsModel(report, reloadScript, messages);
        Optional<Templates.Source> own = templates.flatMap(t -> t.own(TRANSLATIONS));
        if (own.isEmpty()) return bytes(process(builtin(TRANSLATIONS), model));
        try {
            return bytes(process(own.get(), model));
        } catch (SiteException e) {
            return bytes(process(builtin(ERROR), problemsModel(e.problems(), reloadScript, messages)));
        }
    }

    private static Map<String, Object> problemsModel(List<Problem> problems, String reloadScript, Messages messages) {
        List<FileViews.ProblemView> views = new ArrayList<>();
        for (Problem p : problems.stream().sorted().toList()) {
            views.add(new FileViews.ProblemView(
                    p.where().toString(), p.severity().label(), messages.format(p.message()), messages.hint(p)));
        }
        long errors = problems.stream().filter(Problem::isError).count();
        String count = messages.count("common.count.error", errors);
        Map<String, Object> model = new HashMap<>();
        model.put("problems", views);
        model.put("errors", errors);
        model.put("lang", messages.language());
        model.put("title", messages.text("serve.page.title", count));
        model.put("heading", messages.text("serve.page.heading", count));
        model.put("intro", messages.text("serve.page.intro"));
        model.put("reloadScript", reloadScript);
        return model;
    }

    private static Map<String, Object> translationsModel(StatusReport report, String reloadScript, Messages messages) {
        List<FileViews.LanguageColumn> languages = new ArrayList<>();
        for (Language l : report.languages()) languages.add(new FileViews.LanguageColumn(l.code(), l.name()));
        List<FileViews.TranslationRow> rows = new ArrayList<>();
        for (Row row : report.rows()) {
            List<FileViews.TranslationCell> cells = new ArrayList<>();
            for (Cell c : row.cells()) {
                String diff = c.diff().orElse("");
                cells.add(
                        new FileViews.TranslationCell(c.state().id(), c.state().label(messages), c.file(), diff));
            }
            rows.add(new FileViews.TranslationRow(row.key(), cells));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("lang", messages.language());
        model.put("title", messages.text("status.title"));
        model.put("summary", StatusFormat.summary(report, messages));
        model.put("intro", messages.text("status.page.intro"));
        model.put("keyHeading", messages.text("status.page.key"));
        model.put("changes", messages.text("status.changes"));
        model.put("languages", languages);
        model.put("rows", rows);
        model.put("reloadScript", reloadScript);
        return model;
    }

    private static Templates.Source builtin(String name) {
        return BuiltinTemplates.find(name)
                .orElseThrow(() -> new IllegalStateException("the jar has no bundled template " + name));
    }

    private static String process(Templates.Source source, Map<String, Object> model) {
        return TemplateRenderer.process(source, source.sourceOf(), model, "the preview");
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
