package se.dpia.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import se.dpia.model.Identified;
import se.dpia.model.JaNej;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.Person;
import se.dpia.model.facts.Facts;

/**
 * Turns model values into the strings a template shows. Where the model leaves something open the document says so
 * ("Ej angivet") rather than inventing: every method here falls back to that text.
 */
final class Values {

	private final Texts texts;
	private final String notStated;

	Values(Texts texts) throws TemplateException {
		this.texts = texts;
		this.notStated = texts.text("notStated");
	}

	String notStated() {
		return notStated;
	}

	/** The text, or "not yet stated" when it is empty. */
	String text(String value) {
		return value == null || value.isBlank() ? notStated : value.strip();
	}

	/** The name of an element (its id when it has no name), or "not yet stated". */
	String name(Identified element) {
		if (element == null) {
			return notStated;
		}
		return text(element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName());
	}

	/** A party's name; an in-house unit of the controller says so, "(egen verksamhet)", as it is no processor. */
	String party(Party party) {
		if (party != null && party.getRole() == PartyRole.EGEN_VERKSAMHET) {
			return name(party) + " (" + label(party.getRole()) + ")";
		}
		return name(party);
	}

	/**
	 * A person as a reader knows them: the name with the title in brackets, or, where the name is not known, the title
	 * and organisation (never the model's internal id).
	 */
	String person(Person person) {
		if (person == null) {
			return notStated;
		}
		boolean hasTitle = person.getTitle() != null && !person.getTitle().isBlank();
		if (person.getName() != null && !person.getName().isBlank()) {
			return person.getName().strip() + (hasTitle ? " (" + person.getTitle().strip() + ")" : "");
		}
		boolean hasOrganisation = person.getOrganisation() != null && !person.getOrganisation().isBlank();
		if (!hasTitle && !hasOrganisation) {
			return name(person);
		}
		return hasTitle && hasOrganisation ? person.getTitle().strip() + ", " + person.getOrganisation().strip()
				: hasTitle ? person.getTitle().strip() : person.getOrganisation().strip();
	}

	/** The names of elements, comma-separated, or "not yet stated" when there are none. */
	String names(List<? extends Identified> elements) {
		return join(elements, this::name);
	}

	<T> String join(List<T> elements, Function<T, String> show) {
		if (elements.isEmpty()) {
			return notStated;
		}
		return elements.stream().map(show).collect(Collectors.joining(", "));
	}

	String strings(List<String> values) {
		return join(values.stream().filter(v -> v != null && !v.isBlank()).toList(), String::strip);
	}

	/** The name of an enumerated value in the document's language; the first literal of an enum means "not stated" where given. */
	String label(Enumerator value) {
		return Facts.notStated(value) ? notStated : texts.label(value);
	}

	/** A fixed text from the texts file. */
	String textOf(String key) throws TemplateException {
		return texts.text(key);
	}

	String yesNo(boolean value) throws TemplateException {
		return texts.text(value ? "yes" : "no");
	}

	/** Yes, no, or "not stated" for a fact the model may leave open. */
	String yesNo(JaNej fact) throws TemplateException {
		return Facts.notStated(fact) ? notStated : yesNo(Facts.yes(fact));
	}

	/** Yes with a detail after a colon, no, or "not stated"; a detail alone (with the fact unstated) is shown as given. */
	String yesNo(JaNej fact, String detail) throws TemplateException {
		boolean hasDetail = detail != null && !detail.isBlank();
		if (Facts.yes(fact)) {
			return yesNo(true) + (hasDetail ? ": " + detail.strip() : "");
		}
		if (Facts.notStated(fact) && hasDetail) {
			return detail.strip();
		}
		return yesNo(fact);
	}

	String date(String date) {
		return text(date);
	}

	String number(int value, int unset) {
		return value == unset ? notStated : Integer.toString(value);
	}

	/** A row for a template: keys in insertion order. */
	static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}
}
