package id.suarawarga.insight;

import java.util.List;

/**
 * One page of comments, newest first.
 *
 * @param page from 1, as people count pages
 * @param query the search as given (trimmed), or null
 */
public record CommentPageView(List<CommentView> comments, String query, int page, int pageSize, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
