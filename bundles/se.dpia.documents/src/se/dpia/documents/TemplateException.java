package se.dpia.documents;

/** A template that can't be read or lacks a text a document needs; the message names the file and the key. */
public class TemplateException extends Exception {

	private static final long serialVersionUID = 1L;

	public TemplateException(String message) {
		super(message);
	}
}
