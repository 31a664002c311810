package io.certstats.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** HTTP as bytes on a socket, for requests no HTTP client would send (malformed or over the limits). */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends bytes as they are and reads the answer until the server closes the connection. */
    static String send(URL base, String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (SocketException reset) {
                // the server may reset a connection it closes on unread bytes; what came before counts
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
