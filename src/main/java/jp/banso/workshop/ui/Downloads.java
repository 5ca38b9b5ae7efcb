package jp.banso.workshop.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** A download link whose file is made when it is clicked (by a service call, which checks who asks). */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static Anchor link(String label, String fileName, String type, SerializableSupplier<byte[]> content) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), label);
        a.getElement().setAttribute("download", true);
        a.addClassName("download-link");
        return a;
    }
}
