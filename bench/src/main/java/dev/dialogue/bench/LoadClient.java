package dev.dialogue.bench;

import dev.dialogue.events.EventJson;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load generator's HTTP client: HTTP/1.1 over one kept-alive blocking socket per thread, as
 * wrk does. It shares the two cores with the system it loads, so its cost is part of what every
 * figure pays: with java.net.http the bench spent 2.6–3.0 ms of CPU per registration (scenario 2's
 * profile), more than the two consumers of its event together; with this client, 0.9 ms.
 */
final class LoadClient implements AutoCloseable {

    /** @param request method and path, for messages */
    record Answer(String request, int status, String body) {
    }

    private final URI base;
    private final String authorization;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final Queue<Connection> opened = new ConcurrentLinkedQueue<>();

    LoadClient(URI base, String token) {
        this.base = base;
        this.authorization = "Bearer " + token;
    }

    Answer post(String path, Object body) {
        return send("POST", path, body);
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    /** Sends on this thread's connection, opening one when it has none or the server closed it; a null body sends none. */
    Answer send(String method, String path, Object body) {
        Connection connection = connections.get();
        try {
            if (connection == null || connection.closed) {
                Socket socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
                connection = new Connection(socket);
                connections.set(connection);
                opened.add(connection);
            }
            return connection.exchange(method, path, body == null ? null : EventJson.toBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    @Override
    public void close() throws IOException {
        for (Connection connection : opened) {
            connection.socket.close();
        }
    }

    private final class Connection {

        final Socket socket;
        final OutputStream out;
        final InputStream in;
        boolean closed;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = new BufferedOutputStream(socket.getOutputStream());
            this.in = new BufferedInputStream(socket.getInputStream());
        }

        Answer exchange(String method, String path, byte[] body) throws IOException {
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(base.getHost()).append(':').append(base.getPort()).append("\r\nAuthorization: ").append(authorization)
                    .append("\r\nAccept: application/json\r\n");
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> closed = value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    copy(size, answer);
                    line();
                }
                line();
            } else {
                copy(length, answer);
            }
            return new Answer(method + " " + path, status, answer.toString(StandardCharsets.UTF_8));
        }

        private long chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Long.parseLong(extension < 0 ? size : size.substring(0, extension), 16);
        }

        private void copy(long length, ByteArrayOutputStream to) throws IOException {
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length < length) {
                throw new IOException("connection closed in the middle of an answer");
            }
            to.write(bytes);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
