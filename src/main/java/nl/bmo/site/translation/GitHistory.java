package nl.bmo.site.translation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.bmo.site.SiteException;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.ContentParser;
import nl.bmo.site.model.TranslatableText;

/**
 * Older versions of source pages from git, when the site is in a git work tree and git is installed: walks the file's
 * commits, newest first, until one has the recorded hash. Without git, or for a version git never saw, it knows
 * nothing, and the status stays exact all the same.
 */
public final class GitHistory implements SourceHistory {
    /** Commits of one file looked at, at most. */
    private static final int MAX_COMMITS = 200;

    private static final long TIMEOUT_SECONDS = 20;

    private final Path root;
    private final ContentParser parser;

    /**
     * @param root the site root (any folder of a git work tree)
     * @param parser parses a version of a page as the build does
     */
    public GitHistory(Path root, ContentParser parser) {
        this.root = root;
        this.parser = parser;
    }

    @Override
    public Optional<String> text(String path, String hash) {
        Optional<byte[]> log = git("log", "--format=%H", "-n", String.valueOf(MAX_COMMITS), "--", path);
        if (log.isEmpty()) return Optional.empty();
        for (String commit : new String(log.get(), StandardCharsets.UTF_8).split("\n")) {
            if (!commit.matches("[0-9a-f]{40,64}")) continue;
            Optional<byte[]> bytes = git("show", commit + ":./" + path);
            if (bytes.isEmpty()) continue;
            try {
                ContentFile version = parser.parse(path, bytes.get());
                if (TranslatableText.hash(version).equals(hash)) return Optional.of(TranslatableText.of(version));
            } catch (SiteException e) {
                // that version was not a valid page; look further back
            }
        }
        return Optional.empty();
    }

    /** Runs git in the site root; empty when git is missing, fails, or takes too long. */
    private Optional<byte[]> git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off", "--no-pager"));
        command.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(command).directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        try (InputStream in = p.getInputStream()) {
            byte[] out = in.readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            p.destroyForcibly();
            return Optional.empty();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
