package nl.bmo.site.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test client of the reload stream: reads Server-Sent Events on its own thread into a queue. */
final class EventStream implements AutoCloseable {
    /** One event: its name, its data, and when it arrived ({@link System#nanoTime()}). */
    record Event(String name, String data, long at) {}

    private final Socket socket;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    EventStream(URI events) throws IOException {
        socket = new Socket(events.getHost(), events.getPort());
        socket.getOutputStream()
                .write(("GET " + events.getRawPath() + " HTTP/1.1\r\nHost: localhost:" + events.getPort()
                                + "\r\nAccept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("event: ")) name = line.substring(7);
                else if (line.startsWith("data: ")) data.append(line.substring(6));
                else if (line.isEmpty() && name != null) {
                    events.add(new Event(name, data.toString(), System.nanoTime()));
                    name = null;
                    data.setLength(0);
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The next event, waiting at most {@code timeout}; fails when none came. */
    Event next(Duration timeout) {
        try {
            Event e = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (e == null) throw new AssertionError("no event within " + timeout);
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event with this name, skipping others. */
    Event next(String name, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event e = next(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
            if (e.name().equals(name)) return e;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
