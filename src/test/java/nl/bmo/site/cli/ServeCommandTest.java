package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path temp;

    @Test
    void busyPortIsAClearUsageError() throws Exception {
        Path root = TestSites.copy("serve-basic", temp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err))
                    .execute("serve", "-s", root.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(code).isEqualTo(2);
            assertThat(err.toString())
                    .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port 0 picks a free one");
        }
    }

    @Test
    void servesUntilStoppedAndSaysWhere() throws Exception {
        Path root = TestSites.copy("serve-basic", temp);
        CountDownLatch stop = new CountDownLatch(1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine serve = new CommandLine(new ServeCommand(Clock.systemUTC(), stop));
        serve.setOut(new PrintWriter(out, true));
        serve.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> code =
                CompletableFuture.supplyAsync(() -> serve.execute("-s", root.toString(), "--port", "0"));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!out.toString().contains("Serving the site at") && System.nanoTime() < end && !code.isDone())
            Thread.onSpinWait();
        assertThat(out.toString())
                .contains("Built 4 pages (nl 2, en 2)")
                .containsPattern("Serving the site at http://127\\.0\\.0\\.1:\\d+/campaign/");
        stop.countDown();
        assertThat(code.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).contains("Stopped the preview.");
        assertThat(Files.exists(root.resolve("public"))).isFalse();
    }

    @Test
    void isAnInstalledCommand() {
        assertThat(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                        .getSubcommands())
                .containsKey("serve");
    }
}
