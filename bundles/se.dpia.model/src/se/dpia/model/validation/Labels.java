package se.dpia.model.validation;

import org.eclipse.emf.ecore.EObject;

import se.dpia.model.Identified;
import se.dpia.model.Transfer;

/** How messages name an element: its id and, where it has one, its name in quotes, e.g. {@code R1 "Kompetensbrist"}. */
public final class Labels {

	private Labels() {
	}

	public static String of(EObject element) {
		if (element instanceof Identified identified) {
			String id = identified.getId() == null ? "?" : identified.getId();
			return isBlank(identified.getName()) || identified.getName().equals(id) ? id
					: id + " \"" + identified.getName() + "\"";
		}
		if (element instanceof Transfer transfer) {
			String to = !isBlank(transfer.getCountry()) ? transfer.getCountry()
					: transfer.getRecipient() != null ? of(transfer.getRecipient()) : "?";
			return "→ " + to + (transfer.eContainer() == null ? "" : " (" + of(transfer.eContainer()) + ")");
		}
		return element == null ? "?" : element.eClass().getName();
	}

	/** Whether a text is missing or only white space. */
	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
