package de.mitreden.telegram.fake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 (keep-alive, Content-Length bodies) with TCP_NODELAY on
 * every connection. The JDK's HttpServer answers about 44 ms late unless
 * {@code -Dsun.net.httpserver.nodelay=true} is set before its first use in the JVM, which a test
 * cannot guarantee; this server does not depend on JVM flags.
 */
final class LoopbackHttpServer implements AutoCloseable {

	/** Answers one request: method path and body in, status and JSON body out. */
	interface Handler {

		Response handle(String path, String body) throws Exception;

	}

	record Response(int status, String json) {
	}

	private final ServerSocket server;

	private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "fake-bot-api");
		thread.setDaemon(true);
		return thread;
	});

	private final Handler handler;

	LoopbackHttpServer(Handler handler) throws IOException {
		this.handler = handler;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.threads.execute(this::acceptLoop);
	}

	int port() {
		return this.server.getLocalPort();
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				socket.setTcpNoDelay(true);
				this.threads.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private void serve(Socket socket) {
		try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
				OutputStream out = socket.getOutputStream()) {
			while (serveOne(in, out)) {
				// keep-alive: next request on the same connection
			}
		}
		catch (IOException ex) {
			// client went away
		}
	}

	private boolean serveOne(InputStream in, OutputStream out) throws IOException {
		String requestLine = readLine(in);
		if (requestLine == null || requestLine.isEmpty()) {
			return false;
		}
		int contentLength = 0;
		boolean close = false;
		for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				contentLength = Integer.parseInt(lower.substring(15).strip());
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
			else if (lower.startsWith("transfer-encoding:")) {
				throw new IOException("chunked request bodies are not supported by the fake server");
			}
		}
		String body = new String(in.readNBytes(contentLength), StandardCharsets.UTF_8);
		String path = requestLine.split(" ")[1];
		Response response = answer(path, body);
		byte[] json = response.json().getBytes(StandardCharsets.UTF_8);
		String head = "HTTP/1.1 " + response.status() + " X\r\nContent-Type: application/json\r\nContent-Length: "
				+ json.length + "\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.ISO_8859_1));
		out.write(json);
		out.flush();
		return !close;
	}

	private Response answer(String path, String body) {
		try {
			return this.handler.handle(path, body);
		}
		catch (Exception ex) {
			return new Response(500, "{\"ok\":false,\"error_code\":500,\"description\":\"fake server: "
					+ ex.getClass().getSimpleName() + "\"}");
		}
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1; b = in.read()) {
			if (b == '\n') {
				String text = line.toString(StandardCharsets.ISO_8859_1);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(b);
		}
		return (line.size() > 0) ? line.toString(StandardCharsets.ISO_8859_1) : null;
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.threads.shutdownNow();
	}

}
