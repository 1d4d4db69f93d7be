package se.dpia.assessment.history;

/**
 * One row of the change history (förändringshistorik): version, date (YYYY-MM-DD), status or reason for the
 * change, and who issued it. From git: the short commit id, the commit date, its message and its author.
 */
public record HistoryEntry(String version, String date, String reason, String issuer) {
}
