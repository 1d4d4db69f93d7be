package se.dpia.documents.pdf;

import java.time.LocalDate;

/**
 * What the generator knows about a document besides its content: title, subject, author (they go into the document
 * id; the PDF shows the template's {@code <title>} and {@code <meta>}, so a municipality words them), and the date the
 * content belongs to. The date comes from the model (never the clock), so the same model gives the same bytes.
 *
 * @param date the document's date, or {@code null} when the model gives none (the PDF then carries no date)
 */
public record DocumentInfo(String title, String subject, String author, LocalDate date) {
}
