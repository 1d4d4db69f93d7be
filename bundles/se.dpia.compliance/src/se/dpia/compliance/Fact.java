package se.dpia.compliance;

import java.util.List;

import se.dpia.model.Identified;

/**
 * A fact of the model that a conclusion rests on: the element (by id and name) and what about it matters, as a
 * message key with its arguments so it can be told in Swedish or English.
 *
 * @param elementId the element's id, as the model file and rule files name it
 * @param elementName the element's name, or its id when it has none
 * @param messageKey the key of the text that says what about the element matters
 * @param arguments the text's arguments
 */
public record Fact(String elementId, String elementName, String messageKey, List<Object> arguments) {

	public Fact {
		arguments = List.copyOf(arguments);
	}

	/** A fact about an element. */
	public static Fact of(Identified element, String messageKey, Object... arguments) {
		return new Fact(element.getId(), ModelQueries.nameOf(element), messageKey, List.of(arguments));
	}

	/** What the fact says, e.g. {@code Trygghetskamera "Trygghetskamera för nattlig tillsyn": kind trygghetskamera}. */
	public String text(Messages messages) {
		return elementId + " \"" + elementName + "\": " + messages.text(messageKey, arguments.toArray());
	}
}
