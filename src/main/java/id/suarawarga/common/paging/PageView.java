package id.suarawarga.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list endpoint. Pages are numbered from 0. */
@Schema(description = "One page of results; pages are numbered from 0.")
public record PageView<T>(
        @Schema(description = "The items of this page.") List<T> items,

        @Schema(description = "This page's number, from 0.", examples = "0")
        int page,

        @Schema(description = "Requested page size.", examples = "20")
        int size,

        @Schema(description = "Items over all pages.", examples = "6")
        long totalItems,

        @Schema(description = "Number of pages.", examples = "1")
        int totalPages) {

    public static <E, V> PageView<V> of(List<E> items, PageRequest request, long totalItems, Function<E, V> mapper) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageView<>(
                items.stream().map(mapper).toList(), request.page(), request.size(), totalItems, totalPages);
    }
}
