package jp.banso.base.upload;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a kept file is served: with the type its bytes were found to be, and nothing in it may run. */
public final class FileResponses {

    private FileResponses() {
    }

    /**
     * PDFs and images open in the browser, Office files download. nosniff (set for every response) keeps the
     * declared type; the sandbox CSP keeps a PDF's scripts from running in the app's origin.
     */
    public static ResponseEntity<byte[]> of(String name, String contentType, byte[] bytes) {
        boolean inline = contentType.equals(FileType.PDF.mediaType()) || contentType.startsWith("image/");
        ContentDisposition.Builder disposition = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name, StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(bytes);
    }
}
