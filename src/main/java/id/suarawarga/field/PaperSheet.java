package id.suarawarga.field;

import java.util.List;
import java.util.Map;

/**
 * One paper questionnaire sheet as typed in by staff.
 *
 * @param batch   the stack the sheet came in (an event, a day at a counter): letters, digits and hyphens
 * @param sheet   the number written in the sheet's response number box, unique within its batch
 * @param answers option values (not the printed numbers), text or numbers, by question code
 */
public record PaperSheet(String batch, Integer sheet, Map<String, List<String>> answers) {}
