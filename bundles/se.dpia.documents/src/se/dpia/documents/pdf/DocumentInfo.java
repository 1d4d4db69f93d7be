package se.dpia.documents.pdf;

import java.time.LocalDate;

/**
 * What a PDF says about itself: title (shown in the viewer's title bar), subject, author, and the date the content
 * belongs to. The date comes from the model (never the clock), so the same model gives the same bytes.
 *
 * @param date the document's date, or {@code null} when the model gives none (the PDF then carries no date)
 */
public record DocumentInfo(String title, String subject, String author, LocalDate date) {
}
