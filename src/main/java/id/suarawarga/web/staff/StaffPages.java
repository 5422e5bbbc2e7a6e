package id.suarawarga.web.staff;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** How every staff page is answered: HTML in Bahasa Indonesia, never cached. */
public final class StaffPages {

    private StaffPages() {}

    public static Response page(TemplateInstance page) {
        return Response.ok(page.setAttribute("locale", Locale.forLanguageTag("id")))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                // figures and residents' comments of one agency: never kept by a shared cache or the browser
                .header("Cache-Control", "no-store")
                .header("Content-Language", "id")
                .build();
    }
}
