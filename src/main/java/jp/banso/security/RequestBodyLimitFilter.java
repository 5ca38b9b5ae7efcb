package jp.banso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies (Vaadin's UIDL and heartbeat, /api/**, everything) before the app reads them: a visitor
 * who is not signed in gets {@link RequestLimits#ANONYMOUS_BODY_MAX_BYTES}, a signed-in user
 * {@link RequestLimits#SIGNED_IN_BODY_MAX_BYTES} (room for the largest upload). Registered twice:
 * {@link #early()} ahead of Spring Security answers a declared length over the cap with 413 at once, unread,
 * unless the request may belong to a signed-in user (a session that holds a login, or an Authorization
 * header); {@link #late()} after it knows who is signed in, refuses what the early one let pass and counts a
 * chunked body: a visitor's is read up to the cap first and refused if it goes on, a signed-in user's fails
 * the read that goes past the cap. Forms are read by Tomcat itself and capped there
 * ({@code server.tomcat.max-http-form-post-size}).
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final boolean early;

    private RequestBodyLimitFilter(boolean early) {
        this.early = early;
    }

    /** Ahead of Spring Security: declared lengths only, a maybe-signed-in request gets the larger cap. */
    static RequestBodyLimitFilter early() {
        return new RequestBodyLimitFilter(true);
    }

    /** After Spring Security: who is signed in is known; chunked bodies are counted. */
    static RequestBodyLimitFilter late() {
        return new RequestBodyLimitFilter(false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean signedIn = early ? maySignIn(request) : signedIn();
        long max = signedIn ? RequestLimits.SIGNED_IN_BODY_MAX_BYTES : RequestLimits.ANONYMOUS_BODY_MAX_BYTES;
        long declared = request.getContentLengthLong();
        if (declared > max) {
            refuse(response, max);
            return;
        }
        if (early || declared >= 0 || request.getHeader("Transfer-Encoding") == null || isForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (signedIn) {
            chain.doFilter(new Body(request, new CappedStream(request.getInputStream(), max)), response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) max + 1);
        if (body.length > max) {
            refuse(response, max);
            return;
        }
        chain.doFilter(new Body(request, new ByteArrayInputStream(body)), response);
    }

    /** A login in the session (Spring Security's key) or credentials in the header: checked for real later. */
    private static boolean maySignIn(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return true;
        }
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof org.springframework.security.core.context.SecurityContext context
                && context.getAuthentication() != null && context.getAuthentication().isAuthenticated();
    }

    private static boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }

    /** Tomcat reads (and caps) a form's parameters itself: a wrapped stream would hide them from it. */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static void refuse(HttpServletResponse response, long max) throws IOException {
        // the rest of the body is not worth reading: the client is told to stop and the connection ends
        response.setHeader("Connection", "close");
        jp.banso.base.api.ApiErrors.write(response, org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body exceeds " + max + " bytes.");
    }

    /** The request with its body read from another stream. */
    private static final class Body extends HttpServletRequestWrapper {

        private final InputStream in;

        Body(HttpServletRequest request, InputStream in) {
            super(request);
            this.in = in;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return -1;
        }
    }

    /** Fails the read that goes past the cap, so a chunked upload cannot grow without end. */
    static final class CappedStream extends InputStream {

        private final InputStream in;
        private final long max;
        private long read;

        CappedStream(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new IOException("request body larger than " + max + " bytes");
            }
        }
    }
}
