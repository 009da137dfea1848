package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The GitHub Actions workflow, validated by its structure (no workflow linter installs from the registries this build
 * uses): pinned actions, least permissions, the pull-request checks and the Pages deployment, and every bmo-site
 * command it runs accepted by the real command line.
 */
class WorkflowTest {
    static final Path FILE = Path.of(System.getProperty("project.basedir", ".")).resolve(".github/workflows/site.yml");
    static String text;
    static JsonNode workflow;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(FILE);
        workflow = new YAMLMapper().readTree(text);
    }

    static JsonNode job(String name) {
        JsonNode job = workflow.path("jobs").path(name);
        assertThat(job.isObject()).as("job " + name).isTrue();
        return job;
    }

    static List<JsonNode> steps(String job) {
        List<JsonNode> out = new ArrayList<>();
        job(job).path("steps").forEach(out::add);
        assertThat(out).as("steps of " + job).isNotEmpty();
        return out;
    }

    static String runs(String job) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode s : steps(job)) sb.append(s.path("run").asText("")).append('\n');
        return sb.toString();
    }

    @Test
    void runsOnPullRequestsAndPushesToMain() {
        JsonNode on =
                workflow.has("on") ? workflow.get("on") : workflow.get("true"); // YAML 1.1 reads a bare on as true
        assertThat(on.has("pull_request")).isTrue();
        assertThat(on.path("push").path("branches").toString()).isEqualTo("[\"main\"]");
        assertThat(workflow.path("jobs").fieldNames()).toIterable().containsExactly("test", "check", "build", "deploy");
    }

    @Test
    void pinsEveryActionByAFullCommitHashWithItsReleaseInAComment() {
        Matcher m = Pattern.compile("(?m)^\\s*(?:-\\s+)?uses:\\s*(\\S+)(.*)$").matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
            assertThat(m.group(1))
                    .as("pinned by a full commit hash")
                    .matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@[0-9a-f]{40}");
            assertThat(m.group(2)).as("the release of " + m.group(1)).matches("\\s+# v\\d+(\\.\\d+)*");
        }
        int inSteps = 0;
        for (String job : List.of("test", "check", "build", "deploy"))
            inSteps += (int) steps(job).stream().filter(s -> s.has("uses")).count();
        assertThat(count)
                .as("every uses: line was looked at")
                .isEqualTo(inSteps)
                .isEqualTo(10);
    }

    @Test
    void grantsNothingByDefaultAndEachJobOnlyWhatItNeeds() {
        assertThat(workflow.path("permissions").isObject()
                        && workflow.path("permissions").isEmpty())
                .as("permissions: {}")
                .isTrue();
        assertThat(permissions("test")).isEqualTo(Map.of("contents", "read"));
        assertThat(permissions("check")).isEqualTo(Map.of("contents", "read"));
        assertThat(permissions("build")).isEqualTo(Map.of("contents", "read", "pages", "read"));
        assertThat(permissions("deploy")).isEqualTo(Map.of("pages", "write", "id-token", "write"));
        for (String job : List.of("test", "check", "build")) {
            JsonNode checkout = steps(job).get(0);
            assertThat(checkout.path("uses").asText()).startsWith("actions/checkout@");
            assertThat(checkout.path("with").path("persist-credentials").asBoolean(true))
                    .as(job + " keeps no token in .git")
                    .isFalse();
        }
    }

    private static Map<String, String> permissions(String job) {
        Map<String, String> out = new TreeMap<>();
        job(job).path("permissions")
                .fields()
                .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    @Test
    void cachesMavenWhereverJavaIsSetUp() {
        for (String job : List.of("test", "check", "build")) {
            JsonNode java = steps(job).stream()
                    .filter(s -> s.path("uses").asText().startsWith("actions/setup-java@"))
                    .findFirst()
                    .orElseThrow();
            assertThat(java.path("with").path("cache").asText()).as(job).isEqualTo("maven");
            assertThat(java.path("with").path("java-version").asText()).as(job).isEqualTo("17");
        }
    }

    @Test
    void aPullRequestIsCheckedWithAnnotationsAndGetsTheTranslationStatusAndTheSiteAsAnArtifact() {
        assertThat(job("check").path("if").asText()).isEqualTo("github.event_name == 'pull_request'");
        assertThat(steps("check").get(0).path("with").path("fetch-depth").asInt(1))
                .as("history for status diffs")
                .isZero();
        String run = runs("check");
        assertThat(run)
                .contains(
                        "mvn -B -DskipTests package\n",
                        "java -jar target/bmo-site.jar check --format github\n",
                        "java -jar target/bmo-site.jar status --format markdown >> \"$GITHUB_STEP_SUMMARY\"\n");
        JsonNode upload = steps("check").stream()
                .filter(s -> s.path("uses").asText().startsWith("actions/upload-artifact@"))
                .findFirst()
                .orElseThrow();
        assertThat(upload.path("with").path("path").asText()).isEqualTo("target/site/");
        assertThat(upload.path("if").asText()).contains("!cancelled()");
        assertThat(runs("test")).contains("mvn -B verify");
    }

    @Test
    void aPushToMainIsBuiltForTheProductionAddressAndPublishedOnPages() {
        assertThat(job("build").path("if").asText())
                .contains("github.ref == 'refs/heads/main'")
                .contains("!= 'pull_request'");
        assertThat(job("build").path("needs").asText()).isEqualTo("test");
        JsonNode build = steps("build").stream()
                .filter(s -> s.path("run").asText().contains(" build "))
                .findFirst()
                .orElseThrow();
        assertThat(build.path("run").asText()).contains("--base-url \"$BASE_URL\"", "--destination target/pages");
        assertThat(build.path("env").path("BASE_URL").asText()).contains("steps.pages.outputs.base_url");
        assertThat(steps("build").stream().map(s -> s.path("uses").asText()))
                .anyMatch(u -> u.startsWith("actions/configure-pages@"))
                .anyMatch(u -> u.startsWith("actions/upload-pages-artifact@"));
        assertThat(steps("build").stream()
                        .filter(s -> s.path("uses").asText().startsWith("actions/upload-pages-artifact@"))
                        .findFirst()
                        .orElseThrow()
                        .path("with")
                        .path("path")
                        .asText())
                .isEqualTo("target/pages/");
        assertThat(job("deploy").path("needs").asText()).isEqualTo("build");
        assertThat(job("deploy").path("environment").path("name").asText()).isEqualTo("github-pages");
        assertThat(steps("deploy").get(0).path("uses").asText()).startsWith("actions/deploy-pages@");
    }

    @Test
    void everyBmoSiteCommandItRunsIsAcceptedByTheCommandLine() {
        Matcher m =
                Pattern.compile("java -jar target/bmo-site\\.jar ([^>\\n]+)").matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
            String[] args = m.group(1)
                    .strip()
                    .replace("\"$BASE_URL\"", "https://example.org/")
                    .split("\\s+");
            CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            CommandLine.ParseResult parsed = cl.parseArgs(args);
            assertThat(parsed.hasSubcommand()).as(m.group(1)).isTrue();
        }
        assertThat(count).isEqualTo(4);
    }

    /**
     * CI judges content with exactly the command CONTRIBUTING.md gives staff: plain {@code check}, at most printed as
     * annotations; no option that changes the verdict (such as --release or --drafts).
     */
    @Test
    void ciChecksTheContentWithTheCommandContributingNames() throws IOException {
        Path root = FILE.getParent().getParent().getParent();
        String command = "java -jar target/bmo-site.jar check";
        assertThat(Files.readString(root.resolve("CONTRIBUTING.md"))).contains("```sh\n" + command + "\n```");
        List<String> checks = new ArrayList<>();
        for (String ci : List.of(text, Files.readString(root.resolve(".ci/run")))) {
            Matcher m = Pattern.compile("(?m)java -jar target/bmo-site\\.jar check\\b.*$")
                    .matcher(ci);
            while (m.find()) checks.add(m.group());
        }
        assertThat(checks).hasSize(3).allSatisfy(c -> assertThat(c).isIn(command, command + " --format github"));
    }
}
